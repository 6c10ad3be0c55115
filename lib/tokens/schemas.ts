import { z } from "zod";

export const createTokenSchema = z.object({
  name: z.string({ error: "Name the token." }).trim().min(1, "Name the token.").max(100, "Use at most 100 characters."),
  expiresInDays: z.coerce
    .number()
    .int()
    .min(0)
    .max(3650, "At most 10 years.")
    .default(90)
    .transform((d) => (d === 0 ? null : d)),
});

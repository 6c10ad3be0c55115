import { z } from "zod";

const id = z.string().trim().max(64).optional().transform((v) => v || undefined);

/** `?briefId=` or `?claimId=` (one subject's warnings), `open=1` (not acknowledged yet). */
export const warningFiltersSchema = z.object({
  briefId: id,
  claimId: id,
  open: z
    .string()
    .optional()
    .transform((v) => v === "1" || v === "true"),
});

/** What the member who acknowledges a warning checked or decided, optional. */
export const acknowledgeWarningSchema = z.object({
  note: z.string({ error: "Write the note as text." }).trim().max(2000, "Use at most 2,000 characters.").optional().default(""),
});

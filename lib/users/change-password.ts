import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { invalid } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { assertNotThrottled, recordLoginAttempt } from "./login-throttle";
import { hashPassword, verifyPassword } from "./password";
import { passwordSchema } from "./schemas";

const changePasswordSchema = z
  .object({
    currentPassword: z.string({ error: "Enter your current password." }).min(1, "Enter your current password.").max(200),
    newPassword: passwordSchema,
    confirmPassword: z.string().max(200).optional(),
  })
  .refine((v) => v.confirmPassword === undefined || v.confirmPassword === v.newPassword, {
    path: ["confirmPassword"],
    message: "The two new passwords differ.",
  })
  .refine((v) => v.newPassword !== v.currentPassword, { path: ["newPassword"], message: "Choose a password different from the current one." });

/**
 * Changes a user's password after checking the current one (wrong guesses
 * count towards the same lock as sign-in), and ends every session signed in
 * before: the session version moves on, so older session cookies no longer
 * match. API tokens are separate credentials and stay valid.
 */
export async function changePassword(options: { userId: string; input: Record<string, unknown>; ip?: string | null }) {
  const input = parseInput(changePasswordSchema, options.input);
  const user = await db.user.findUniqueOrThrow({ where: { id: options.userId }, select: { email: true, passwordHash: true } });
  const keys = { email: user.email, ip: options.ip };
  await assertNotThrottled(keys);
  const ok = await verifyPassword(user.passwordHash, input.currentPassword);
  await recordLoginAttempt(keys, ok);
  if (!ok) throw invalid("Your current password is not right.", { currentPassword: ["Your current password is not right."] });
  const passwordHash = await hashPassword(input.newPassword);
  const updated = await db.user.update({
    where: { id: options.userId },
    data: { passwordHash, sessionVersion: { increment: 1 } },
    select: { email: true, sessionVersion: true },
  });
  return updated;
}

import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { endSessions } from "@/lib/sessions/end-sessions";
import { invalid } from "@/lib/errors";
import { parseInput, type Input } from "@/lib/validation";
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
 * count towards the same lock as sign-in), and ends every other session in
 * the same transaction: whoever else holds a session (or a copy of its
 * cookie) is signed out at once. The session the change was made in stays.
 * API tokens are separate credentials and stay valid.
 */
export async function changePassword(options: { userId: string; currentSessionId: string | null; input: Input<typeof changePasswordSchema>; ip?: string | null }) {
  const input = parseInput(changePasswordSchema, options.input);
  const user = await db.user.findUniqueOrThrow({ where: { id: options.userId }, select: { email: true, passwordHash: true } });
  const keys = { email: user.email, ip: options.ip };
  await assertNotThrottled(keys);
  const ok = await verifyPassword(user.passwordHash, input.currentPassword);
  await recordLoginAttempt(keys, ok);
  if (!ok) throw invalid("Your current password is not right.", { currentPassword: ["Your current password is not right."] });
  const passwordHash = await hashPassword(input.newPassword);
  return db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: options.userId }, data: { passwordHash } });
    const endedSessions = await endSessions(tx, { userId: options.userId, reason: "password_changed", except: options.currentSessionId });
    return { endedSessions };
  });
}

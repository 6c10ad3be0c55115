import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { assertNotThrottled, recordLoginAttempt } from "./login-throttle";
import { getDummyHash, verifyPassword } from "./password";
import { signInSchema } from "./schemas";

export const BAD_CREDENTIALS = "Email or password is incorrect.";
export const DISABLED = "This account has been disabled. Ask the instance's admin.";

/**
 * Checks an email and password. An unknown email and a wrong password get the
 * same message and take the same time; repeated failures lock the address.
 */
export async function verifyCredentials(input: { email: unknown; password: unknown; ip?: string | null }) {
  const { email, password } = parseInput(signInSchema, input);
  const keys = { email, ip: input.ip };
  await assertNotThrottled(keys);

  const user = await db.user.findUnique({
    where: { email },
    select: { id: true, email: true, name: true, passwordHash: true, standInFor: true, disabledAt: true, totpEnabledAt: true },
  });
  const ok = await verifyPassword(user?.passwordHash ?? (await getDummyHash()), password);
  await recordLoginAttempt(keys, ok && !!user);
  // A stand-in of a restored backup has no password anyone knows, and may never sign in.
  if (!ok || !user || user.standInFor !== null) throw new AppError("unauthenticated", BAD_CREDENTIALS);
  // Said only to whoever knows the password.
  if (user.disabledAt) throw new AppError("forbidden", DISABLED);
  return { id: user.id, email: user.email, name: user.name, twoFactor: user.totpEnabledAt !== null };
}

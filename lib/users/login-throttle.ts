import "server-only";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { assertWithinLimits, inMinutes, recordAttempts } from "@/lib/security/attempt-limit";

type Keys = { email: string; ip?: string | null };

const keysOf = ({ email, ip }: Keys) => [`email:${email}`, ...(ip ? [`ip:${ip}`] : [])];

/** Refuses a sign-in while the address (or network address) has too many recent failures. */
export async function assertNotThrottled(keys: Keys, now = new Date()): Promise<void> {
  const { LOGIN_MAX_FAILURES, LOGIN_MAX_FAILURES_PER_IP, LOGIN_LOCK_MINUTES } = env();
  const limits = keysOf(keys).map((key) => ({
    key,
    limit: key.startsWith("ip:") ? LOGIN_MAX_FAILURES_PER_IP : LOGIN_MAX_FAILURES,
    windowMinutes: LOGIN_LOCK_MINUTES,
  }));
  await assertWithinLimits(limits, (minutes) => `Too many failed sign-ins. Try again in ${inMinutes(minutes)}.`, now);
}

export async function recordLoginAttempt(keys: Keys, succeeded: boolean): Promise<void> {
  await recordAttempts(keysOf(keys), succeeded);
  if (succeeded) {
    // A successful sign-in clears the address's failure streak (not the network's).
    await db.loginAttempt.deleteMany({ where: { key: `email:${keys.email}`, succeeded: false } });
  }
}

import "server-only";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";

type Keys = { email: string; ip?: string | null };

const keysOf = ({ email, ip }: Keys) => [`email:${email}`, ...(ip ? [`ip:${ip}`] : [])];

/**
 * Refuses a sign-in while the address (or network address) has too many recent
 * failures. Counts live in PostgreSQL so that every app server sees them.
 */
export async function assertNotThrottled(keys: Keys, now = new Date()): Promise<void> {
  const { LOGIN_MAX_FAILURES, LOGIN_MAX_FAILURES_PER_IP, LOGIN_LOCK_MINUTES } = env();
  const windowStart = new Date(now.getTime() - LOGIN_LOCK_MINUTES * 60_000);
  for (const key of keysOf(keys)) {
    const limit = key.startsWith("ip:") ? LOGIN_MAX_FAILURES_PER_IP : LOGIN_MAX_FAILURES;
    const failures = await db.loginAttempt.findMany({
      where: { key, succeeded: false, createdAt: { gt: windowStart } },
      orderBy: { createdAt: "desc" },
      take: limit,
      select: { createdAt: true },
    });
    if (failures.length < limit) continue;
    // Locked until the oldest of the last `limit` failures leaves the window.
    const oldest = failures[failures.length - 1]!.createdAt.getTime();
    const retryAfterSeconds = Math.max(1, Math.ceil((oldest + LOGIN_LOCK_MINUTES * 60_000 - now.getTime()) / 1000));
    const minutes = Math.ceil(retryAfterSeconds / 60);
    throw new AppError(
      "rate_limited",
      `Too many failed sign-ins. Try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`,
      { retryAfterSeconds },
    );
  }
}

const RETENTION_MS = 24 * 60 * 60_000;

export async function recordLoginAttempt(keys: Keys, succeeded: boolean): Promise<void> {
  const keyList = keysOf(keys);
  await db.loginAttempt.createMany({ data: keyList.map((key) => ({ key, succeeded })) });
  // Attempts older than any window are of no use: each sign-in sweeps its own keys.
  await db.loginAttempt.deleteMany({ where: { key: { in: keyList }, createdAt: { lt: new Date(Date.now() - RETENTION_MS) } } });
  if (succeeded) {
    // A successful sign-in clears the address's failure streak (not the network's).
    await db.loginAttempt.deleteMany({ where: { key: `email:${keys.email}`, succeeded: false } });
  }
}

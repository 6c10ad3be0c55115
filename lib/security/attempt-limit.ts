import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";

/**
 * One limit: at most `limit` attempts under `key` within the last
 * `windowMinutes`, counting only failures unless `countSuccesses` is set.
 * Attempts live in PostgreSQL so that every app server sees the same counts.
 */
export type AttemptLimit = { key: string; limit: number; windowMinutes: number; countSuccesses?: boolean };

/**
 * Refuses with a "rate_limited" error (and the seconds until the next attempt
 * is allowed) while any of the limits is reached.
 */
export async function assertWithinLimits(
  limits: AttemptLimit[],
  describe: (minutes: number) => string,
  now = new Date(),
): Promise<void> {
  for (const { key, limit, windowMinutes, countSuccesses } of limits) {
    const windowMs = windowMinutes * 60_000;
    const recent = await db.loginAttempt.findMany({
      where: { key, createdAt: { gt: new Date(now.getTime() - windowMs) }, ...(countSuccesses ? {} : { succeeded: false }) },
      orderBy: { createdAt: "desc" },
      take: limit,
      select: { createdAt: true },
    });
    if (recent.length < limit) continue;
    // Allowed again once the oldest of the last `limit` attempts leaves the window.
    const oldest = recent[recent.length - 1]!.createdAt.getTime();
    const retryAfterSeconds = Math.max(1, Math.ceil((oldest + windowMs - now.getTime()) / 1000));
    throw new AppError("rate_limited", describe(Math.ceil(retryAfterSeconds / 60)), { retryAfterSeconds });
  }
}

const RETENTION_MS = 24 * 60 * 60_000;

/** Records one attempt under each key, and sweeps those keys' attempts older than any window. */
export async function recordAttempts(keys: string[], succeeded: boolean): Promise<void> {
  if (keys.length === 0) return;
  await db.loginAttempt.createMany({ data: keys.map((key) => ({ key, succeeded })) });
  await db.loginAttempt.deleteMany({ where: { key: { in: keys }, createdAt: { lt: new Date(Date.now() - RETENTION_MS) } } });
}

export function inMinutes(minutes: number): string {
  return `${minutes} minute${minutes === 1 ? "" : "s"}`;
}

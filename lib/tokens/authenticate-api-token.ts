import "server-only";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { assertWithinLimits, inMinutes, recordAttempts } from "@/lib/security/attempt-limit";
import { hashToken, looksLikeToken } from "./token-format";

const LAST_USED_RESOLUTION_MS = 60_000;

/**
 * The user behind an `Authorization: Bearer` header, or an "unauthenticated"
 * error. A network address that keeps sending invalid tokens gets "too many
 * requests" for a while instead. Valid tokens are looked up first and never
 * wait: tokens are far too long to guess, and a stale token in one script must
 * not lock out everyone behind the same address.
 */
export async function authenticateApiToken(header: string | null, ip: string | null = null) {
  const token = header?.match(/^Bearer\s+(\S+)$/i)?.[1];
  if (!token) throw new AppError("unauthenticated", "Send a personal API token as 'Authorization: Bearer <token>'.");
  const row = looksLikeToken(token)
    ? await db.apiToken.findUnique({
        where: { tokenHash: hashToken(token) },
        select: { id: true, revokedAt: true, expiresAt: true, lastUsedAt: true, user: { select: { id: true, email: true, name: true, disabledAt: true } } },
      })
    : null;
  const now = Date.now();
  if (!row || row.revokedAt || (row.expiresAt && row.expiresAt.getTime() <= now)) {
    const limitKeys = ip ? [`token-ip:${ip}`] : [];
    const { TOKEN_MAX_FAILURES_PER_IP, LOGIN_LOCK_MINUTES } = env();
    await assertWithinLimits(
      limitKeys.map((key) => ({ key, limit: TOKEN_MAX_FAILURES_PER_IP, windowMinutes: LOGIN_LOCK_MINUTES })),
      (minutes) => `Too many requests with invalid API tokens. Try again in ${inMinutes(minutes)}.`,
    );
    await recordAttempts(limitKeys, false);
    throw new AppError("unauthenticated", row ? "This API token has expired or was revoked." : "This API token is not valid.");
  }
  if (row.user.disabledAt) throw new AppError("unauthenticated", "This account is disabled.");
  // Recording every use would turn each read into a write; a minute's precision is enough.
  if (!row.lastUsedAt || now - row.lastUsedAt.getTime() > LAST_USED_RESOLUTION_MS) {
    await db.apiToken.update({ where: { id: row.id }, data: { lastUsedAt: new Date(now) } });
  }
  const { id, email, name } = row.user;
  return { id, email, name };
}

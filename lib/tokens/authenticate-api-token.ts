import "server-only";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { assertWithinLimits, inMinutes, recordAttempts } from "@/lib/security/attempt-limit";
import { hashToken, looksLikeToken } from "./token-format";

const LAST_USED_RESOLUTION_MS = 60_000;

/**
 * The user behind an `Authorization: Bearer` header, or an "unauthenticated"
 * error. A network address that keeps sending invalid tokens is refused for a
 * while, before its token is even looked at.
 */
export async function authenticateApiToken(header: string | null, ip: string | null = null) {
  const token = header?.match(/^Bearer\s+(\S+)$/i)?.[1];
  if (!token) throw new AppError("unauthenticated", "Send a personal API token as 'Authorization: Bearer <token>'.");
  const { TOKEN_MAX_FAILURES_PER_IP, LOGIN_LOCK_MINUTES } = env();
  const limitKeys = ip ? [`token-ip:${ip}`] : [];
  await assertWithinLimits(
    limitKeys.map((key) => ({ key, limit: TOKEN_MAX_FAILURES_PER_IP, windowMinutes: LOGIN_LOCK_MINUTES })),
    (minutes) => `Too many requests with invalid API tokens. Try again in ${inMinutes(minutes)}.`,
  );
  const refuse = async (message: string) => {
    await recordAttempts(limitKeys, false);
    return new AppError("unauthenticated", message);
  };
  if (!looksLikeToken(token)) throw await refuse("This API token is not valid.");
  const row = await db.apiToken.findUnique({
    where: { tokenHash: hashToken(token) },
    select: { id: true, revokedAt: true, expiresAt: true, lastUsedAt: true, user: { select: { id: true, email: true, name: true } } },
  });
  const now = Date.now();
  if (!row || row.revokedAt || (row.expiresAt && row.expiresAt.getTime() <= now)) {
    throw await refuse("This API token is not valid, has expired or was revoked.");
  }
  // Recording every use would turn each read into a write; a minute's precision is enough.
  if (!row.lastUsedAt || now - row.lastUsedAt.getTime() > LAST_USED_RESOLUTION_MS) {
    await db.apiToken.update({ where: { id: row.id }, data: { lastUsedAt: new Date(now) } });
  }
  return row.user;
}

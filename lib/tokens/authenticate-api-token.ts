import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { hashToken, looksLikeToken } from "./token-format";

const LAST_USED_RESOLUTION_MS = 60_000;

/** The user behind an `Authorization: Bearer` header, or an "unauthenticated" error. */
export async function authenticateApiToken(header: string | null) {
  const token = header?.match(/^Bearer\s+(\S+)$/i)?.[1];
  if (!token) throw new AppError("unauthenticated", "Send a personal API token as 'Authorization: Bearer <token>'.");
  if (!looksLikeToken(token)) throw new AppError("unauthenticated", "This API token is not valid.");
  const row = await db.apiToken.findUnique({
    where: { tokenHash: hashToken(token) },
    select: { id: true, revokedAt: true, expiresAt: true, lastUsedAt: true, user: { select: { id: true, email: true, name: true } } },
  });
  const now = Date.now();
  if (!row || row.revokedAt || (row.expiresAt && row.expiresAt.getTime() <= now)) {
    throw new AppError("unauthenticated", "This API token is not valid, has expired or was revoked.");
  }
  // Recording every use would turn each read into a write; a minute's precision is enough.
  if (!row.lastUsedAt || now - row.lastUsedAt.getTime() > LAST_USED_RESOLUTION_MS) {
    await db.apiToken.update({ where: { id: row.id }, data: { lastUsedAt: new Date(now) } });
  }
  return row.user;
}

import "server-only";
import { db } from "@/lib/db";
import { isInstanceAdmin } from "@/lib/instance/is-admin";

/** Recording every request would turn each read into a write; a minute's precision is enough. */
const LAST_SEEN_RESOLUTION_MS = 60_000;

/** Session ids are cuids; anything else names no session, and never reaches the database. */
export function isSessionId(value: unknown): value is string {
  return typeof value === "string" && /^[a-z0-9]{1,64}$/.test(value);
}

export type SessionUser = { id: string; email: string; name: string; sessionId: string; isAdmin: boolean; twoFactor: boolean };

/**
 * The person a session cookie's session belongs to, while that session is
 * open; otherwise null. One query per request, and a write at most once a
 * minute to keep "last seen" current.
 */
export async function getSessionUser(sessionId: unknown): Promise<SessionUser | null> {
  if (!isSessionId(sessionId)) return null;
  // One round trip: every page and action asks this, so it is a plain join rather than a nested read.
  const [row] = await db.$queryRaw<
    { lastSeenAt: Date; id: string; email: string; name: string; isAdmin: boolean; totpEnabledAt: Date | null }[]
  >`SELECT s."lastSeenAt", u."id", u."email", u."name", u."isAdmin", u."totpEnabledAt"
      FROM "Session" s JOIN "User" u ON u."id" = s."userId"
     WHERE s."id" = ${sessionId} AND s."endedAt" IS NULL AND u."standInFor" IS NULL AND u."disabledAt" IS NULL`;
  if (!row) return null;
  const now = Date.now();
  if (now - row.lastSeenAt.getTime() > LAST_SEEN_RESOLUTION_MS) {
    await db.session.updateMany({ where: { id: sessionId, endedAt: null }, data: { lastSeenAt: new Date(now) } });
  }
  return { id: row.id, email: row.email, name: row.name, sessionId, isAdmin: isInstanceAdmin(row), twoFactor: row.totpEnabledAt !== null };
}

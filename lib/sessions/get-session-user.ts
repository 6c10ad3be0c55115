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
  const session = await db.session.findUnique({
    where: { id: sessionId },
    select: { endedAt: true, lastSeenAt: true, user: { select: { id: true, email: true, name: true, standInFor: true, disabledAt: true, isAdmin: true, totpEnabledAt: true } } },
  });
  if (!session || session.endedAt || session.user.standInFor !== null || session.user.disabledAt !== null) return null;
  const now = Date.now();
  if (now - session.lastSeenAt.getTime() > LAST_SEEN_RESOLUTION_MS) {
    await db.session.updateMany({ where: { id: sessionId, endedAt: null }, data: { lastSeenAt: new Date(now) } });
  }
  const { id, email, name } = session.user;
  return { id, email, name, sessionId, isAdmin: isInstanceAdmin(session.user), twoFactor: session.user.totpEnabledAt !== null };
}

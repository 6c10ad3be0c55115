import "server-only";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { endSessions } from "./end-sessions";
import { isSessionId } from "./get-session-user";

/**
 * Signs one of my sessions out (from the account page's list, or the
 * session's own sign-out), or with `all`, every session but the current one.
 * Another person's session answers "not found".
 */
export async function signOutSession(options: { userId: string; currentSessionId?: string | null; input: { sessionId?: unknown; all?: boolean } }) {
  if (options.input.all) {
    return { ended: await endSessions(db, { userId: options.userId, reason: "signed_out_elsewhere", except: options.currentSessionId }) };
  }
  const sessionId = options.input.sessionId;
  if (!isSessionId(sessionId)) throw notFound("Session");
  const { count } = await db.session.updateMany({
    where: { id: sessionId, userId: options.userId, endedAt: null },
    data: { endedAt: new Date(), endedReason: sessionId === options.currentSessionId ? "sign_out" : "signed_out_elsewhere" },
  });
  if (count === 0) throw notFound("Session");
  return { ended: count };
}

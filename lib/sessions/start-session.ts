import "server-only";
import { db } from "@/lib/db";

/** A signed-in browser or device, recorded when its sign-in succeeds; the session cookie names it. */
export async function startSession(options: { userId: string; userAgent: string | null; ip: string | null }) {
  return db.session.create({
    data: { userId: options.userId, userAgent: options.userAgent?.slice(0, 400) ?? null, ip: options.ip?.slice(0, 64) ?? null },
    select: { id: true },
  });
}

import "server-only";
import { db } from "@/lib/db";
import { describeDevice } from "./describe-device";

/** My open sessions, the most recently seen first, each with a readable device and whether it is this one. */
export async function listSessions(options: { userId: string; currentSessionId: string | null }) {
  const rows = await db.session.findMany({
    where: { userId: options.userId, endedAt: null },
    select: { id: true, userAgent: true, ip: true, createdAt: true, lastSeenAt: true },
    orderBy: { lastSeenAt: "desc" },
    take: 200,
  });
  return rows.map((row) => ({ ...row, device: describeDevice(row.userAgent), current: row.id === options.currentSessionId }));
}

import "server-only";
import { requireProjectAccess } from "@/lib/authz/require-project-access";
import { db } from "@/lib/db";

const PAGE_SIZE = 50;

/** The project's audit trail, newest first, a page at a time (keyset on id). */
export async function listActivity(options: { userId: string; projectId: string; before?: string }) {
  await requireProjectAccess({ ...options, action: "activity.read" });
  const rows = await db.activity.findMany({
    where: { projectId: options.projectId },
    select: {
      id: true,
      action: true,
      objectType: true,
      objectId: true,
      before: true,
      after: true,
      createdAt: true,
      actor: { select: { id: true, name: true } },
    },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: PAGE_SIZE + 1,
    ...(options.before ? { cursor: { id: options.before }, skip: 1 } : {}),
  });
  return { items: rows.slice(0, PAGE_SIZE), nextCursor: rows.length > PAGE_SIZE ? rows[PAGE_SIZE - 1]!.id : null };
}

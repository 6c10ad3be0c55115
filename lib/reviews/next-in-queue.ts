import "server-only";
import { requireProjectAccess } from "@/lib/authz/require-project-access";
import { db } from "@/lib/db";
import { QUEUE_ORDER, reviewQueueWhere } from "./queue-where";

/**
 * The claim a reviewer should look at next in a project, in the triage's
 * order: the one assigned to them that has waited longest, else the oldest
 * waiting for any reviewer that they may take; null when nothing waits.
 * A claim just reviewed is no longer in review, so it never comes back.
 */
export async function nextInQueue(options: { userId: string; projectId: string }): Promise<{ id: string } | null> {
  const { userId, projectId } = options;
  await requireProjectAccess({ userId, projectId, action: "project.read" });
  const where = reviewQueueWhere(userId, projectId);
  const select = { id: true } as const;
  return (
    (await db.claim.findFirst({ where: where.assigned, select, orderBy: QUEUE_ORDER })) ??
    (await db.claim.findFirst({ where: where.waiting, select, orderBy: QUEUE_ORDER }))
  );
}

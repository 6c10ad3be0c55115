import "server-only";
import { requireProjectAccess } from "@/lib/authz/require-project-access";
import { db } from "@/lib/db";
import { QUEUE_ORDER, reviewQueueWhere } from "./queue-where";

/**
 * "Awaiting my review": the claims in review assigned to the user, oldest
 * first, across their projects or in one (take: 0 only counts), and how many
 * claims in review wait for any reviewer (a shared queue) that the user may take.
 */
export async function listReviewQueue(options: { userId: string; projectId?: string; take?: number }) {
  const { userId, projectId } = options;
  if (projectId !== undefined) await requireProjectAccess({ userId, projectId, action: "project.read" });
  const where = reviewQueueWhere(userId, projectId);
  const take = options.take ?? 20;
  const [claims, total, waiting] = await Promise.all([
    take === 0
      ? []
      : db.claim.findMany({
          where: where.assigned,
          select: {
            id: true,
            paraphrase: true,
            updatedAt: true,
            project: { select: { id: true, name: true } },
            source: { select: { id: true, title: true } },
            author: { select: { id: true, name: true } },
          },
          orderBy: QUEUE_ORDER,
          take,
        }),
    db.claim.count({ where: where.assigned }),
    db.claim.count({ where: where.waiting }),
  ]);
  return { claims, total, waiting };
}

import "server-only";
import { requireProjectAccess } from "@/lib/authz/require-project-access";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { QUEUE_ORDER, reviewQueueWhere } from "./queue-where";

/** A page of a triage list: enough to work through in one sitting; the counts say how many more wait. */
const TRIAGE_TAKE = 100;

const triageSelect = {
  id: true,
  paraphrase: true,
  updatedAt: true,
  source: { select: { id: true, title: true } },
  author: { select: { id: true, name: true } },
} satisfies Prisma.ClaimSelect;

export type TriageClaim = Prisma.ClaimGetPayload<{ select: typeof triageSelect }>;

/**
 * The review triage of one project: the claims in review assigned to the user,
 * then those waiting for any reviewer that the user may take, each oldest
 * first, with how many there are in all.
 */
export async function listReviewTriage(options: { userId: string; projectId: string }) {
  const { userId, projectId } = options;
  await requireProjectAccess({ userId, projectId, action: "project.read" });
  const where = reviewQueueWhere(userId, projectId);
  const [assigned, waiting, assignedTotal, waitingTotal] = await Promise.all([
    db.claim.findMany({ where: where.assigned, select: triageSelect, orderBy: QUEUE_ORDER, take: TRIAGE_TAKE }),
    db.claim.findMany({ where: where.waiting, select: triageSelect, orderBy: QUEUE_ORDER, take: TRIAGE_TAKE }),
    db.claim.count({ where: where.assigned }),
    db.claim.count({ where: where.waiting }),
  ]);
  return { assigned, waiting, assignedTotal, waitingTotal };
}

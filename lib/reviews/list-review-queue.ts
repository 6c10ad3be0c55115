import "server-only";
import { requireProjectAccess } from "@/lib/authz/require-project-access";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { can, ROLES } from "@/lib/authz/permissions";

const REVIEWING_ROLES = ROLES.filter((role) => can(role, "claim.review"));

/**
 * "Awaiting my review": the claims in review assigned to the user, oldest
 * first, across their projects or in one (take: 0 only counts), and how many
 * claims in review wait for any reviewer (a shared queue) that the user may take. Served by the (assigneeId, status)
 * index; a project the user has left drops out.
 */
export async function listReviewQueue(options: { userId: string; projectId?: string; take?: number }) {
  const { userId, projectId } = options;
  if (projectId !== undefined) await requireProjectAccess({ userId, projectId, action: "project.read" });
  const where: Prisma.ClaimWhereInput = {
    assigneeId: userId,
    status: "IN_REVIEW",
    ...(projectId !== undefined ? { projectId } : { project: { memberships: { some: { userId } } } }),
  };
  // Claims no reviewer has yet (a shared queue), in projects where the user may review, written by others.
  const waitingWhere: Prisma.ClaimWhereInput = {
    assigneeId: null,
    status: "IN_REVIEW",
    authorId: { not: userId },
    project: { memberships: { some: { userId, role: { in: REVIEWING_ROLES } } } },
    ...(projectId !== undefined ? { projectId } : {}),
  };
  const take = options.take ?? 20;
  const [claims, total, waiting] = await Promise.all([
    take === 0
      ? []
      : db.claim.findMany({
          where,
          select: {
            id: true,
            paraphrase: true,
            updatedAt: true,
            project: { select: { id: true, name: true } },
            source: { select: { id: true, title: true } },
            author: { select: { id: true, name: true } },
          },
          orderBy: [{ updatedAt: "asc" }, { id: "asc" }],
          take,
        }),
    db.claim.count({ where }),
    db.claim.count({ where: waitingWhere }),
  ]);
  return { claims, total, waiting };
}

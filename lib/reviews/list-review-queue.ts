import "server-only";
import { requireProjectAccess } from "@/lib/authz/require-project-access";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * "Awaiting my review": the claims in review assigned to the user, oldest
 * first, across their projects or in one (take: 0 only counts). Served by the (assigneeId, status)
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
  const take = options.take ?? 20;
  const [claims, total] = await Promise.all([
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
  ]);
  return { claims, total };
}

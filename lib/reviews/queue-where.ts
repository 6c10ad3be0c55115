import { can, ROLES } from "@/lib/authz/permissions";
import type { Prisma } from "@/lib/generated/prisma/client";

const REVIEWING_ROLES = ROLES.filter((role) => can(role, "claim.review"));

/** The order of every review queue: the claim waiting longest first. */
export const QUEUE_ORDER = [{ updatedAt: "asc" }, { id: "asc" }] satisfies Prisma.ClaimOrderByWithRelationInput[];

/**
 * Which claims wait for a user, across their projects or in one. `assigned`: the claims in review assigned to
 * them (served by the (assigneeId, status) index; a project they have left drops out). `waiting`: the claims in
 * review no reviewer has yet (a shared queue), in projects where their role may review, written by others.
 */
export function reviewQueueWhere(userId: string, projectId?: string): { assigned: Prisma.ClaimWhereInput; waiting: Prisma.ClaimWhereInput } {
  return {
    assigned: {
      assigneeId: userId,
      status: "IN_REVIEW",
      ...(projectId !== undefined ? { projectId } : { project: { memberships: { some: { userId } } } }),
    },
    waiting: {
      assigneeId: null,
      status: "IN_REVIEW",
      authorId: { not: userId },
      project: { memberships: { some: { userId, role: { in: REVIEWING_ROLES } } } },
      ...(projectId !== undefined ? { projectId } : {}),
    },
  };
}

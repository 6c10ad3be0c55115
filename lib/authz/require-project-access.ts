import "server-only";
import type { Db, Tx } from "@/lib/db";
import { db as defaultDb } from "@/lib/db";
import { AppError, forbidden, notFound } from "@/lib/errors";
import type { MemberRole } from "@/lib/generated/prisma/enums";
import { can, type ProjectAction } from "./permissions";

export type ProjectAccess = { projectId: string; userId: string; role: MemberRole };

/**
 * The check every project-scoped operation starts with. A user who is not a
 * member learns nothing: the project answers "not found", whatever the id.
 * A member whose role lacks the action gets "forbidden".
 */
export async function requireProjectAccess(options: {
  userId: string;
  projectId: string;
  action: ProjectAction;
  tx?: Db | Tx;
}): Promise<ProjectAccess> {
  const { userId, projectId, action, tx = defaultDb } = options;
  if (typeof projectId !== "string" || projectId.length === 0 || projectId.length > 64) throw notFound("Project");
  const membership = await tx.membership.findUnique({
    where: { projectId_userId: { projectId, userId } },
    select: { role: true },
  });
  if (!membership) throw notFound("Project");
  if (!can(membership.role, action)) throw forbidden();
  return { projectId, userId, role: membership.role };
}

export function isNotFound(error: unknown): boolean {
  return error instanceof AppError && error.code === "not_found";
}

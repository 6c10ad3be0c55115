import "server-only";
import type { ProjectAction } from "@/lib/authz/permissions";
import { requireProjectAccess, type ProjectAccess } from "@/lib/authz/require-project-access";
import type { Db, Tx } from "@/lib/db";
import { notFound } from "@/lib/errors";

/** Checks the user's right to the action, then finds the brief in this project; another project's brief is "not found". */
export async function requireBrief(tx: Db | Tx, options: { userId: string; projectId: string; briefId: string; action: ProjectAction }) {
  const access: ProjectAccess = await requireProjectAccess({ ...options, tx });
  if (typeof options.briefId !== "string" || options.briefId.length > 64) throw notFound("Brief");
  const brief = await tx.brief.findFirst({ where: { id: options.briefId, projectId: options.projectId } });
  if (!brief) throw notFound("Brief");
  return { brief, access };
}

/**
 * Locks the brief's row until the transaction ends (SELECT … FOR UPDATE), so
 * that saves, restores and status changes of one brief run one after the
 * other, each reading the version the previous one wrote.
 */
export async function lockBrief(tx: Tx, options: { projectId: string; briefId: string }): Promise<boolean> {
  const rows = await tx.$queryRaw<{ id: string }[]>`
    SELECT id FROM "Brief" WHERE id = ${options.briefId} AND "projectId" = ${options.projectId} FOR UPDATE`;
  return rows.length > 0;
}

import "server-only";
import type { Tx } from "@/lib/db";

/**
 * Locks claim rows of this project until the transaction ends (SELECT … FOR
 * UPDATE), so that status changes of the same claim (reviews, edits,
 * submissions, assignments) run one after the other, each reading what the
 * previous one wrote. Rows are locked in id order, so two bulk operations
 * cannot deadlock. Returns the ids found: another project's claim is absent.
 */
export async function lockClaims(tx: Tx, options: { projectId: string; claimIds: string[] }): Promise<Set<string>> {
  if (options.claimIds.length === 0) return new Set();
  const rows = await tx.$queryRaw<{ id: string }[]>`
    SELECT id FROM "Claim"
    WHERE id = ANY(${options.claimIds}::text[]) AND "projectId" = ${options.projectId}
    ORDER BY id
    FOR UPDATE`;
  return new Set(rows.map((r) => r.id));
}

import "server-only";
import type { Db, Tx } from "@/lib/db";

export type ThemeClaimCounts = Map<string, { own: number; rolledUp: number }>;

/**
 * For every theme of the project: the claims tagged with it (`own`), and the
 * distinct claims tagged with it or any of its sub-themes at any depth
 * (`rolledUp`; a claim tagged with a parent and its child counts once). One
 * aggregate query over a recursive theme → descendant mapping.
 */
export async function countThemeClaims(client: Db | Tx, projectId: string): Promise<ThemeClaimCounts> {
  const rows = await client.$queryRaw<{ themeId: string; own: number; rolledUp: number }[]>`
    WITH RECURSIVE tree (ancestor, descendant) AS (
      SELECT id, id FROM "Theme" WHERE "projectId" = ${projectId}
      UNION
      SELECT tree.ancestor, child.id FROM tree JOIN "Theme" AS child ON child."parentId" = tree.descendant
    )
    SELECT tree.ancestor AS "themeId",
           (COUNT(*) FILTER (WHERE link."themeId" = tree.ancestor))::int AS own,
           COUNT(DISTINCT link."claimId")::int AS "rolledUp"
    FROM tree JOIN "ClaimTheme" AS link ON link."themeId" = tree.descendant
    GROUP BY tree.ancestor`;
  return new Map(rows.map((r) => [r.themeId, { own: r.own, rolledUp: r.rolledUp }]));
}

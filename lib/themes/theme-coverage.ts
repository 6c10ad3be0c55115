import "server-only";
import { requireProjectAccess } from "@/lib/authz/require-project-access";
import { db } from "@/lib/db";
import { countThemeClaims } from "./count-theme-claims";
import { flattenTree } from "./tree";

export type CoOccurrenceLevel = "top" | "all";

/**
 * How the project's claims spread over its codebook, all counted by
 * aggregate SQL (a fixed number of queries whatever the number of claims):
 * - per theme: claims tagged with it, and with it or any sub-theme;
 * - per source × top-level theme, sub-themes rolled up into their top-level theme;
 * - co-occurrence: for each pair of themes, the claims tagged with both. At
 *   level "top" sub-themes count as their top-level theme; at level "all"
 *   every theme stands for itself (direct tags only).
 * A claim tagged with several themes counts under each of them.
 */
export async function themeCoverage(options: { userId: string; projectId: string; level?: CoOccurrenceLevel }) {
  await requireProjectAccess({ ...options, action: "project.read" });
  const { projectId } = options;
  const level = options.level ?? "top";

  const [themeRows, counts, totals, sources, sourceCells, pairs] = await Promise.all([
    db.theme.findMany({
      where: { projectId },
      select: { id: true, name: true, colour: true, parentId: true },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    }),
    countThemeClaims(db, projectId),
    db.$queryRaw<{ claims: number; tagged: number }[]>`
      SELECT COUNT(*)::int AS claims,
             (COUNT(*) FILTER (WHERE EXISTS (SELECT 1 FROM "ClaimTheme" AS link WHERE link."claimId" = claim.id)))::int AS tagged
      FROM "Claim" AS claim WHERE claim."projectId" = ${projectId}`,
    db.$queryRaw<{ id: string; title: string; claims: number }[]>`
      SELECT source.id, source.title, COUNT(claim.id)::int AS claims
      FROM "Source" AS source LEFT JOIN "Claim" AS claim ON claim."sourceId" = source.id
      WHERE source."projectId" = ${projectId}
      GROUP BY source.id
      ORDER BY claims DESC, source.title ASC, source.id ASC`,
    db.$queryRaw<{ sourceId: string; themeId: string; claims: number }[]>`
      WITH RECURSIVE roots (id, root) AS (
        SELECT id, id FROM "Theme" WHERE "projectId" = ${projectId} AND "parentId" IS NULL
        UNION ALL
        SELECT child.id, roots.root FROM "Theme" AS child JOIN roots ON child."parentId" = roots.id
      ), tagged AS (
        SELECT DISTINCT link."claimId", roots.root FROM "ClaimTheme" AS link JOIN roots ON roots.id = link."themeId"
      )
      SELECT claim."sourceId", tagged.root AS "themeId", COUNT(*)::int AS claims
      FROM tagged JOIN "Claim" AS claim ON claim.id = tagged."claimId"
      GROUP BY claim."sourceId", tagged.root`,
    level === "top"
      ? db.$queryRaw<{ a: string; b: string; claims: number }[]>`
          WITH RECURSIVE roots (id, root) AS (
            SELECT id, id FROM "Theme" WHERE "projectId" = ${projectId} AND "parentId" IS NULL
            UNION ALL
            SELECT child.id, roots.root FROM "Theme" AS child JOIN roots ON child."parentId" = roots.id
          ), tagged AS (
            SELECT DISTINCT link."claimId", roots.root FROM "ClaimTheme" AS link JOIN roots ON roots.id = link."themeId"
          )
          SELECT one.root AS a, other.root AS b, COUNT(*)::int AS claims
          FROM tagged AS one JOIN tagged AS other ON other."claimId" = one."claimId" AND one.root < other.root
          GROUP BY one.root, other.root`
      : db.$queryRaw<{ a: string; b: string; claims: number }[]>`
          SELECT one."themeId" AS a, other."themeId" AS b, COUNT(*)::int AS claims
          FROM "ClaimTheme" AS one
          JOIN "Theme" AS theme ON theme.id = one."themeId" AND theme."projectId" = ${projectId}
          JOIN "ClaimTheme" AS other ON other."claimId" = one."claimId" AND one."themeId" < other."themeId"
          GROUP BY one."themeId", other."themeId"`,
  ]);

  const themes = flattenTree(themeRows).map((theme) => {
    const count = counts.get(theme.id);
    return { ...theme, claims: count?.own ?? 0, rolledUpClaims: count?.rolledUp ?? 0 };
  });
  const byTheme = new Map<string, Record<string, number>>();
  for (const cell of sourceCells) {
    const row = byTheme.get(cell.sourceId) ?? {};
    row[cell.themeId] = cell.claims;
    byTheme.set(cell.sourceId, row);
  }
  const total = totals[0] ?? { claims: 0, tagged: 0 };
  return {
    totals: { claims: total.claims, tagged: total.tagged, untagged: total.claims - total.tagged },
    themes,
    /** Per source, claims per top-level theme id (sub-themes rolled up). */
    sources: sources.map((s) => ({ ...s, byTheme: byTheme.get(s.id) ?? {} })),
    coOccurrence: {
      level,
      themeIds: level === "top" ? themes.filter((t) => t.depth === 0).map((t) => t.id) : themes.map((t) => t.id),
      /** Each unordered pair once (a < b by id); pairs that never meet are left out. */
      pairs,
    },
  };
}

export type ThemeCoverage = Awaited<ReturnType<typeof themeCoverage>>;

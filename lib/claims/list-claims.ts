import "server-only";
import { requireProjectAccess } from "@/lib/authz/require-project-access";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { CLAIM_ORIGIN_FIELDS, provenanceOf } from "@/lib/provenance/load-provenance";
import type { ClaimForOrigins } from "@/lib/provenance/origins";
import { describeGroup } from "@/lib/provenance/origins";
import { parseInput } from "@/lib/validation";
import { claimFiltersSchema, type ClaimFilters } from "./schemas";

export const PAGE_SIZE = 50;

export const CLAIM_ORDER: Record<ClaimFilters["sort"], Prisma.ClaimOrderByWithRelationInput[]> = {
  updated: [{ updatedAt: "desc" }, { id: "desc" }],
  created: [{ createdAt: "desc" }, { id: "desc" }],
  credibility: [{ credibility: "asc" }, { updatedAt: "desc" }],
  status: [{ status: "asc" }, { updatedAt: "desc" }],
  source: [{ source: { title: "asc" } }, { start: "asc" }],
};

/** A theme and every theme nested under it, so filtering by a parent finds its sub-themes' claims. */
async function themeWithDescendants(projectId: string, themeId: string): Promise<string[]> {
  const rows = await db.$queryRaw<{ id: string }[]>`
    WITH RECURSIVE tree AS (
      SELECT id FROM "Theme" WHERE id = ${themeId} AND "projectId" = ${projectId}
      UNION ALL
      SELECT t.id FROM "Theme" t JOIN tree ON t."parentId" = tree.id
    ) SELECT id FROM tree`;
  return rows.map((r) => r.id);
}

/**
 * The board's filters as a query: `base` leaves the status out (for the counts per
 * status), `where` has every filter. Shared by the board and its exports.
 */
export async function claimsWhere(projectId: string, userId: string, filters: ClaimFilters) {
  const themeIds = filters.theme ? await themeWithDescendants(projectId, filters.theme) : null;
  const base: Prisma.ClaimWhereInput = {
    projectId,
    ...(themeIds ? { themes: { some: { themeId: { in: themeIds } } } } : {}),
    ...(filters.source ? { sourceId: filters.source } : {}),
    ...(filters.author ? { authorId: filters.author } : {}),
    ...(filters.reviewer ? { OR: [{ assigneeId: filters.reviewer }, { reviews: { some: { reviewerId: filters.reviewer } } }] } : {}),
    ...(filters.assignee ? { assigneeId: filters.assignee === "me" ? userId : filters.assignee === "none" ? null : filters.assignee } : {}),
    ...(filters.credibility ? { credibility: filters.credibility } : {}),
    ...(filters.q
      ? {
          AND: [
            {
              OR: [
                { exact: { contains: filters.q, mode: "insensitive" } },
                { paraphrase: { contains: filters.q, mode: "insensitive" } },
                { note: { contains: filters.q, mode: "insensitive" } },
              ],
            },
          ],
        }
      : {}),
  };
  const where: Prisma.ClaimWhereInput = { ...base, ...(filters.status ? { status: filters.status } : {}) };
  return { base, where };
}

/** A claim's corroboration group on the board: its reports, its independent origins, and the two in words. */
export type BoardProvenance = { reports: number; independentOrigins: number; description: string };

/**
 * The claims board: every claim of the project, filtered, sorted and paged,
 * with counts per status for the same filters (status aside), and each
 * claim's origins (lib/provenance), read for the whole page at once.
 */
export async function listClaims(options: { userId: string; projectId: string; filters?: Record<string, unknown> }) {
  const { projectId } = options;
  await requireProjectAccess({ userId: options.userId, projectId, action: "project.read" });
  const filters = parseInput(claimFiltersSchema, options.filters ?? {});
  const { base, where } = await claimsWhere(projectId, options.userId, filters);

  const [claims, byStatus] = await Promise.all([
    db.claim.findMany({
      where,
      select: {
        id: true,
        exact: true,
        paraphrase: true,
        status: true,
        credibility: true,
        revision: true,
        orphaned: true,
        updatedAt: true,
        source: { select: { ...CLAIM_ORIGIN_FIELDS.source.select, reliability: true } },
        author: { select: { id: true, name: true } },
        assignee: { select: { id: true, name: true } },
        themes: { select: { theme: { select: { id: true, name: true, colour: true } } }, orderBy: { position: "asc" } },
      },
      orderBy: CLAIM_ORDER[filters.sort],
      skip: (filters.page - 1) * PAGE_SIZE,
      take: PAGE_SIZE,
    }),
    db.claim.groupBy({ by: ["status"], where: base, _count: { _all: true } }),
  ]);
  // The footnotes the page's claims rely on, in one plain query; then their relations, and the related claims if any.
  const notes = await pageNotes(claims.map((c) => c.id));
  const provenance = await provenanceOf(db, { projectId, claims: claims.map((c) => ({ id: c.id, source: c.source, citations: notes.get(c.id) ?? [] })) });
  // The counts by status cover the other filters, so the total needs no query of its own.
  const counts = Object.fromEntries(byStatus.map((r) => [r.status, r._count._all])) as Partial<Record<string, number>>;
  const total = filters.status ? (counts[filters.status] ?? 0) : byStatus.reduce((n, r) => n + r._count._all, 0);
  return {
    claims: claims.map(({ themes, source: { id, title, reliability }, ...c }) => ({
      ...c,
      source: { id, title, reliability },
      themes: themes.map((t) => t.theme),
      provenance: boardProvenance(provenance.get(c.id)?.group),
    })),
    total,
    pages: Math.max(1, Math.ceil(total / PAGE_SIZE)),
    byStatus: counts,
    filters,
  };
}

type Note = ClaimForOrigins["citations"][number] & { claimId: string };

/** The footnotes each claim of a page relies on, with what names their origin. */
async function pageNotes(claimIds: string[]): Promise<Map<string, Note[]>> {
  if (claimIds.length === 0) return new Map();
  const rows = await db.$queryRaw<Note[]>`
    SELECT cc."claimId", n.id, n.label, n.url, n.title, n.publisher, n.authors, n.issued, n.text
    FROM "ClaimCitation" cc JOIN "Citation" n ON n.id = cc."citationId"
    WHERE cc."claimId" = ANY(${claimIds}::text[])
    ORDER BY n.ordinal`;
  const byClaim = new Map<string, Note[]>();
  for (const row of rows) byClaim.set(row.claimId, [...(byClaim.get(row.claimId) ?? []), row]);
  return byClaim;
}

function boardProvenance(group: Parameters<typeof describeGroup>[0] | undefined): BoardProvenance | null {
  if (!group) return null;
  return { reports: group.reports, independentOrigins: group.origins.length, description: describeGroup(group) };
}

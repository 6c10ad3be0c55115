import "server-only";
import { requireProjectAccess } from "@/lib/authz/require-project-access";
import { db } from "@/lib/db";

/**
 * A source's claims in reading order, with what the reader needs to draw and
 * list them; `within` keeps those overlapping a stretch of the text (and those
 * whose quote was lost, which belong to no stretch).
 */
export async function listSourceClaims(options: { userId: string; projectId: string; sourceId: string; within?: { start: number; end: number } }) {
  await requireProjectAccess({ userId: options.userId, projectId: options.projectId, action: "project.read" });
  const { within } = options;
  const claims = await db.claim.findMany({
    where: {
      sourceId: options.sourceId,
      projectId: options.projectId,
      ...(within ? { OR: [{ orphaned: true }, { start: { lt: within.end }, end: { gt: within.start } }] } : {}),
    },
    select: {
      id: true,
      start: true,
      end: true,
      exact: true,
      paraphrase: true,
      note: true,
      credibility: true,
      credibilityRationale: true,
      marking: true,
      revision: true,
      status: true,
      orphaned: true,
      sourceVersion: true,
      authorId: true,
      author: { select: { name: true } },
      updatedAt: true,
      themes: { select: { theme: { select: { id: true, name: true, colour: true } } }, orderBy: { position: "asc" } },
      citations: { select: { citation: { select: { id: true, label: true } } } },
    },
    orderBy: [{ orphaned: "asc" }, { start: "asc" }, { end: "desc" }],
  });
  return claims.map(({ themes, citations, ...claim }) => ({
    ...claim,
    themes: themes.map((t) => t.theme),
    citations: citations.map((c) => c.citation).sort((a, b) => Number(a.label) - Number(b.label) || a.label.localeCompare(b.label)),
  }));
}

export type SourceClaim = Awaited<ReturnType<typeof listSourceClaims>>[number];

/** Where each of a source's claims sits, and nothing else: enough to count them by part and find one. */
export async function listClaimAnchors(options: { userId: string; projectId: string; sourceId: string }) {
  await requireProjectAccess({ userId: options.userId, projectId: options.projectId, action: "project.read" });
  return db.claim.findMany({
    where: { sourceId: options.sourceId, projectId: options.projectId },
    select: { id: true, start: true, end: true, orphaned: true },
  });
}

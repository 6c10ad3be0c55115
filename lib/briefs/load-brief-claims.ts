import "server-only";
import type { Db, Tx } from "@/lib/db";
import { CITABLE_SOURCE_FIELDS, CITED_NOTE_FIELDS } from "./citation-fields";
import { referencedClaimIds } from "./claim-references";
import type { BriefClaim } from "./render-brief";

/** A cited claim with the handling markings the export rule compares (lib/markings/withhold.ts). */
export type LoadedBriefClaim = BriefClaim & { marking: string | null; source: { marking: string | null } };

/**
 * The claims a body refers to, as the renderer needs them, read in one query,
 * in the order the body first names them.
 * Only claims of this project are returned: a token naming another project's
 * claim resolves to nothing and renders as a missing claim, exactly like a
 * deleted one, so a brief cannot be used to read claims one cannot see.
 */
export async function loadBriefClaims(tx: Db | Tx, options: { projectId: string; body: string }): Promise<LoadedBriefClaim[]> {
  const ids = referencedClaimIds(options.body);
  if (ids.length === 0) return [];
  const rows = await tx.claim.findMany({
    where: { id: { in: ids }, projectId: options.projectId },
    select: {
      id: true,
      paraphrase: true,
      exact: true,
      status: true,
      orphaned: true,
      credibility: true,
      marking: true,
      source: { select: { ...CITABLE_SOURCE_FIELDS, reliability: true, marking: true } },
      citations: { select: { citation: { select: CITED_NOTE_FIELDS } } },
      reviews: { select: { reviewer: { select: { name: true } } }, orderBy: { createdAt: "desc" }, take: 1 },
    },
  });
  // In the order the body first names them, so that whatever lists them (the claims withheld at a marking) is stable.
  const order = new Map(ids.map((id, i) => [id, i]));
  rows.sort((a, b) => order.get(a.id)! - order.get(b.id)!);
  return rows.map(({ citations, reviews, ...claim }) => ({
    ...claim,
    notes: citations.map((c) => c.citation),
    reviewer: reviews[0]?.reviewer.name ?? null,
  }));
}

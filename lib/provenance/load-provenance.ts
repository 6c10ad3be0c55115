import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ClaimRelationKind } from "@/lib/generated/prisma/enums";
import type { Db, Tx } from "@/lib/db";
import { claimOrigins, corroborationGroup, type ClaimForOrigins, type CorroborationGroup, type Origin } from "./origins";

/** What origins are made of: the claim's source and the footnotes it relies on. */
export const CLAIM_ORIGIN_FIELDS = {
  id: true,
  source: { select: { id: true, title: true, url: true, publisher: true, authors: true, publishedOn: true } },
  citations: { select: { citation: { select: { id: true, label: true, url: true, title: true, publisher: true, authors: true, issued: true, text: true } } } },
} satisfies Prisma.ClaimSelect;

type ClaimOriginRow = Prisma.ClaimGetPayload<{ select: typeof CLAIM_ORIGIN_FIELDS }>;

export const toClaimForOrigins = (row: ClaimOriginRow): ClaimForOrigins => ({ id: row.id, source: row.source, citations: row.citations.map((c) => c.citation) });

/** Relations that put two claims' origins together: corroboration, and the same claim twice. */
export const CORROBORATING_KINDS: ClaimRelationKind[] = ["CORROBORATES", "DUPLICATES"];

export type ClaimProvenance = {
  origins: Origin[];
  /** The claim with those corroborating or duplicating it, their origins counted once. */
  group: CorroborationGroup;
};

/**
 * The provenance of some claims of a project, read in three queries whatever
 * their number: the relations that join them to others, then every claim
 * involved with its source and footnotes. Claims of other projects are
 * ignored, so an id from elsewhere simply has no entry.
 */
export async function loadProvenance(tx: Db | Tx, options: { projectId: string; claimIds: string[] }): Promise<Map<string, ClaimProvenance>> {
  return loadPartners(tx, options.projectId, options.claimIds, new Map());
}

/**
 * The same for claims already read with their origin fields (the board's
 * page): only the relations, and the related claims not among them, are read.
 */
export async function provenanceOf(tx: Db | Tx, options: { projectId: string; claims: ClaimForOrigins[] }): Promise<Map<string, ClaimProvenance>> {
  return loadPartners(tx, options.projectId, options.claims.map((claim) => claim.id), new Map(options.claims.map((claim) => [claim.id, claim])));
}

async function loadPartners(tx: Db | Tx, projectId: string, claimIds: string[], known: Map<string, ClaimForOrigins>): Promise<Map<string, ClaimProvenance>> {
  const result = new Map<string, ClaimProvenance>();
  if (claimIds.length === 0) return result;
  const relations = await tx.claimRelation.findMany({
    where: { projectId, kind: { in: CORROBORATING_KINDS }, OR: [{ fromId: { in: claimIds } }, { toId: { in: claimIds } }] },
    select: { fromId: true, toId: true },
  });
  const partners = new Map<string, Set<string>>();
  const link = (a: string, b: string) => partners.set(a, (partners.get(a) ?? new Set()).add(b));
  for (const { fromId, toId } of relations) {
    link(fromId, toId);
    link(toId, fromId);
  }
  const wanted = new Set(claimIds);
  for (const { fromId, toId } of relations) wanted.add(fromId).add(toId);
  const missing = [...wanted].filter((id) => !known.has(id));
  if (missing.length) {
    const rows = await tx.claim.findMany({ where: { projectId, id: { in: missing } }, select: CLAIM_ORIGIN_FIELDS });
    for (const row of rows) known.set(row.id, toClaimForOrigins(row));
  }
  for (const id of claimIds) {
    const claim = known.get(id);
    if (!claim) continue;
    const others = [...(partners.get(id) ?? [])].flatMap((other) => known.get(other) ?? []);
    result.set(id, { origins: claimOrigins(claim), group: corroborationGroup(claim, others) });
  }
  return result;
}

import "server-only";
import type { Db, Tx } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { loadProvenance } from "@/lib/provenance/load-provenance";
import { buildSourcesAnnex, type AnnexClaim } from "./sources-annex";

/** What a source descriptor is made of. */
const ANNEX_SOURCE_FIELDS = {
  id: true,
  title: true,
  authors: true,
  publisher: true,
  url: true,
  kind: true,
  reliability: true,
  publishedOn: true,
  createdAt: true,
  referenceOnly: true,
  retractedAt: true,
  retractionNote: true,
} satisfies Prisma.SourceSelect;

/**
 * The Sources annex of a brief (lib/briefs/sources-annex.ts), from the claims
 * and directly cited sources it prints, the withheld ones already left out:
 * their provenance in two queries, their sources in one more, whatever
 * their number.
 */
export async function loadSourcesAnnex(
  client: Db | Tx,
  options: { projectId: string; claims: { id: string; paraphrase: string; source: { id: string } }[]; directSourceIds: string[]; withheld: number },
) {
  const provenance = await loadProvenance(client, { projectId: options.projectId, claimIds: options.claims.map((c) => c.id) });
  const claims: AnnexClaim[] = options.claims.flatMap((claim) => {
    const found = provenance.get(claim.id);
    return found ? [{ id: claim.id, paraphrase: claim.paraphrase, sourceId: claim.source.id, origins: found.origins, group: found.group }] : [];
  });
  const ids = [...new Set([...claims.map((c) => c.sourceId), ...options.directSourceIds])];
  const sources = ids.length ? await client.source.findMany({ where: { projectId: options.projectId, id: { in: ids } }, select: ANNEX_SOURCE_FIELDS }) : [];
  return buildSourcesAnnex({ claims, sources, directSourceIds: options.directSourceIds, withheld: options.withheld });
}

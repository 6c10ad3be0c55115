import "server-only";
import type { Db, Tx } from "@/lib/db";
import { loadProvenance } from "@/lib/provenance/load-provenance";

/**
 * What the warnings and checklist of a brief need beyond its claims: each
 * cited claim's corroboration group (to tell circular reporting), and the
 * messages of the brief's impact warnings nobody acknowledged yet.
 */
export async function loadBriefImpact<C extends { id: string }>(client: Db | Tx, options: { projectId: string; briefId: string; claims: C[] }) {
  // The global client answers the same queries a transaction does; loadProvenance only reads.
  const provenance = await loadProvenance(client as Tx, { projectId: options.projectId, claimIds: options.claims.map((c) => c.id) });
  const open = await client.impactWarning.findMany({
    where: { projectId: options.projectId, briefId: options.briefId, acknowledgedAt: null },
    select: { message: true },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  });
  return {
    claims: options.claims.map((claim) => ({ ...claim, group: provenance.get(claim.id)?.group })),
    openImpacts: open.map((w) => w.message),
  };
}

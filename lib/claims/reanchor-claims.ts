import "server-only";
import type { Tx } from "@/lib/db";
import { CONTEXT_LENGTH, reanchor } from "./anchoring";

/**
 * Moves a source's claims onto its new text: by position, then by quote and
 * context, then fuzzily. A claim whose words cannot be found keeps its old
 * quote and is flagged orphaned, never silently moved. Answers the claims
 * this revision orphaned (those orphaned before are not news), and those
 * found only fuzzily, whose quoted words it changed.
 */
export async function reanchorClaims(tx: Tx, options: { sourceId: string; body: string; version: number }) {
  const claims = await tx.claim.findMany({
    where: { sourceId: options.sourceId },
    select: { id: true, exact: true, prefix: true, suffix: true, start: true, end: true, orphaned: true, paraphrase: true, authorId: true },
  });
  if (!claims.length) return { moved: 0, orphaned: 0, newlyOrphaned: [], reworded: [] };

  const newlyOrphaned: { id: string; paraphrase: string; authorId: string }[] = [];
  const reworded: { id: string; paraphrase: string; authorId: string; before: string; after: string }[] = [];
  const ids: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  const exacts: string[] = [];
  const prefixes: string[] = [];
  const suffixes: string[] = [];
  const orphaned: boolean[] = [];
  for (const claim of claims) {
    const found = reanchor(options.body, claim);
    ids.push(claim.id);
    if (found) {
      if (found.exact !== claim.exact) reworded.push({ id: claim.id, paraphrase: claim.paraphrase, authorId: claim.authorId, before: claim.exact, after: found.exact });
      starts.push(found.start);
      ends.push(found.end);
      exacts.push(found.exact);
      prefixes.push(options.body.slice(Math.max(0, found.start - CONTEXT_LENGTH), found.start));
      suffixes.push(options.body.slice(found.end, found.end + CONTEXT_LENGTH));
      orphaned.push(false);
    } else {
      starts.push(claim.start);
      ends.push(claim.end);
      exacts.push(claim.exact);
      prefixes.push(claim.prefix);
      suffixes.push(claim.suffix);
      orphaned.push(true);
      if (!claim.orphaned) newlyOrphaned.push({ id: claim.id, paraphrase: claim.paraphrase, authorId: claim.authorId });
    }
  }
  // One statement for all claims: a source can carry thousands.
  await tx.$executeRaw`
    UPDATE "Claim" AS c SET
      start = v.start, "end" = v."end", exact = v.exact, prefix = v.prefix, suffix = v.suffix,
      orphaned = v.orphaned, "sourceVersion" = ${options.version}, "updatedAt" = now()
    FROM unnest(${ids}::text[], ${starts}::int[], ${ends}::int[], ${exacts}::text[], ${prefixes}::text[], ${suffixes}::text[], ${orphaned}::bool[])
      AS v(id, start, "end", exact, prefix, suffix, orphaned)
    WHERE c.id = v.id`;
  const lost = orphaned.filter(Boolean).length;
  return { moved: claims.length - lost, orphaned: lost, newlyOrphaned, reworded };
}

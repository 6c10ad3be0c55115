import type { BriefClaim } from "./render-brief";

/**
 * What the editor shows of a claim a brief refers to: the chip (paraphrase,
 * status) and the card under it (quote, source, reviewer, and the source's
 * own footnotes the claim relies on).
 */
export type ClaimCard = { id: string; paraphrase: string; status: string; quote: string; source: string; reviewer: string | null; notes: string[] };

export function claimCards(claims: Iterable<BriefClaim>): ClaimCard[] {
  return [...claims].map((claim) => ({
    id: claim.id,
    paraphrase: claim.paraphrase,
    status: claim.status,
    quote: claim.exact,
    source: claim.source.title,
    reviewer: claim.reviewer,
    notes: claim.notes.map((note) => `${note.label}. ${note.text}`),
  }));
}

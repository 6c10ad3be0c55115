import { CLAIM_TOKEN, claimToken } from "@/lib/briefs/claim-references";
import type { ChipClaim } from "./claim-chip";

/** A claim dragged from the picker carries its summary (for the chip) and, for any other drop target, its token as text. */
const CLAIM_DRAG_TYPE = "application/x-claimwork-claim";

export function startClaimDrag(event: React.DragEvent, claim: ChipClaim) {
  event.dataTransfer.setData(CLAIM_DRAG_TYPE, JSON.stringify({ id: claim.id, paraphrase: claim.paraphrase, status: claim.status, source: claim.source }));
  event.dataTransfer.setData("text/plain", claimToken(claim.id));
  event.dataTransfer.effectAllowed = "copy";
}

/** The claim a drop brings: the picker's summary, or just the id of a bare token dropped as text. */
export function droppedClaim(data: DataTransfer): { id: string; summary: ChipClaim | null } | null {
  const json = data.getData(CLAIM_DRAG_TYPE);
  if (json) {
    try {
      const summary = JSON.parse(json) as ChipClaim;
      if (typeof summary.id === "string" && typeof summary.paraphrase === "string") return { id: summary.id, summary };
    } catch {
      return null;
    }
  }
  const token = new RegExp(`^${CLAIM_TOKEN.source}$`).exec(data.getData("text/plain").trim());
  return token ? { id: token[1]!, summary: null } : null;
}

import type { ClaimStatus, ReviewVerdict } from "@/lib/generated/prisma/enums";

/**
 * The claim status machine, the one place that says which moves are legal.
 *
 *   DRAFT ──submit──▶ IN_REVIEW ──review──▶ VERIFIED | DISPUTED | NEEDS_EVIDENCE
 *     ▲                 │   ▲                         │
 *     └────withdraw─────┘   └──submit (NEEDS_EVIDENCE, DISPUTED) or edit of substance
 *
 * - submit: the author sends a draft for review, or resubmits a claim that was
 *   disputed or needs evidence.
 * - withdraw: the author takes a claim in review back to draft.
 * - review: a verdict on a claim in review, or a further verdict on a claim
 *   already reviewed (a second opinion); the status follows the latest verdict.
 *   A draft cannot be reviewed.
 * - edit: changing what a reviewed claim says (paraphrase or citations) sends
 *   it back to review; other edits leave the status alone.
 */
export type ClaimMove = "submit" | "withdraw" | "review" | "edit";

export const REVIEWED_STATUSES: readonly ClaimStatus[] = ["VERIFIED", "DISPUTED", "NEEDS_EVIDENCE"];

const FROM: Record<Exclude<ClaimMove, "edit">, readonly ClaimStatus[]> = {
  submit: ["DRAFT", "DISPUTED", "NEEDS_EVIDENCE"],
  withdraw: ["IN_REVIEW"],
  review: ["IN_REVIEW", "VERIFIED", "DISPUTED", "NEEDS_EVIDENCE"],
};

/** The status a move leads to, or null when the move is illegal from this status. */
export function nextStatus(from: ClaimStatus, move: "submit" | "withdraw"): ClaimStatus | null;
export function nextStatus(from: ClaimStatus, move: "review", verdict: ReviewVerdict): ClaimStatus | null;
export function nextStatus(from: ClaimStatus, move: "edit", substantive: boolean): ClaimStatus;
export function nextStatus(from: ClaimStatus, move: ClaimMove, detail?: ReviewVerdict | boolean): ClaimStatus | null {
  switch (move) {
    case "submit":
      return FROM.submit.includes(from) ? "IN_REVIEW" : null;
    case "withdraw":
      return FROM.withdraw.includes(from) ? "DRAFT" : null;
    case "review":
      return FROM.review.includes(from) && typeof detail === "string" ? detail : null;
    case "edit":
      return detail === true && REVIEWED_STATUSES.includes(from) ? "IN_REVIEW" : from;
  }
}

export function canMove(from: ClaimStatus, move: Exclude<ClaimMove, "edit">): boolean {
  return FROM[move].includes(from);
}

const REFUSALS: Record<Exclude<ClaimMove, "edit">, Partial<Record<ClaimStatus, string>>> = {
  submit: {
    IN_REVIEW: "This claim is already in review.",
    VERIFIED: "This claim is verified; edit it to send it back to review.",
  },
  withdraw: {
    DRAFT: "This claim is a draft already.",
    VERIFIED: "Only a claim in review can be withdrawn; this one has been reviewed.",
    DISPUTED: "Only a claim in review can be withdrawn; this one has been reviewed.",
    NEEDS_EVIDENCE: "Only a claim in review can be withdrawn; this one has been reviewed.",
  },
  review: {
    DRAFT: "This claim is still a draft: it can be reviewed once it is submitted for review.",
  },
};

/** Why a move is refused, in words for the person who tried it. */
export function refusal(from: ClaimStatus, move: Exclude<ClaimMove, "edit">): string {
  return REFUSALS[move][from] ?? "That change of status is not possible.";
}

import type { ClaimHistoryItem } from "@/lib/claims/get-claim-history";

type ReviewItem = Extract<ClaimHistoryItem, { kind: "review" }>;

/** The latest review the user may read in a claim's history (newest first). */
export function latestReview(history: ClaimHistoryItem[]): ReviewItem | undefined {
  return history.find((item): item is ReviewItem => item.kind === "review");
}

/**
 * The id of the claim's latest review, read or hidden by blind review ("" for none): the one a new verdict must
 * have seen, so that a review given meanwhile is not missed.
 */
export function latestReviewId(history: ClaimHistoryItem[]): string {
  return history.find((item) => item.kind === "review" || item.kind === "hidden")?.id ?? "";
}

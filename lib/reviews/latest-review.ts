import type { ClaimHistoryItem } from "@/lib/claims/get-claim-history";

type ReviewItem = Extract<ClaimHistoryItem, { kind: "review" }>;

/** The latest review in a claim's history (newest first), the one a new verdict must have seen. */
export function latestReview(history: ClaimHistoryItem[]): ReviewItem | undefined {
  return history.find((item): item is ReviewItem => item.kind === "review");
}

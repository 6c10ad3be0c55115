import type { ClaimStatus } from "@/lib/generated/prisma/enums";

export const CLAIM_STATUS_LABELS: Record<ClaimStatus, string> = {
  DRAFT: "Draft",
  IN_REVIEW: "In review",
  VERIFIED: "Verified",
  DISPUTED: "Disputed",
  NEEDS_EVIDENCE: "Needs evidence",
};

/** The badge colour of each status, the same on the board, the claim page and the reader. */
export const CLAIM_STATUS_TONE = {
  DRAFT: "neutral",
  IN_REVIEW: "amber",
  VERIFIED: "green",
  DISPUTED: "red",
  NEEDS_EVIDENCE: "violet",
} as const satisfies Record<ClaimStatus, string>;

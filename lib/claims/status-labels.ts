import type { ClaimStatus } from "@/lib/generated/prisma/enums";

export const CLAIM_STATUS_LABELS: Record<ClaimStatus, string> = {
  DRAFT: "Draft",
  IN_REVIEW: "In review",
  VERIFIED: "Verified",
  DISPUTED: "Disputed",
  NEEDS_EVIDENCE: "Needs evidence",
};

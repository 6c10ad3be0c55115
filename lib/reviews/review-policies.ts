import type { ReviewPolicy } from "@/lib/generated/prisma/client";

/** The review policies in words, for the settings page. */
export const REVIEW_POLICY_LABELS: Record<ReviewPolicy, { label: string; description: string }> = {
  FEWEST_OPEN: { label: "Fewest open claims", description: "A claim sent for review goes to the eligible reviewer with the fewest claims waiting for them." },
  ROUND_ROBIN: { label: "In turn", description: "Claims sent for review go to each eligible reviewer in turn." },
  SHARED_QUEUE: { label: "Shared queue", description: "Claims sent for review wait, unassigned, until an eligible reviewer takes one." },
};

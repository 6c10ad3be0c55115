import type { BriefStatus } from "@/lib/generated/prisma/enums";

/**
 * The brief status machine.
 *
 *   DRAFT ──submit──▶ IN_REVIEW ──approve──▶ APPROVED
 *     ▲                   │                     │
 *     └──────── any edit of the text ───────────┘
 *
 * Approval is by a member other than the author (and other than whoever
 * wrote the version under review), and only when every claim reference
 * resolves. Any change of title, summary, audience or body returns an
 * approved or in-review brief to draft: what was approved is no longer what
 * is there.
 */
export type BriefMove = "submit" | "approve";

const FROM: Record<BriefMove, readonly BriefStatus[]> = {
  submit: ["DRAFT"],
  approve: ["IN_REVIEW"],
};

const TO: Record<BriefMove, BriefStatus> = { submit: "IN_REVIEW", approve: "APPROVED" };

export function nextBriefStatus(from: BriefStatus, move: BriefMove): BriefStatus | null {
  return FROM[move].includes(from) ? TO[move] : null;
}

/** The status after an edit: always a draft again. */
export const statusAfterEdit = (): BriefStatus => "DRAFT";

const REFUSALS: Record<BriefMove, Partial<Record<BriefStatus, string>>> = {
  submit: {
    IN_REVIEW: "This brief is already in review.",
    APPROVED: "This brief is approved; edit it to start a new draft.",
  },
  approve: {
    DRAFT: "This brief is a draft: submit it for review before it can be approved.",
    APPROVED: "This brief is approved already.",
  },
};

export function briefRefusal(from: BriefStatus, move: BriefMove): string {
  return REFUSALS[move][from] ?? "That change of status is not possible.";
}

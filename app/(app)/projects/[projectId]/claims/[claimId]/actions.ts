"use server";

import { revalidatePath } from "next/cache";
import { untrusted } from "@/lib/validation";
import { fields, formAction } from "@/lib/actions/form-action";
import { relateClaims } from "@/lib/relations/relate-claims";
import { unrelateClaims } from "@/lib/relations/unrelate-claims";
import { assignClaims } from "@/lib/reviews/assign-claims";
import { nextInQueue } from "@/lib/reviews/next-in-queue";
import { passBackClaim } from "@/lib/reviews/pass-back-claim";
import { reviewClaim } from "@/lib/reviews/review-claim";
import { VERDICT_LABELS } from "@/lib/reviews/schemas";
import { submitClaim } from "@/lib/reviews/submit-claim";
import { withdrawClaim } from "@/lib/reviews/withdraw-claim";

function ids(formData: FormData) {
  const { projectId, claimId } = fields(formData, "projectId", "claimId");
  return { projectId: projectId ?? "", claimId: claimId ?? "" };
}

/** The claim's pages and every list that shows it, including the home page's queue. */
function refresh(projectId: string) {
  revalidatePath(`/projects/${projectId}`, "layout");
  revalidatePath("/");
}

export const reviewClaimAction = formAction(async (user, formData) => {
  const target = ids(formData);
  const { review, status } = await reviewClaim({
    userId: user.id,
    ...target,
    input: untrusted(fields(formData, "verdict", "rationale", "evidenceUrl", "citationId", "credibility", "claimRevision", "latestReviewId")),
    // The form always names the revision it showed, so that a verdict judges the words that were read.
    requireRevision: true,
  });
  refresh(target.projectId);
  // The reviewed claim has left the queue: what comes next, for the form to offer.
  const next = await nextInQueue({ userId: user.id, projectId: target.projectId });
  return {
    ok: true,
    message: `Review saved: the claim is now ${VERDICT_LABELS[status as keyof typeof VERDICT_LABELS].toLowerCase()}.`,
    data: { latestReviewId: review.id, ...(next ? { nextClaimId: next.id } : {}) },
  };
});

export const submitClaimAction = formAction(async (user, formData) => {
  const target = ids(formData);
  await submitClaim({ userId: user.id, ...target });
  refresh(target.projectId);
  return { ok: true, message: "Submitted for review." };
});

export const withdrawClaimAction = formAction(async (user, formData) => {
  const target = ids(formData);
  await withdrawClaim({ userId: user.id, ...target });
  refresh(target.projectId);
  return { ok: true, message: "Withdrawn: the claim is a draft again." };
});

export const assignClaimAction = formAction(async (user, formData) => {
  const target = ids(formData);
  const { assigneeId } = fields(formData, "assigneeId");
  const { assignee } = await assignClaims({ userId: user.id, projectId: target.projectId, input: { claimIds: [target.claimId], assigneeId } });
  refresh(target.projectId);
  return { ok: true, message: assignee ? `Assigned to ${assignee.name}.` : "The claim has no reviewer now." };
});

export const passBackClaimAction = formAction(async (user, formData) => {
  const target = ids(formData);
  await passBackClaim({ userId: user.id, ...target, input: untrusted(fields(formData, "comment")) });
  refresh(target.projectId);
  return { ok: true, message: "Passed back to the author with your comment." };
});

export const relateClaimAction = formAction(async (user, formData) => {
  const target = ids(formData);
  const relation = await relateClaims({ userId: user.id, ...target, input: untrusted(fields(formData, "targetId", "kind", "note")) });
  refresh(target.projectId);
  return { ok: true, message: `Related: this claim ${relation.kind} the other.`, data: { relationId: relation.id } };
});

export const unrelateClaimAction = formAction(async (user, formData) => {
  const target = ids(formData);
  const { relationId } = fields(formData, "relationId");
  await unrelateClaims({ userId: user.id, ...target, relationId: relationId ?? "" });
  refresh(target.projectId);
  return { ok: true, message: "Link removed." };
});

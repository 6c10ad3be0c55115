"use server";

import { revalidatePath } from "next/cache";
import { untrusted } from "@/lib/validation";
import { changedFields, fields, formAction, formRevision } from "@/lib/actions/form-action";
import { bulkUpdateClaims } from "@/lib/claims/bulk-update-claims";
import { createClaim } from "@/lib/claims/create-claim";
import { deleteClaim } from "@/lib/claims/delete-claim";
import { updateClaim } from "@/lib/claims/update-claim";

const CLAIM_FIELDS = ["paraphrase", "note", "credibility", "credibilityRationale"] as const;

function claimInput(formData: FormData) {
  const marking = formData.get("marking");
  return {
    ...fields(formData, ...CLAIM_FIELDS),
    // Sent only by a form with the marking select; "Unmarked" is the empty choice.
    ...(typeof marking === "string" ? { marking: marking || null } : {}),
    themeIds: formData.getAll("themeIds").filter((v): v is string => typeof v === "string"),
    citationIds: formData.getAll("citationIds").filter((v): v is string => typeof v === "string"),
  };
}

export const createClaimAction = formAction(async (user, formData) => {
  const { projectId, sourceId, start, end, submit } = fields(formData, "projectId", "sourceId", "start", "end", "submit");
  const claim = await createClaim({
    userId: user.id,
    projectId: projectId ?? "",
    input: untrusted({ ...claimInput(formData), sourceId, start, end, submit }),
  });
  revalidatePath(`/projects/${projectId}`, "layout");
  return { ok: true, message: claim.status === "IN_REVIEW" ? "Claim submitted for review." : "Claim saved as a draft.", data: { claimId: claim.id } };
});

export const updateClaimAction = formAction(async (user, formData) => {
  const { projectId, claimId } = fields(formData, "projectId", "claimId");
  const claim = await updateClaim({ userId: user.id, projectId: projectId ?? "", claimId: claimId ?? "", input: untrusted(changedFields(formData, claimInput(formData))), expectedRevision: formRevision(formData) });
  revalidatePath(`/projects/${projectId}`, "layout");
  return { ok: true, message: claim.status === "IN_REVIEW" ? "Saved. The claim goes back to review." : "Claim saved." };
});

/** The claim page's marking select: only the marking is sent, based on the revision the page showed. */
export const updateClaimMarkingAction = formAction(async (user, formData) => {
  const { projectId, claimId, marking } = fields(formData, "projectId", "claimId", "marking");
  await updateClaim({ userId: user.id, projectId: projectId ?? "", claimId: claimId ?? "", input: untrusted({ marking: marking || null }), expectedRevision: formRevision(formData) });
  revalidatePath(`/projects/${projectId}`, "layout");
  return { ok: true, message: "Marking saved." };
});

export const deleteClaimAction = formAction(async (user, formData) => {
  const { projectId, claimId } = fields(formData, "projectId", "claimId");
  await deleteClaim({ userId: user.id, projectId: projectId ?? "", claimId: claimId ?? "" });
  revalidatePath(`/projects/${projectId}`, "layout");
  return { ok: true, message: "Claim deleted." };
});

export const bulkClaimsAction = formAction(async (user, formData) => {
  const { projectId, operation, themeId, assigneeId } = fields(formData, "projectId", "operation", "themeId", "assigneeId");
  const claimIds = formData.getAll("claimIds").filter((v): v is string => typeof v === "string");
  const revisions = Object.fromEntries(claimIds.map((id) => [id, formData.get(`revision.${id}`)]).filter(([, revision]) => typeof revision === "string" && revision));
  const { changed, skipped } = await bulkUpdateClaims({
    userId: user.id,
    projectId: projectId ?? "",
    input: untrusted({ claimIds, operation, themeId, assigneeId, revisions }),
  });
  revalidatePath(`/projects/${projectId}`, "layout");
  if (operation === "assign") revalidatePath("/");
  const plural = (n: number) => `${n} claim${n === 1 ? "" : "s"}`;
  const left = skipped.length ? ` ${plural(skipped.length)} changed by someone since you loaded the board ${skipped.length === 1 ? "was" : "were"} left alone; look again and retry.` : "";
  return { ok: true, message: `${plural(changed)} changed.${left}` };
});

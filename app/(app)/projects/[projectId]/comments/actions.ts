"use server";

import { revalidatePath } from "next/cache";
import { untrusted } from "@/lib/validation";
import { fields, formAction, formRevision } from "@/lib/actions/form-action";
import { createComment } from "@/lib/comments/create-comment";
import { deleteComment } from "@/lib/comments/delete-comment";
import { updateComment } from "@/lib/comments/update-comment";

/** The page that shows the discussion: the claim page, or the brief's. */
function revalidateDiscussion(projectId: string, on: { claimId: string | null; briefId: string | null }) {
  if (on.claimId) revalidatePath(`/projects/${projectId}/claims/${on.claimId}`);
  if (on.briefId) revalidatePath(`/projects/${projectId}/briefs/${on.briefId}`);
}

export const createCommentAction = formAction(async (user, formData) => {
  const { projectId = "", claimId, briefId, body, parentId } = fields(formData, "projectId", "claimId", "briefId", "body", "parentId");
  const comment = await createComment({ userId: user.id, projectId, claimId, briefId, input: untrusted({ body, parentId }) });
  revalidateDiscussion(projectId, comment);
  return { ok: true, message: comment.parentId ? "Reply posted." : "Comment posted.", data: { commentId: comment.id } };
});

export const updateCommentAction = formAction(async (user, formData) => {
  const { projectId = "", commentId = "", body } = fields(formData, "projectId", "commentId", "body");
  const comment = await updateComment({ userId: user.id, projectId, commentId, input: untrusted({ body }), expectedRevision: formRevision(formData) });
  revalidateDiscussion(projectId, comment);
  return { ok: true, message: "Comment saved." };
});

export const deleteCommentAction = formAction(async (user, formData) => {
  const { projectId = "", commentId = "" } = fields(formData, "projectId", "commentId");
  const comment = await deleteComment({ userId: user.id, projectId, commentId });
  revalidateDiscussion(projectId, comment);
  return { ok: true, message: "Comment deleted." };
});

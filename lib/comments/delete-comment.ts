import "server-only";
import { checkRevision } from "@/lib/revisions/check-revision";
import { recordActivity } from "@/lib/activity/record-activity";
import { can } from "@/lib/authz/permissions";
import { db } from "@/lib/db";
import { forbidden } from "@/lib/errors";
import { requireComment } from "./require-comment";

/**
 * Deletes a comment softly: its text and mentions go, the row stays as
 * "Comment deleted" so its replies keep their thread and links to it still
 * land somewhere. Its author may delete it, and a project owner any comment.
 * The text stays only in the activity trail.
 */
export async function deleteComment(options: { userId: string; projectId: string; commentId: string; expectedRevision?: number }) {
  const { userId, projectId } = options;
  return db.$transaction(async (tx) => {
    const { access, comment } = await requireComment(tx, options);
    if (comment.authorId !== userId && !can(access.role, "comment.moderate")) {
      throw forbidden("Only its author or a project owner can delete a comment.");
    }
    await checkRevision(tx, { objectType: "Comment", objectId: comment.id, label: "This comment", current: comment.revision, expected: options.expectedRevision });
    await tx.commentMention.deleteMany({ where: { commentId: comment.id } });
    await tx.comment.update({ where: { id: comment.id }, data: { body: "", deletedAt: new Date() } });
    await recordActivity(tx, {
      projectId,
      actorId: userId,
      action: "comment.delete",
      objectType: "Comment",
      objectId: comment.id,
      before: { body: comment.body, authorId: comment.authorId, claimId: comment.claimId, briefId: comment.briefId },
    });
    return { id: comment.id, claimId: comment.claimId, briefId: comment.briefId };
  });
}

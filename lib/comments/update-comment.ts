import "server-only";
import { recordActivity } from "@/lib/activity/record-activity";
import { db } from "@/lib/db";
import { forbidden } from "@/lib/errors";
import { notify } from "@/lib/notifications/notify";
import { checkRevision } from "@/lib/revisions/check-revision";
import { lockRow } from "@/lib/revisions/lock-row";
import { parseInput, type Input } from "@/lib/validation";
import { checkMentions } from "./check-mentions";
import { requireComment } from "./require-comment";
import { updateCommentSchema } from "./schemas";

/**
 * Edits one's own comment. updatedAt moves, which is how the thread shows
 * "edited". Members newly mentioned by the edit are notified; the ones
 * already mentioned are not told twice.
 */
export async function updateComment(options: { userId: string; projectId: string; commentId: string; input: Input<typeof updateCommentSchema>; expectedRevision?: number }) {
  const input = parseInput(updateCommentSchema, options.input);
  const { userId, projectId } = options;
  return db.$transaction(async (tx) => {
    // Two edits of one comment run in turn, the second checking the revision the first wrote.
    await lockRow(tx, "Comment", { id: options.commentId, projectId });
    const { comment } = await requireComment(tx, options);
    if (comment.authorId !== userId) throw forbidden("Only its author can edit a comment.");
    await checkRevision(tx, { objectType: "Comment", objectId: comment.id, label: "This comment", current: comment.revision, expected: options.expectedRevision });
    const mentionedIds = await checkMentions(tx, { projectId, body: input.body });
    const select = { id: true, claimId: true, briefId: true, parentId: true, body: true, revision: true, createdAt: true, updatedAt: true } as const;
    if (input.body === comment.body) return tx.comment.findUniqueOrThrow({ where: { id: comment.id }, select });

    const before = comment.mentions.map((m) => m.userId);
    await tx.commentMention.deleteMany({ where: { commentId: comment.id } });
    const updated = await tx.comment.update({
      where: { id: comment.id },
      data: { body: input.body, revision: { increment: 1 }, mentions: { create: mentionedIds.map((id) => ({ userId: id })) } },
      select,
    });
    await recordActivity(tx, {
      projectId,
      actorId: userId,
      action: "comment.update",
      objectType: "Comment",
      objectId: comment.id,
      before: { body: comment.body, claimId: comment.claimId, briefId: comment.briefId },
      after: { body: input.body, claimId: comment.claimId, briefId: comment.briefId, mentionedIds },
    });
    const added = mentionedIds.filter((id) => !before.includes(id));
    await notify(tx, { projectId, actorId: userId, type: "comment.mention", objectType: "Comment", objectId: comment.id, recipientIds: added });
    return updated;
  });
}

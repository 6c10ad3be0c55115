import "server-only";
import { recordActivity } from "@/lib/activity/record-activity";
import { requireProjectAccess } from "@/lib/authz/require-project-access";
import { db } from "@/lib/db";
import { invalid, notFound } from "@/lib/errors";
import { notify } from "@/lib/notifications/notify";
import { parseInput, type Input } from "@/lib/validation";
import { checkMentions } from "./check-mentions";
import { requireCommentTarget, type CommentTargetInput } from "./require-comment-target";
import { createCommentSchema } from "./schemas";

/**
 * Comments on a claim (or a brief), or replies to a comment on it. Threads
 * are one level deep: a reply to a reply joins its top-level comment. The
 * mentioned members hear of it ("comment.mention"); for a reply, so do the
 * author of the comment answered, the thread's starter and the claim's
 * author ("comment.reply") — each person once, a mention taking precedence.
 */
export async function createComment(options: { userId: string; projectId: string; input: Input<typeof createCommentSchema> } & CommentTargetInput) {
  const input = parseInput(createCommentSchema, options.input);
  const { userId, projectId } = options;
  return db.$transaction(async (tx) => {
    await requireProjectAccess({ userId, projectId, action: "comment.create", tx });
    const target = await requireCommentTarget(tx, { projectId, claimId: options.claimId, briefId: options.briefId });

    let parent: { id: string; authorId: string; threadAuthorId: string } | null = null;
    if (input.parentId) {
      const answered = await tx.comment.findFirst({
        where: { id: input.parentId, projectId, claimId: target.claimId, briefId: target.briefId },
        select: { id: true, authorId: true, deletedAt: true, parent: { select: { id: true, authorId: true } } },
      });
      if (!answered) throw notFound("The comment you replied to");
      if (answered.deletedAt) throw invalid("That comment was deleted; reply to the thread instead.", { parentId: ["That comment was deleted."] });
      const top = answered.parent ?? answered;
      parent = { id: top.id, authorId: answered.authorId, threadAuthorId: top.authorId };
    }

    const mentionedIds = await checkMentions(tx, { projectId, body: input.body });
    const now = new Date();
    const comment = await tx.comment.create({
      data: {
        projectId,
        claimId: target.claimId,
        briefId: target.briefId,
        parentId: parent?.id ?? null,
        authorId: userId,
        body: input.body,
        // Equal on creation, so a later edit is exactly "updatedAt after createdAt".
        createdAt: now,
        updatedAt: now,
        mentions: { create: mentionedIds.map((id) => ({ userId: id })) },
      },
      select: { id: true, parentId: true, claimId: true, briefId: true, createdAt: true },
    });
    await recordActivity(tx, {
      projectId,
      actorId: userId,
      action: "comment.create",
      objectType: "Comment",
      objectId: comment.id,
      after: { body: input.body, claimId: target.claimId, briefId: target.briefId, parentId: comment.parentId, mentionedIds },
    });
    const base = { projectId, actorId: userId, objectType: "Comment", objectId: comment.id };
    await notify(tx, { ...base, type: "comment.mention", recipientIds: mentionedIds });
    if (parent) {
      const mentioned = new Set(mentionedIds);
      const replyTo = [parent.authorId, parent.threadAuthorId, target.authorId].filter((id) => !mentioned.has(id));
      await notify(tx, { ...base, type: "comment.reply", recipientIds: replyTo });
    }
    return comment;
  });
}

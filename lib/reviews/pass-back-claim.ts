import "server-only";
import { recordActivity } from "@/lib/activity/record-activity";
import { requireProjectAccess } from "@/lib/authz/require-project-access";
import { lockClaims } from "@/lib/claims/lock-claim";
import { db } from "@/lib/db";
import { conflict, notFound } from "@/lib/errors";
import { notify } from "@/lib/notifications/notify";
import { parseInput, type Input } from "@/lib/validation";
import { passBackSchema } from "./schemas";

/**
 * The assignee hands a claim back without a verdict — it is outside their
 * field, the quote is unclear — saying why in a comment on the claim. The
 * claim leaves their queue and keeps its status; its author is notified.
 */
export async function passBackClaim(options: { userId: string; projectId: string; claimId: string; input: Input<typeof passBackSchema> }) {
  const input = parseInput(passBackSchema, options.input);
  const { userId, projectId, claimId } = options;
  return db.$transaction(async (tx) => {
    await requireProjectAccess({ userId, projectId, action: "claim.review", tx });
    const locked = await lockClaims(tx, { projectId, claimIds: [claimId] });
    if (!locked.has(claimId)) throw notFound("Claim");
    const claim = await tx.claim.findUniqueOrThrow({ where: { id: claimId }, select: { id: true, authorId: true, assigneeId: true, paraphrase: true } });
    if (claim.assigneeId !== userId) throw conflict("Only the reviewer this claim is assigned to can pass it back.");

    const comment = await tx.comment.create({ data: { projectId, claimId, authorId: userId, body: input.comment }, select: { id: true } });
    await tx.claim.update({ where: { id: claimId }, data: { assigneeId: null } });
    await recordActivity(tx, {
      projectId,
      actorId: userId,
      action: "claim.pass_back",
      objectType: "Claim",
      objectId: claimId,
      before: { assigneeId: userId },
      after: { assigneeId: null, commentId: comment.id, comment: input.comment, paraphrase: claim.paraphrase },
    });
    await notify(tx, { recipientIds: [claim.authorId], projectId, actorId: userId, type: "claim.passed_back", objectType: "Claim", objectId: claimId });
    return { commentId: comment.id };
  });
}

import "server-only";
import { recordActivity } from "@/lib/activity/record-activity";
import { requireProjectAccess } from "@/lib/authz/require-project-access";
import { lockClaims } from "@/lib/claims/lock-claim";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";

/** Removes a relation of the claim, whichever way round it was recorded. */
export async function unrelateClaims(options: { userId: string; projectId: string; claimId: string; relationId: string }) {
  const { userId, projectId, claimId, relationId } = options;
  await db.$transaction(async (tx) => {
    await requireProjectAccess({ userId, projectId, action: "claim.relate", tx });
    const relation = await tx.claimRelation.findFirst({
      where: { id: relationId, projectId, OR: [{ fromId: claimId }, { toId: claimId }] },
      select: { id: true, fromId: true, toId: true, kind: true, note: true, from: { select: { paraphrase: true } }, to: { select: { paraphrase: true } } },
    });
    if (!relation) throw notFound("Relation");
    await lockClaims(tx, { projectId, claimIds: [relation.fromId, relation.toId] });
    const deleted = await tx.claimRelation.deleteMany({ where: { id: relation.id } });
    // Someone else removed it while this request waited for the locks.
    if (deleted.count === 0) throw notFound("Relation");
    const [own, other] = relation.fromId === claimId ? [relation.from, relation.to] : [relation.to, relation.from];
    await recordActivity(tx, {
      projectId,
      actorId: userId,
      action: "claim.unrelate",
      objectType: "Claim",
      objectId: claimId,
      before: {
        relationId: relation.id,
        kind: relation.kind,
        targetId: relation.fromId === claimId ? relation.toId : relation.fromId,
        paraphrase: own.paraphrase,
        targetParaphrase: other.paraphrase,
        note: relation.note,
      },
    });
  });
}

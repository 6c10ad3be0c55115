import "server-only";
import { recordActivity } from "@/lib/activity/record-activity";
import { requireProjectAccess } from "@/lib/authz/require-project-access";
import { lockClaims } from "@/lib/claims/lock-claim";
import { db } from "@/lib/db";
import { AppError, invalid, notFound } from "@/lib/errors";
import { parseInput, type Input } from "@/lib/validation";
import { kindName, RELATION_KINDS, relateClaimsSchema } from "./schemas";

/**
 * Records how one claim bears on another: it corroborates, contradicts or
 * duplicates it. A pair is related once, whichever way round: both claims are
 * locked before the check, so two people relating the same pair at once (in
 * either order) get one relation and one refusal.
 */
export async function relateClaims(options: { userId: string; projectId: string; claimId: string; input: Input<typeof relateClaimsSchema> }) {
  const input = parseInput(relateClaimsSchema, options.input);
  const { userId, projectId, claimId } = options;
  return db.$transaction(async (tx) => {
    await requireProjectAccess({ userId, projectId, action: "claim.relate", tx });
    if (input.targetId === claimId) throw invalid("A claim cannot be related to itself.", { targetId: ["Choose another claim."] });
    const found = await lockClaims(tx, { projectId, claimIds: [claimId, input.targetId] });
    if (!found.has(claimId)) throw notFound("Claim");
    if (!found.has(input.targetId)) throw notFound("The claim to relate");
    const existing = await tx.claimRelation.findFirst({
      where: { projectId, OR: [{ fromId: claimId, toId: input.targetId }, { fromId: input.targetId, toId: claimId }] },
      select: { id: true, kind: true },
    });
    if (existing) {
      const message = `These claims are already related: one ${kindName(existing.kind)} the other. Remove that link first to change it.`;
      throw new AppError("conflict", message, { fieldErrors: { targetId: [message] }, details: { relationId: existing.id, kind: kindName(existing.kind) } });
    }
    const relation = await tx.claimRelation.create({
      data: { projectId, fromId: claimId, toId: input.targetId, kind: RELATION_KINDS[input.kind], note: input.note, createdById: userId },
      select: { id: true, fromId: true, toId: true, kind: true, note: true, createdAt: true, from: { select: { paraphrase: true } }, to: { select: { paraphrase: true } } },
    });
    await recordActivity(tx, {
      projectId,
      actorId: userId,
      action: "claim.relate",
      objectType: "Claim",
      objectId: claimId,
      after: { relationId: relation.id, kind: relation.kind, targetId: input.targetId, paraphrase: relation.from.paraphrase, targetParaphrase: relation.to.paraphrase, note: input.note },
    });
    return { id: relation.id, fromId: relation.fromId, toId: relation.toId, kind: kindName(relation.kind), note: relation.note, createdAt: relation.createdAt };
  });
}

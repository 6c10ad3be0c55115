import "server-only";
import { recordActivity } from "@/lib/activity/record-activity";
import { lockClaims } from "@/lib/claims/lock-claim";
import { requireEditableClaim } from "@/lib/claims/require-claim";
import { db } from "@/lib/db";
import { conflict } from "@/lib/errors";
import { routeReviews } from "./route-review";
import { nextStatus, refusal } from "./transitions";

/**
 * Moves a claim along the status machine on behalf of its author (or an
 * owner): submit for review, or withdraw back to draft. An illegal move is a
 * conflict that changes nothing. The assignee stays: a resubmitted claim goes
 * back to the same reviewer; a claim without one gets one by the project's
 * review policy.
 */
export async function moveClaim(options: { userId: string; projectId: string; claimId: string }, move: "submit" | "withdraw") {
  return db.$transaction(async (tx) => {
    await lockClaims(tx, { projectId: options.projectId, claimIds: [options.claimId] });
    const claim = await requireEditableClaim(tx, options);
    const status = nextStatus(claim.status, move);
    if (!status) throw conflict(refusal(claim.status, move));
    const updated = await tx.claim.update({ where: { id: claim.id }, data: { status }, select: { id: true, status: true, assigneeId: true } });
    await recordActivity(tx, {
      projectId: options.projectId,
      actorId: options.userId,
      action: move === "submit" ? "claim.submit" : "claim.withdraw",
      objectType: "Claim",
      objectId: claim.id,
      before: { status: claim.status },
      after: { status, paraphrase: claim.paraphrase },
    });
    if (move === "submit" && updated.assigneeId === null) {
      await routeReviews(tx, { projectId: options.projectId, actorId: options.userId, claimIds: [claim.id] });
      return tx.claim.findUniqueOrThrow({ where: { id: claim.id }, select: { id: true, status: true, assigneeId: true } });
    }
    return updated;
  });
}

import "server-only";
import { recordActivity } from "@/lib/activity/record-activity";
import { db } from "@/lib/db";
import { checkRevision } from "@/lib/revisions/check-revision";
import { lockClaims } from "./lock-claim";
import { requireEditableClaim } from "./require-claim";

/** Deletes a claim; with `expectedRevision`, only if nobody changed it since that revision. */
export async function deleteClaim(options: { userId: string; projectId: string; claimId: string; expectedRevision?: number }) {
  return db.$transaction(async (tx) => {
    await lockClaims(tx, { projectId: options.projectId, claimIds: [options.claimId] });
    const claim = await requireEditableClaim(tx, options);
    await checkRevision(tx, { objectType: "Claim", objectId: claim.id, label: "This claim", current: claim.revision, expected: options.expectedRevision });
    await tx.claim.delete({ where: { id: claim.id } });
    await recordActivity(tx, {
      projectId: options.projectId,
      actorId: options.userId,
      action: "claim.delete",
      objectType: "Claim",
      objectId: claim.id,
      before: { exact: claim.exact, paraphrase: claim.paraphrase, status: claim.status, sourceId: claim.sourceId },
    });
  });
}

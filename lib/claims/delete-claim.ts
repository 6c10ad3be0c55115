import "server-only";
import { recordActivity } from "@/lib/activity/record-activity";
import { db } from "@/lib/db";
import { requireEditableClaim } from "./require-claim";

export async function deleteClaim(options: { userId: string; projectId: string; claimId: string }) {
  return db.$transaction(async (tx) => {
    const claim = await requireEditableClaim(tx, options);
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

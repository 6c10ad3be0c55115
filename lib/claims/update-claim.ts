import "server-only";
import { recordActivity } from "@/lib/activity/record-activity";
import { db } from "@/lib/db";
import { checkMarking } from "@/lib/markings/instance-markings";
import { parseInput, type Input } from "@/lib/validation";
import { nextStatus } from "@/lib/reviews/transitions";
import { checkClaimLinks } from "./check-links";
import { claimChanges } from "./claim-changes";
import { lockClaims } from "./lock-claim";
import { requireEditableClaim } from "./require-claim";
import { checkRevision } from "@/lib/revisions/check-revision";
import { updateClaimSchema } from "./schemas";

/**
 * Edits a claim, keeping its previous state as a ClaimVersion. The fields
 * sent change and the others keep their values, read under the row lock, so
 * two edits of different fields both persist. An edit based on an older
 * revision (`expectedRevision`: a form's hidden field, the API's If-Match) is
 * refused with who changed it and what changed.
 * Changing what a reviewed claim says (paraphrase or citations) sends it back
 * to review; its marking does not.
 */
export async function updateClaim(options: { userId: string; projectId: string; claimId: string; input: Input<typeof updateClaimSchema>; expectedRevision?: number }) {
  const changes = parseInput(updateClaimSchema, options.input);
  return db.$transaction(async (tx) => {
    // A review running at the same time must not have its verdict overwritten by a stale status.
    await lockClaims(tx, { projectId: options.projectId, claimIds: [options.claimId] });
    const claim = await requireEditableClaim(tx, options);
    const expected = options.expectedRevision;
    await checkRevision(tx, {
      objectType: "Claim",
      objectId: claim.id,
      label: "This claim",
      current: claim.revision,
      expected,
      changes: () => claimChanges(tx, { claimId: claim.id, since: expected! }),
    });
    const input = {
      paraphrase: changes.paraphrase ?? claim.paraphrase,
      note: changes.note ?? claim.note,
      credibility: changes.credibility ?? claim.credibility,
      themeIds: changes.themeIds ?? claim.themes.map((t) => t.themeId),
      citationIds: changes.citationIds ?? claim.citations.map((c) => c.citationId),
    };
    await checkClaimLinks(tx, { projectId: options.projectId, sourceId: claim.sourceId, themeIds: input.themeIds, citationIds: input.citationIds });
    const before = {
      paraphrase: claim.paraphrase,
      note: claim.note,
      credibility: claim.credibility,
      themeIds: claim.themes.map((t) => t.themeId),
      citationIds: claim.citations.map((c) => c.citationId),
    };
    const substance =
      before.paraphrase !== input.paraphrase || [...before.citationIds].sort().join() !== [...input.citationIds].sort().join();
    // A marking kept as it was stays valid even if the instance's list no longer holds it.
    const marking = changes.marking === undefined || changes.marking === claim.marking ? claim.marking : checkMarking(changes.marking);
    const unchanged =
      !substance &&
      before.note === input.note &&
      before.credibility === input.credibility &&
      before.themeIds.join() === input.themeIds.join() &&
      marking === claim.marking;
    if (unchanged) return { id: claim.id, status: claim.status, revision: claim.revision };
    const status = nextStatus(claim.status, "edit", substance);

    await tx.claimVersion.create({
      data: { claimId: claim.id, revision: claim.revision, exact: claim.exact, status: claim.status, editorId: options.userId, ...before },
    });
    await tx.claimTheme.deleteMany({ where: { claimId: claim.id } });
    await tx.claimCitation.deleteMany({ where: { claimId: claim.id } });
    const updated = await tx.claim.update({
      where: { id: claim.id },
      data: {
        paraphrase: input.paraphrase,
        note: input.note,
        credibility: input.credibility,
        marking,
        status,
        revision: { increment: 1 },
        themes: { create: input.themeIds.map((themeId, position) => ({ themeId, position })) },
        citations: { create: input.citationIds.map((citationId) => ({ citationId })) },
      },
      select: { id: true, status: true, revision: true },
    });
    await recordActivity(tx, {
      projectId: options.projectId,
      actorId: options.userId,
      action: "claim.update",
      objectType: "Claim",
      objectId: claim.id,
      before: { ...before, status: claim.status, marking: claim.marking },
      after: { ...input, status, marking },
    });
    return updated;
  });
}

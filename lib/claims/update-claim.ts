import "server-only";
import { recordActivity } from "@/lib/activity/record-activity";
import { db } from "@/lib/db";
import { checkMarking } from "@/lib/markings/instance-markings";
import { parseInput, type Input } from "@/lib/validation";
import { nextStatus } from "@/lib/reviews/transitions";
import { checkClaimLinks } from "./check-links";
import { claimChanges } from "./claim-changes";
import { checkCredibilityRule } from "./credibility-rule";
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
 * to review; its marking does not. Credibility 1 needs two independent
 * origins, or an owner's rationale, recorded in the activity.
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
    const citationsChanged = [...before.citationIds].sort().join() !== [...input.citationIds].sort().join();
    const substance = before.paraphrase !== input.paraphrase || citationsChanged;
    // The rule is checked when credibility 1 is set, when what it rests on changes, or when an owner writes a rationale.
    const recheck = input.credibility !== before.credibility || citationsChanged || changes.credibilityRationale !== undefined;
    const override = recheck
      ? await checkCredibilityRule(tx, {
          userId: options.userId,
          projectId: options.projectId,
          claimId: claim.id,
          sourceId: claim.sourceId,
          citationIds: input.citationIds,
          credibility: input.credibility,
          rationale: changes.credibilityRationale,
        })
      : { credibilityRationale: claim.credibilityRationale, credibilityOverriddenById: claim.credibilityOverriddenById };
    const overrideChanged = override.credibilityRationale !== claim.credibilityRationale;
    // A marking kept as it was stays valid even if the instance's list no longer holds it.
    const marking = changes.marking === undefined || changes.marking === claim.marking ? claim.marking : checkMarking(changes.marking);
    const unchanged =
      !substance &&
      before.note === input.note &&
      before.credibility === input.credibility &&
      before.themeIds.join() === input.themeIds.join() &&
      !overrideChanged &&
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
        ...override,
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
      before: { ...before, status: claim.status, marking: claim.marking, credibilityRationale: claim.credibilityRationale },
      after: { ...input, status, marking, credibilityRationale: override.credibilityRationale },
    });
    if (overrideChanged && override.credibilityRationale) {
      await recordActivity(tx, {
        projectId: options.projectId,
        actorId: options.userId,
        action: "claim.credibility_override",
        objectType: "Claim",
        objectId: claim.id,
        after: { paraphrase: input.paraphrase, credibility: 1, rationale: override.credibilityRationale },
      });
    }
    return updated;
  });
}

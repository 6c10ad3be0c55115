import "server-only";
import { recordActivity } from "@/lib/activity/record-activity";
import { requireProjectAccess } from "@/lib/authz/require-project-access";
import { db } from "@/lib/db";
import { invalid, notFound } from "@/lib/errors";
import { parseInput, type Input } from "@/lib/validation";
import { routeReviews } from "@/lib/reviews/route-review";
import { AnchorError, describeRange } from "./anchoring";
import { checkClaimLinks } from "./check-links";
import { checkCredibilityRule } from "./credibility-rule";
import { createClaimSchema } from "./schemas";

/**
 * Turns a selection of a source's current text into a claim, anchored by
 * quote, context and position, tagged and linked to the footnotes it relies on.
 * Credibility 1 needs two independent origins, or an owner's rationale.
 */
export async function createClaim(options: { userId: string; projectId: string; input: Input<typeof createClaimSchema> }) {
  const input = parseInput(createClaimSchema, options.input);
  const { userId, projectId } = options;
  return db.$transaction(async (tx) => {
    await requireProjectAccess({ userId, projectId, action: "claim.create", tx });
    const source = await tx.source.findFirst({ where: { id: input.sourceId, projectId }, select: { id: true, body: true, version: true } });
    if (!source) throw notFound("Source");
    let anchor;
    try {
      anchor = describeRange(source.body, input.start, input.end);
    } catch (error) {
      if (error instanceof AnchorError) throw invalid(error.message, { selection: [error.message] });
      throw error;
    }
    await checkClaimLinks(tx, { projectId, sourceId: source.id, themeIds: input.themeIds, citationIds: input.citationIds });
    const override = await checkCredibilityRule(tx, {
      userId,
      projectId,
      sourceId: source.id,
      citationIds: input.citationIds,
      credibility: input.credibility,
      rationale: input.credibilityRationale,
    });
    const claim = await tx.claim.create({
      data: {
        projectId,
        sourceId: source.id,
        sourceVersion: source.version,
        ...anchor,
        paraphrase: input.paraphrase,
        note: input.note,
        credibility: input.credibility,
        ...override,
        status: input.submit ? "IN_REVIEW" : "DRAFT",
        authorId: userId,
        themes: { create: input.themeIds.map((themeId, position) => ({ themeId, position })) },
        citations: { create: input.citationIds.map((citationId) => ({ citationId })) },
      },
      select: { id: true, status: true, start: true, end: true, exact: true },
    });
    await recordActivity(tx, {
      projectId,
      actorId: userId,
      action: "claim.create",
      objectType: "Claim",
      objectId: claim.id,
      after: { exact: anchor.exact, paraphrase: input.paraphrase, status: claim.status, themeIds: input.themeIds, credibility: input.credibility, ...override },
    });
    if (override.credibilityRationale) {
      await recordActivity(tx, {
        projectId,
        actorId: userId,
        action: "claim.credibility_override",
        objectType: "Claim",
        objectId: claim.id,
        after: { paraphrase: input.paraphrase, credibility: 1, rationale: override.credibilityRationale },
      });
    }
    if (claim.status === "IN_REVIEW") await routeReviews(tx, { projectId, actorId: userId, claimIds: [claim.id] });
    return claim;
  });
}

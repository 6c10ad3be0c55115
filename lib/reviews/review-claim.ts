import "server-only";
import { recordActivity } from "@/lib/activity/record-activity";
import { requireProjectAccess } from "@/lib/authz/require-project-access";
import { lockClaims } from "@/lib/claims/lock-claim";
import { db } from "@/lib/db";
import { AppError, conflict, forbidden, invalid, notFound } from "@/lib/errors";
import type { ReviewVerdict } from "@/lib/generated/prisma/enums";
import { notify } from "@/lib/notifications/notify";
import { parseInput, type Input } from "@/lib/validation";
import { checkRevision } from "@/lib/revisions/check-revision";
import { claimChanges } from "@/lib/claims/claim-changes";
import { disputedMessage } from "@/lib/impact/messages";
import { recordClaimImpact } from "@/lib/impact/record-impact";
import { reviewClaimSchema, VERDICT_LABELS } from "./schemas";
import { hiddenVerdictClaimIds } from "./blind-review";
import { nextStatus, refusal } from "./transitions";

/** A verdict refused because another came first: whose, and which, with the latest review's id to name on a second try. */
function reviewedMeanwhile(latest: { id: string; verdict: ReviewVerdict; reviewerId: string; reviewer: { name: string } } | null, userId: string, blind: boolean) {
  if (!latest) return conflict("The reviews of this claim are not the ones you saw. Reload the claim before reviewing it.");
  const who = latest.reviewerId === userId ? "You" : latest.reviewer.name;
  // Under blind review the verdict stays hidden until the reviewer has given theirs.
  const message = blind
    ? `${who} reviewed this claim since you opened it (blind review: you will read it once you have given your verdict). Save yours again to add it.`
    : `${who} reviewed this claim since you opened it: ${VERDICT_LABELS[latest.verdict].toLowerCase()}. Read that review in the claim's history; save yours again to add your verdict.`;
  return new AppError("conflict", message, { details: { latestReviewId: latest.id } });
}

/**
 * Records a verdict on a claim, with its rationale, and sets the claim's
 * status to it. Nobody reviews their own claim. The claim row is locked
 * first, so concurrent reviews of one claim run in turn: every review is
 * kept, in the order they took effect, and the status is the last verdict.
 * The reviewer becomes the claim's reviewer of record (its assignee), so an
 * edit that sends it back to review returns it to their queue. With
 * `claimRevision` (the review form always sends it), a verdict on words the
 * reviewer did not read is refused, with what changed since; with
 * `latestReviewId`, so is a verdict on a claim someone reviewed meanwhile.
 */
export async function reviewClaim(options: { userId: string; projectId: string; claimId: string; input: Input<typeof reviewClaimSchema>; requireRevision?: boolean }) {
  const input = parseInput(reviewClaimSchema, options.input);
  const { userId, projectId, claimId } = options;
  return db.$transaction(async (tx) => {
    await requireProjectAccess({ userId, projectId, action: "claim.review", tx });
    const locked = await lockClaims(tx, { projectId, claimIds: [claimId] });
    if (!locked.has(claimId)) throw notFound("Claim");
    const claim = await tx.claim.findUniqueOrThrow({
      where: { id: claimId },
      select: { id: true, status: true, revision: true, authorId: true, sourceId: true, paraphrase: true, assigneeId: true },
    });
    await checkRevision(tx, {
      objectType: "Claim",
      objectId: claimId,
      label: "This claim",
      current: claim.revision,
      expected: input.claimRevision,
      changes: () => claimChanges(tx, { claimId, since: input.claimRevision! }),
    });
    if (claim.authorId === userId) throw forbidden("You wrote this claim, so someone else must review it.");
    if (options.requireRevision && input.claimRevision === undefined) throw invalid("Reload the claim before reviewing it: the review must name the revision you read.");
    // The latest review: the one the reviewer must have seen, and the one a new review follows.
    const latest = await tx.review.findFirst({
      where: { claimId },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      select: { id: true, createdAt: true, verdict: true, reviewerId: true, reviewer: { select: { name: true } } },
    });
    if (input.latestReviewId !== undefined && input.latestReviewId !== (latest?.id ?? "")) {
      const blind = (await hiddenVerdictClaimIds(tx, { userId, projectId, claimIds: [claimId] })).has(claimId);
      throw reviewedMeanwhile(latest, userId, blind);
    }
    const status = nextStatus(claim.status, "review", input.verdict);
    if (!status) throw conflict(refusal(claim.status, "review"));
    if (input.citationId) {
      const citation = await tx.citation.findFirst({ where: { id: input.citationId, sourceId: claim.sourceId }, select: { id: true } });
      if (!citation) {
        const message = "Choose one of the footnotes of this claim's source.";
        throw invalid(message, { citationId: [message] });
      }
    }
    // Timestamps follow the lock order, even when the transactions began the other way round.
    const createdAt = new Date(Math.max(Date.now(), (latest?.createdAt.getTime() ?? 0) + 1));

    const review = await tx.review.create({
      data: {
        claimId,
        reviewerId: userId,
        verdict: input.verdict,
        rationale: input.rationale,
        evidenceUrl: input.evidenceUrl,
        citationId: input.citationId,
        credibility: input.credibility,
        claimRevision: claim.revision,
        createdAt,
      },
      select: { id: true, verdict: true, rationale: true, evidenceUrl: true, citationId: true, credibility: true, claimRevision: true, createdAt: true },
    });
    await tx.claim.update({ where: { id: claimId }, data: { status, assigneeId: userId } });
    await recordActivity(tx, {
      projectId,
      actorId: userId,
      action: "review.create",
      objectType: "Claim",
      objectId: claimId,
      before: { status: claim.status, assigneeId: claim.assigneeId },
      after: { status, reviewId: review.id, verdict: input.verdict, rationale: input.rationale, credibility: input.credibility, paraphrase: claim.paraphrase },
    });
    // About the review itself, so that the notification can name its verdict and quote its rationale.
    await notify(tx, { recipientIds: [claim.authorId], projectId, actorId: userId, type: "claim.reviewed", objectType: "Review", objectId: review.id });
    // A brief that cited the claim rests on something a reviewer now disputes.
    if (status === "DISPUTED" && claim.status !== "DISPUTED") {
      const message = disputedMessage(claim, input.rationale);
      await recordClaimImpact(tx, { projectId, actorId: userId, code: "CLAIM_DISPUTED", onClaim: false, claims: [{ id: claimId, authorId: claim.authorId, message }] });
    }
    return { review, status };
  });
}

import { can } from "@/lib/authz/permissions";
import type { Db, Tx } from "@/lib/db";
import type { ClaimStatus, MemberRole } from "@/lib/generated/prisma/enums";
import { canMove, REVIEWED_STATUSES, type ClaimMove } from "./transitions";

/**
 * Blind review, the one rule every reader of verdicts asks. With the project's blind review on, a member who may
 * review (claim.review) and has not yet given a verdict on a claim sees nobody else's verdict, rationale or grade
 * on it, so that their own is not anchored by what came first. The claim's author and members who cannot review
 * see them as usual, and so does a reviewer once they have given theirs.
 */
export function canSeeVerdicts(options: { blindReview: boolean; role: MemberRole; userId: string; authorId: string; reviewerIds: readonly string[] }): boolean {
  const { blindReview, role, userId, authorId, reviewerIds } = options;
  return !blindReview || !can(role, "claim.review") || userId === authorId || reviewerIds.includes(userId);
}

/** What a reader shows in place of a reviewed status whose verdict is hidden from the user. */
export const HIDDEN_VERDICT = "REVIEWED";
export type ShownStatus = ClaimStatus | typeof HIDDEN_VERDICT;

export const HIDDEN_VERDICT_LABEL = "Reviewed (verdict hidden until you review)";

/** A status as the user may see it: a verdict hidden from them reads "reviewed". */
export function shownStatus(status: ClaimStatus, verdictsHidden: boolean): ShownStatus {
  return verdictsHidden && REVIEWED_STATUSES.includes(status) ? HIDDEN_VERDICT : status;
}

/**
 * Whether a move is open from a status as the user sees it. A hidden verdict may be followed by the user's own;
 * any other move would tell which verdict it was (only a disputed claim can be resubmitted), so none is offered.
 */
export function canMoveShown(status: ShownStatus, move: Exclude<ClaimMove, "edit">): boolean {
  return status === HIDDEN_VERDICT ? move === "review" : canMove(status, move);
}

/**
 * The claims among `claimIds` (of one project) whose verdicts are hidden from the user: those with reviews by
 * others, none by the user, that canSeeVerdicts refuses. One query for the project and the user's role, one for
 * the claims; none when blind review is off.
 */
export async function hiddenVerdictClaimIds(client: Db | Tx, options: { userId: string; projectId: string; claimIds: readonly string[] }): Promise<Set<string>> {
  const { userId, projectId, claimIds } = options;
  if (claimIds.length === 0) return new Set();
  const project = await client.project.findUnique({
    where: { id: projectId },
    select: { blindReview: true, memberships: { where: { userId }, select: { role: true } } },
  });
  const role = project?.memberships[0]?.role;
  if (!project?.blindReview || !role || !can(role, "claim.review")) return new Set();
  const claims = await client.claim.findMany({
    where: { id: { in: [...claimIds] }, projectId, reviews: { some: {} } },
    select: { id: true, authorId: true, reviews: { where: { reviewerId: userId }, select: { reviewerId: true }, take: 1 } },
  });
  return new Set(
    claims
      .filter((claim) => !canSeeVerdicts({ blindReview: true, role, userId, authorId: claim.authorId, reviewerIds: claim.reviews.map((r) => r.reviewerId) }))
      .map((claim) => claim.id),
  );
}

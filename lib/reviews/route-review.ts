import "server-only";
import { recordActivity } from "@/lib/activity/record-activity";
import { can, ROLES } from "@/lib/authz/permissions";
import type { Tx } from "@/lib/db";
import type { MemberRole, ReviewPolicy } from "@/lib/generated/prisma/client";
import { notify } from "@/lib/notifications/notify";

const REVIEWING_ROLES = ROLES.filter((role) => can(role, "claim.review"));
const ROLE_RANK: Record<MemberRole, number> = { REVIEWER: 0, ANALYST: 1, OWNER: 2, VIEWER: 3 };

/** The members whose role may review, oldest member first (the claim's author is left out by the caller: four eyes). */
async function reviewersOf(tx: Tx, projectId: string) {
  const members = await tx.membership.findMany({
    where: { projectId, role: { in: REVIEWING_ROLES } },
    select: { userId: true, role: true, user: { select: { name: true } } },
    orderBy: [{ createdAt: "asc" }, { userId: "asc" }],
  });
  return members.map((m) => ({ id: m.userId, name: m.user.name, role: m.role }));
}

type Reviewer = Awaited<ReturnType<typeof reviewersOf>>[number];

/**
 * Picks reviewers by the project's policy (not the shared queue) for a run of claims, reading the project's
 * reviewers, their open claims and the last routed claim once, and keeping them up to date as it picks.
 * Fewest open: the eligible member with the fewest claims in review assigned to them; on a tie, a reviewer before an
 * analyst before an owner, then the longest-standing member. In turn: the eligible member after the one the last
 * routed claim went to. Null when nobody but the author may review.
 */
async function reviewerPicker(tx: Tx, projectId: string, policy: Exclude<ReviewPolicy, "SHARED_QUEUE">) {
  const reviewers = await reviewersOf(tx, projectId);
  if (policy === "FEWEST_OPEN") {
    const open = await tx.claim.groupBy({
      by: ["assigneeId"],
      where: { projectId, status: "IN_REVIEW", assigneeId: { in: reviewers.map((r) => r.id) } },
      _count: { _all: true },
    });
    const counts = new Map(open.map((o) => [o.assigneeId, o._count._all]));
    const rank = (r: Reviewer) => (counts.get(r.id) ?? 0) * 3 + ROLE_RANK[r.role];
    return (authorId: string): Reviewer | null => {
      const eligible = reviewers.filter((r) => r.id !== authorId);
      if (eligible.length === 0) return null;
      const best = eligible.reduce((chosen, r) => (rank(r) < rank(chosen) ? r : chosen));
      counts.set(best.id, (counts.get(best.id) ?? 0) + 1);
      return best;
    };
  }
  const last = await tx.activity.findFirst({
    where: { projectId, action: "claim.route" },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: { after: true },
  });
  let lastId = (last?.after as { assigneeId?: unknown } | null)?.assigneeId;
  return (authorId: string): Reviewer | null => {
    const from = reviewers.findIndex((r) => r.id === lastId);
    for (let step = 1; step <= reviewers.length; step++) {
      const next = reviewers[(from + step + reviewers.length) % reviewers.length]!;
      if (next.id === authorId) continue;
      lastId = next.id;
      return next;
    }
    return null;
  };
}

/**
 * Gives claims that were sent for review without a reviewer one, by the project's review policy, inside the
 * transaction that sent them (or that added a reviewer to the project). Each routed claim is in the activity trail
 * and its reviewer is notified. Routing is serialised per project, so two claims sent at once do not both go to
 * the same least-loaded reviewer. Answers how many claims found a reviewer.
 */
export async function routeReviews(tx: Tx, options: { projectId: string; actorId: string; claimIds: string[] }): Promise<number> {
  if (options.claimIds.length === 0) return 0;
  const { projectId, actorId } = options;
  // An advisory lock, not the project's row: inserting a claim holds a key-share lock on that row, so two claims
  // created at once would each wait for the other's row lock.
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('claimwork:review-routing'), hashtext(${projectId}))`;
  const project = await tx.project.findUniqueOrThrow({ where: { id: projectId }, select: { reviewPolicy: true } });
  if (project.reviewPolicy === "SHARED_QUEUE") return 0;
  const claims = await tx.claim.findMany({
    where: { id: { in: options.claimIds }, projectId, status: "IN_REVIEW", assigneeId: null },
    select: { id: true, authorId: true, paraphrase: true },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  });
  if (claims.length === 0) return 0;
  const pick = await reviewerPicker(tx, projectId, project.reviewPolicy);
  let routed = 0;
  for (const claim of claims) {
    const reviewer = pick(claim.authorId);
    if (!reviewer) continue;
    await tx.claim.update({ where: { id: claim.id }, data: { assigneeId: reviewer.id } });
    await recordActivity(tx, {
      projectId,
      actorId,
      action: "claim.route",
      objectType: "Claim",
      objectId: claim.id,
      before: { assigneeId: null },
      after: { assigneeId: reviewer.id, assigneeName: reviewer.name, policy: project.reviewPolicy, paraphrase: claim.paraphrase },
    });
    await notify(tx, { recipientIds: [reviewer.id], projectId, actorId, type: "claim.assigned", objectType: "Claim", objectId: claim.id });
    routed += 1;
  }
  return routed;
}

/** The project's claims in review that have no reviewer yet, oldest first: what a policy change or a new reviewer routes. */
export async function unroutedClaimIds(tx: Tx, projectId: string): Promise<string[]> {
  const claims = await tx.claim.findMany({ where: { projectId, status: "IN_REVIEW", assigneeId: null }, select: { id: true }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] });
  return claims.map((c) => c.id);
}

import { describe, expect, it } from "vitest";
import { bulkUpdateClaims } from "@/lib/claims/bulk-update-claims";
import { db } from "@/lib/db";
import { makeMember, makeUser } from "@/lib/factories";
import { changeMemberRole } from "@/lib/members/change-member-role";
import { updateProject } from "@/lib/projects/update-project";
import { expectAppError } from "@/lib/testing/expect-app-error";
import { setupReviews } from "@/lib/testing/review-setup";
import { untrusted } from "@/lib/validation";
import { assignClaims } from "./assign-claims";
import { listReviewQueue } from "./list-review-queue";
import { submitClaim } from "./submit-claim";

const assigneeOf = async (claimId: string) => (await db.claim.findUniqueOrThrow({ where: { id: claimId } })).assigneeId;

describe("review routing", () => {
  it("gives a claim sent for review to the eligible reviewer with the fewest open claims, never its author, and tells them", async () => {
    const { project, owner, analyst, reviewer, claimBy } = await setupReviews({ policy: "FEWEST_OPEN" });
    // A reviewer before an analyst before an owner on a tie; the author is never chosen.
    const first = await claimBy(analyst.id);
    expect(await assigneeOf(first.id)).toBe(reviewer.id);
    const second = await claimBy(analyst.id);
    expect(await assigneeOf(second.id)).toBe(owner.id);
    const third = await claimBy(owner.id);
    expect(await assigneeOf(third.id)).toBe(analyst.id);

    const told = await db.notification.findMany({ where: { projectId: project.id, type: "claim.assigned" }, orderBy: { createdAt: "asc" } });
    expect(told.map((n) => [n.userId, n.objectId, n.actorId])).toEqual([
      [reviewer.id, first.id, analyst.id],
      [owner.id, second.id, analyst.id],
      [analyst.id, third.id, owner.id],
    ]);
    const trail = await db.activity.findFirstOrThrow({ where: { objectId: first.id, action: "claim.route" } });
    expect(trail.after).toMatchObject({ assigneeId: reviewer.id, policy: "FEWEST_OPEN" });
    expect((await listReviewQueue({ userId: reviewer.id, projectId: project.id })).total).toBe(1);

    // A draft submitted later, alone or in bulk, is routed the same way; a claim that has a reviewer keeps them.
    const draft = await claimBy(analyst.id, { submit: false });
    await submitClaim({ userId: analyst.id, projectId: project.id, claimId: draft.id });
    expect(await assigneeOf(draft.id)).toBe(reviewer.id);
    const drafts = [await claimBy(owner.id, { submit: false }), await claimBy(owner.id, { submit: false })];
    await bulkUpdateClaims({ userId: owner.id, projectId: project.id, input: { operation: "submit", claimIds: drafts.map((d) => d.id) } });
    // Open now: reviewer 2, owner 1, analyst 1. The owner wrote these: the analyst, then (a tie at 2) the reviewer.
    expect(await Promise.all(drafts.map((d) => assigneeOf(d.id)))).toEqual([analyst.id, reviewer.id]);
  });

  it("gives claims to each eligible reviewer in turn", async () => {
    const { owner, analyst, reviewer, claimBy } = await setupReviews({ policy: "ROUND_ROBIN" });
    const claims = [];
    for (let i = 0; i < 4; i++) claims.push(await claimBy(analyst.id));
    // Members in the order they joined (owner, analyst, reviewer), skipping the author.
    expect(await Promise.all(claims.map((c) => assigneeOf(c.id)))).toEqual([owner.id, reviewer.id, owner.id, reviewer.id]);
    const byOwner = await claimBy(owner.id);
    expect(await assigneeOf(byOwner.id)).toBe(analyst.id);
  });

  it("keeps claims in a shared queue that any eligible reviewer may take, and routes them when the owner changes the policy", async () => {
    const { project, owner, analyst, reviewer, viewer, claimBy } = await setupReviews({ policy: "SHARED_QUEUE" });
    const waiting = [await claimBy(analyst.id), await claimBy(analyst.id)];
    expect(await Promise.all(waiting.map((c) => assigneeOf(c.id)))).toEqual([null, null]);
    expect(await listReviewQueue({ userId: reviewer.id, projectId: project.id, take: 0 })).toMatchObject({ total: 0, waiting: 2 });
    // The author and a viewer see nothing to take.
    expect((await listReviewQueue({ userId: analyst.id, take: 0 })).waiting).toBe(0);
    expect((await listReviewQueue({ userId: viewer.id, take: 0 })).waiting).toBe(0);

    await assignClaims({ userId: reviewer.id, projectId: project.id, input: { claimIds: [waiting[0]!.id], assigneeId: reviewer.id } });
    expect(await listReviewQueue({ userId: reviewer.id, projectId: project.id, take: 0 })).toMatchObject({ total: 1, waiting: 1 });

    // Only owners choose the policy, and only one of the three.
    await expectAppError(updateProject({ userId: analyst.id, projectId: project.id, input: { reviewPolicy: "ROUND_ROBIN" } }), "forbidden");
    const refused = await expectAppError(updateProject({ userId: owner.id, projectId: project.id, input: untrusted({ reviewPolicy: "BY_LOTTERY" }) }), "invalid");
    expect(refused.fieldErrors?.reviewPolicy).toEqual(["Choose how claims find a reviewer."]);
    await updateProject({ userId: owner.id, projectId: project.id, input: { reviewPolicy: "FEWEST_OPEN" } });
    expect(await assigneeOf(waiting[1]!.id)).toBe(owner.id);
  });

  it("gives a reviewer who joins, or may now review, their share of what waited for one", async () => {
    const { project, owner, viewer, claimBy } = await setupReviews({ policy: "FEWEST_OPEN" });
    // Nobody may review the owner's claims: the owner wrote them, and the others cannot review.
    await db.membership.deleteMany({ where: { projectId: project.id, role: { in: ["ANALYST", "REVIEWER"] } } });
    const claims = [await claimBy(owner.id), await claimBy(owner.id)];
    expect(await Promise.all(claims.map((c) => assigneeOf(c.id)))).toEqual([null, null]);

    const newcomer = await makeUser({ name: "Ben Kato" });
    await makeMember(project, owner, newcomer, "REVIEWER");
    expect(await Promise.all(claims.map((c) => assigneeOf(c.id)))).toEqual([newcomer.id, newcomer.id]);
    const told = await db.notification.findMany({ where: { userId: newcomer.id, type: "claim.assigned" } });
    expect(told.map((n) => n.actorId)).toEqual([owner.id, owner.id]);

    // A viewer made an analyst takes the next waiting claim in the same way.
    const later = await claimBy(owner.id);
    await db.claim.update({ where: { id: later.id }, data: { assigneeId: null } });
    await changeMemberRole({ userId: owner.id, projectId: project.id, memberId: viewer.id, input: { role: "ANALYST" } });
    expect(await assigneeOf(later.id)).toBe(viewer.id);
  });

  it("routes claims sent at once one after another: no deadlock, and the load stays even", async () => {
    const { project, owner, reviewer, analyst, claimBy } = await setupReviews({ policy: "FEWEST_OPEN" });
    const claims = await Promise.all(Array.from({ length: 6 }, () => claimBy(analyst.id)));
    const assignees = await Promise.all(claims.map((c) => assigneeOf(c.id)));
    expect(assignees.filter((id) => id === reviewer.id)).toHaveLength(3);
    expect(assignees.filter((id) => id === owner.id)).toHaveLength(3);
    expect(await db.activity.count({ where: { projectId: project.id, action: "claim.route" } })).toBe(6);
  });
});

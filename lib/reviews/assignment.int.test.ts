import { describe, expect, it } from "vitest";
import { bulkUpdateClaims } from "@/lib/claims/bulk-update-claims";
import { listClaims } from "@/lib/claims/list-claims";
import { db } from "@/lib/db";
import { makeMember, makeUser } from "@/lib/factories";
import { expectAppError } from "@/lib/testing/expect-app-error";
import { setupReviews } from "@/lib/testing/review-setup";
import { assignClaims } from "./assign-claims";
import { listReviewQueue } from "./list-review-queue";
import { passBackClaim } from "./pass-back-claim";
import { reviewClaim } from "./review-claim";

describe("assignment", () => {
  it("assigns claims to a reviewer, submits drafts, notifies the reviewer and fills their queue", async () => {
    const { project, analyst, reviewer, claimBy, statusOf } = await setupReviews();
    const draft = await claimBy(analyst.id, { submit: false });
    const inReview = await claimBy(analyst.id);
    const result = await assignClaims({ userId: analyst.id, projectId: project.id, input: { claimIds: [draft.id, inReview.id], assigneeId: reviewer.id } });
    expect(result.changed).toBe(2);
    expect(await statusOf(draft.id)).toBe("IN_REVIEW");
    const stored = await db.claim.findMany({ where: { id: { in: [draft.id, inReview.id] } } });
    expect(stored.map((c) => c.assigneeId)).toEqual([reviewer.id, reviewer.id]);

    const notes = await db.notification.findMany({ where: { userId: reviewer.id, type: "claim.assigned" } });
    expect(notes.map((n) => n.objectId).sort()).toEqual([draft.id, inReview.id].sort());
    const trail = await db.activity.findMany({ where: { objectId: draft.id, action: "claim.assign" } });
    expect(trail).toHaveLength(1);
    expect(trail[0]).toMatchObject({ before: { status: "DRAFT", assigneeId: null }, after: { status: "IN_REVIEW", assigneeId: reviewer.id } });

    // Assigning again to the same person changes nothing and notifies nobody.
    expect((await assignClaims({ userId: analyst.id, projectId: project.id, input: { claimIds: [draft.id], assigneeId: reviewer.id } })).changed).toBe(0);
    expect(await db.notification.count({ where: { userId: reviewer.id } })).toBe(2);

    const queue = await listReviewQueue({ userId: reviewer.id });
    expect(queue.total).toBe(2);
    expect(queue.claims.map((c) => c.id).sort()).toEqual([draft.id, inReview.id].sort());
    expect((await listReviewQueue({ userId: reviewer.id, projectId: project.id })).total).toBe(2);
    const board = await listClaims({ userId: reviewer.id, projectId: project.id, filters: { assignee: "me", status: "IN_REVIEW" } });
    expect(board.total).toBe(2);

    // Reviewed claims leave the queue.
    await reviewClaim({ userId: reviewer.id, projectId: project.id, claimId: draft.id, input: { verdict: "VERIFIED", rationale: "Matches the embassy." } });
    expect((await listReviewQueue({ userId: reviewer.id })).claims.map((c) => c.id)).toEqual([inReview.id]);
    expect((await listReviewQueue({ userId: analyst.id })).total).toBe(0);
  });

  it("refuses a reviewer who is not a member, may not review, or wrote a claim — naming it — and stores nothing", async () => {
    const { project, owner, analyst, reviewer, viewer, outsider, claimBy } = await setupReviews();
    const mine = await claimBy(analyst.id, { words: "Japan pledged a grant" });
    const theirs = await claimBy(owner.id);
    const attempt = (assigneeId: string, claimIds = [theirs.id, mine.id]) => assignClaims({ userId: owner.id, projectId: project.id, input: { claimIds, assigneeId } });

    const nonMember = await expectAppError(attempt(outsider.id), "invalid");
    expect(nonMember.fieldErrors?.assigneeId?.join(" ")).toMatch(/member of this project/);
    const notAReviewer = await expectAppError(attempt(viewer.id), "invalid");
    expect(notAReviewer.fieldErrors?.assigneeId?.join(" ")).toMatch(/viewer .* cannot review/);
    const author = await expectAppError(attempt(analyst.id), "invalid");
    expect(author.message).toBe(`${analyst.name} wrote the claim “Japan pledged a grant”, so someone else must review it.`);
    await expectAppError(attempt("no-such-user"), "invalid");

    // Someone else's draft may only be sent for review by its author or an owner.
    const draft = await claimBy(owner.id, { submit: false, words: "Wattay airport" });
    await expectAppError(assignClaims({ userId: reviewer.id, projectId: project.id, input: { claimIds: [draft.id], assigneeId: analyst.id } }), "forbidden");
    await expectAppError(assignClaims({ userId: viewer.id, projectId: project.id, input: { claimIds: [theirs.id], assigneeId: reviewer.id } }), "forbidden");

    const other = await setupReviews();
    const foreign = await other.claimBy(other.analyst.id);
    await expectAppError(assignClaims({ userId: owner.id, projectId: project.id, input: { claimIds: [theirs.id, foreign.id], assigneeId: reviewer.id } }), "not_found");
    await expectAppError(bulkUpdateClaims({ userId: owner.id, projectId: project.id, input: { claimIds: [foreign.id], operation: "assign", assigneeId: reviewer.id } }), "not_found");

    expect(await db.claim.count({ where: { projectId: project.id, assigneeId: { not: null } } })).toBe(0);
    expect(await db.claim.count({ where: { id: draft.id, status: "DRAFT" } })).toBe(1);
    expect(await db.notification.count({ where: { projectId: project.id } })).toBe(0);
    expect(await db.activity.count({ where: { projectId: project.id, action: "claim.assign" } })).toBe(0);
  });

  it("assigns and unassigns in bulk from the board", async () => {
    const { project, analyst, reviewer, claimBy } = await setupReviews();
    const a = await claimBy(analyst.id);
    const b = await claimBy(analyst.id, { words: "Japan pledged a grant" });
    expect(await bulkUpdateClaims({ userId: analyst.id, projectId: project.id, input: { claimIds: [a.id, b.id], operation: "assign", assigneeId: reviewer.id } })).toEqual({ changed: 2, skipped: [] });
    expect(await bulkUpdateClaims({ userId: reviewer.id, projectId: project.id, input: { claimIds: [a.id, b.id], operation: "assign", assigneeId: "" } })).toEqual({ changed: 2, skipped: [] });
    expect(await db.claim.count({ where: { id: { in: [a.id, b.id] }, assigneeId: null } })).toBe(2);
    expect(await db.activity.count({ where: { objectId: { in: [a.id, b.id] }, action: "claim.unassign" } })).toBe(2);
  });

  it("lets the assignee pass a claim back with a comment, and nobody else", async () => {
    const { project, analyst, reviewer, owner, viewer, claimBy, statusOf } = await setupReviews();
    const claim = await claimBy(analyst.id);
    await assignClaims({ userId: analyst.id, projectId: project.id, input: { claimIds: [claim.id], assigneeId: reviewer.id } });

    const empty = await expectAppError(passBackClaim({ userId: reviewer.id, projectId: project.id, claimId: claim.id, input: { comment: "  " } }), "invalid");
    expect(empty.fieldErrors?.comment?.join(" ")).toMatch(/Say why/);
    await expectAppError(passBackClaim({ userId: owner.id, projectId: project.id, claimId: claim.id, input: { comment: "Not mine" } }), "conflict");
    await expectAppError(passBackClaim({ userId: viewer.id, projectId: project.id, claimId: claim.id, input: { comment: "Not mine" } }), "forbidden");
    expect(await db.comment.count({ where: { claimId: claim.id } })).toBe(0);

    await passBackClaim({ userId: reviewer.id, projectId: project.id, claimId: claim.id, input: { comment: "Outside my field: energy, not FDI." } });
    const stored = await db.claim.findUniqueOrThrow({ where: { id: claim.id } });
    expect(stored.assigneeId).toBeNull();
    expect(await statusOf(claim.id)).toBe("IN_REVIEW");
    const comments = await db.comment.findMany({ where: { claimId: claim.id } });
    expect(comments.map((c) => [c.authorId, c.body, c.projectId])).toEqual([[reviewer.id, "Outside my field: energy, not FDI.", project.id]]);
    expect(await db.notification.count({ where: { userId: analyst.id, type: "claim.passed_back", objectId: claim.id } })).toBe(1);
    expect(await db.activity.count({ where: { objectId: claim.id, action: "claim.pass_back" } })).toBe(1);
    expect((await listReviewQueue({ userId: reviewer.id })).total).toBe(0);
  });

  it("drops a project the reviewer has left from their queue", async () => {
    const { project, owner, analyst, claimBy } = await setupReviews();
    const extra = await makeUser();
    await makeMember(project, owner, extra, "REVIEWER");
    const claim = await claimBy(analyst.id);
    await assignClaims({ userId: analyst.id, projectId: project.id, input: { claimIds: [claim.id], assigneeId: extra.id } });
    expect((await listReviewQueue({ userId: extra.id })).total).toBe(1);
    await db.membership.delete({ where: { projectId_userId: { projectId: project.id, userId: extra.id } } });
    expect((await listReviewQueue({ userId: extra.id })).total).toBe(0);
    await expectAppError(listReviewQueue({ userId: extra.id, projectId: project.id }), "not_found");
  });
});

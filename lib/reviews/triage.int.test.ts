import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { expectAppError } from "@/lib/testing/expect-app-error";
import { setupReviews } from "@/lib/testing/review-setup";
import { assignClaims } from "./assign-claims";
import { listReviewTriage } from "./list-review-triage";
import { nextInQueue } from "./next-in-queue";
import { reviewClaim } from "./review-claim";

const ids = (claims: { id: string }[]) => claims.map((c) => c.id);

describe("review triage", () => {
  it("lists the claims assigned to the reviewer, then those any reviewer may take, oldest first, and leaves out the rest", async () => {
    const { project, owner, analyst, reviewer, viewer, outsider, claimBy } = await setupReviews();
    const first = await claimBy(analyst.id, { words: "Japan pledged a grant" });
    const second = await claimBy(analyst.id);
    const waiting = await claimBy(analyst.id);
    const byOwner = await claimBy(owner.id);
    await claimBy(analyst.id, { submit: false });
    const assign = (claimId: string, assigneeId: string) => assignClaims({ userId: owner.id, projectId: project.id, input: { claimIds: [claimId], assigneeId } });
    await assign(first.id, reviewer.id);
    await assign(second.id, reviewer.id);
    const other = await setupReviews();
    await other.claimBy(other.analyst.id);

    const triage = await listReviewTriage({ userId: reviewer.id, projectId: project.id });
    expect(ids(triage.assigned)).toEqual([first.id, second.id]);
    // Not a draft, nothing of another project.
    expect(ids(triage.waiting)).toEqual([waiting.id, byOwner.id]);
    expect(triage).toMatchObject({ assignedTotal: 2, waitingTotal: 2 });
    expect(triage.assigned[0]).toMatchObject({ paraphrase: "Japan pledged a grant", author: { id: analyst.id }, source: { title: "Aid and airports" } });

    // The analyst may take the owner's claim, never their own (four eyes); a viewer may take nothing.
    expect(ids((await listReviewTriage({ userId: analyst.id, projectId: project.id })).waiting)).toEqual([byOwner.id]);
    expect(await listReviewTriage({ userId: viewer.id, projectId: project.id })).toMatchObject({ assigned: [], waiting: [], assignedTotal: 0, waitingTotal: 0 });
    await expectAppError(listReviewTriage({ userId: outsider.id, projectId: project.id }), "not_found");
  });

  it("names the next claim to review: the oldest assigned, then the oldest waiting, then none", async () => {
    const { project, owner, analyst, reviewer, outsider, claimBy } = await setupReviews();
    const waiting = await claimBy(analyst.id);
    const assigned = await claimBy(analyst.id, { words: "Japan pledged a grant" });
    await assignClaims({ userId: owner.id, projectId: project.id, input: { claimIds: [assigned.id], assigneeId: reviewer.id } });
    const review = (claimId: string) => reviewClaim({ userId: reviewer.id, projectId: project.id, claimId, input: { verdict: "VERIFIED", rationale: "Checked." } });

    expect(await nextInQueue({ userId: reviewer.id, projectId: project.id })).toEqual({ id: assigned.id });
    await review(assigned.id);
    expect(await nextInQueue({ userId: reviewer.id, projectId: project.id })).toEqual({ id: waiting.id });
    await review(waiting.id);
    expect(await nextInQueue({ userId: reviewer.id, projectId: project.id })).toBeNull();
    await expectAppError(nextInQueue({ userId: outsider.id, projectId: project.id }), "not_found");
  });

  it("refuses a verdict on a claim someone reviewed since the reviewer opened it, naming theirs, and takes it on a second try", async () => {
    const { project, owner, analyst, reviewer, claimBy, statusOf } = await setupReviews();
    const claim = await claimBy(analyst.id);
    const opened = { verdict: "DISPUTED" as const, rationale: "Reuters disagrees.", latestReviewId: "" };

    await reviewClaim({ userId: owner.id, projectId: project.id, claimId: claim.id, input: { verdict: "VERIFIED", rationale: "Matches the embassy.", latestReviewId: "" } });
    const theirs = await db.review.findFirstOrThrow({ where: { claimId: claim.id } });
    const stale = await expectAppError(reviewClaim({ userId: reviewer.id, projectId: project.id, claimId: claim.id, input: opened }), "conflict");
    expect(stale.message).toBe(`${owner.name} reviewed this claim since you opened it: verified. Read that review in the claim's history; save yours again to add your verdict.`);
    expect(stale.details).toEqual({ latestReviewId: theirs.id });
    expect(await db.review.count({ where: { claimId: claim.id } })).toBe(1);
    expect(await statusOf(claim.id)).toBe("VERIFIED");
    await expectAppError(reviewClaim({ userId: reviewer.id, projectId: project.id, claimId: claim.id, input: { ...opened, latestReviewId: "no-such-review" } }), "conflict");

    // Having seen it, the reviewer gives a second opinion.
    await reviewClaim({ userId: reviewer.id, projectId: project.id, claimId: claim.id, input: { ...opened, latestReviewId: theirs.id } });
    expect(await statusOf(claim.id)).toBe("DISPUTED");
    // The author is refused whatever they saw; another project's claim is not found.
    const own = await expectAppError(reviewClaim({ userId: analyst.id, projectId: project.id, claimId: claim.id, input: opened }), "forbidden");
    expect(own.message).toBe("You wrote this claim, so someone else must review it.");
    const other = await setupReviews();
    const foreign = await other.claimBy(other.analyst.id);
    await expectAppError(reviewClaim({ userId: reviewer.id, projectId: project.id, claimId: foreign.id, input: opened }), "not_found");
    expect(await db.review.count({ where: { claimId: foreign.id } })).toBe(0);
  });
});

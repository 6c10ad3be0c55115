import { describe, expect, it } from "vitest";
import * as claimRoute from "@/app/api/v1/projects/[projectId]/claims/[claimId]/route";
import * as reviewsRoute from "@/app/api/v1/projects/[projectId]/claims/[claimId]/reviews/route";
import * as projectRoute from "@/app/api/v1/projects/[projectId]/route";
import { listActivity } from "@/lib/activity/list-activity";
import { getClaim } from "@/lib/claims/get-claim";
import { getClaimHistory } from "@/lib/claims/get-claim-history";
import { db } from "@/lib/db";
import { makeMember, makeUser } from "@/lib/factories";
import { updateProject } from "@/lib/projects/update-project";
import { callRoute } from "@/lib/testing/api-call";
import { expectAppError } from "@/lib/testing/expect-app-error";
import { setupReviews } from "@/lib/testing/review-setup";
import { createApiToken } from "@/lib/tokens/create-api-token";
import { latestReviewId } from "./latest-review";
import { listReviews } from "./list-reviews";
import { reviewClaim } from "./review-claim";

const tokenOf = async (user: { id: string }) => (await createApiToken({ userId: user.id, input: { name: "test" } })).token!;

describe("a reviewer's credibility grade", () => {
  it("is stored with the verdict, optional, shown in the history and the list, and refused out of 1–6", async () => {
    const { project, analyst, reviewer, owner, claimBy } = await setupReviews();
    const claim = await claimBy(analyst.id);
    const ids = { projectId: project.id, claimId: claim.id };
    await reviewClaim({ userId: reviewer.id, ...ids, input: { verdict: "VERIFIED", rationale: "Checked.", credibility: "2" } });
    await reviewClaim({ userId: owner.id, ...ids, input: { verdict: "VERIFIED", rationale: "Agreed.", credibility: "" } });
    const stored = await db.review.findMany({ where: { claimId: claim.id }, orderBy: { createdAt: "asc" } });
    expect(stored.map((r) => r.credibility)).toEqual([2, null]);
    const history = await getClaimHistory({ userId: analyst.id, ...ids });
    expect(history.filter((i) => i.kind === "review").map((i) => i.kind === "review" && i.credibility)).toEqual([null, 2]);
    expect((await listReviews({ userId: analyst.id, ...ids })).reviews.map((r) => r.credibility)).toEqual([2, null]);

    for (const credibility of ["7", "0", "2.5", "two"]) {
      const error = await expectAppError(reviewClaim({ userId: reviewer.id, ...ids, input: { verdict: "VERIFIED", rationale: "x", credibility } }), "invalid");
      expect(error.fieldErrors?.credibility).toEqual(["Grade the claim's credibility from 1 to 6, or leave it blank."]);
    }
    const token = await tokenOf(reviewer);
    const refused = await callRoute(reviewsRoute.POST, { token, params: ids, body: { verdict: "DISPUTED", rationale: "No.", credibility: 9 } });
    expect(refused.status).toBe(400);
    expect(refused.json.error?.fields?.credibility).toBeDefined();
    const created = await callRoute(reviewsRoute.POST, { token, params: ids, body: { verdict: "DISPUTED", rationale: "No.", credibility: 5 } });
    expect(created).toMatchObject({ status: 201, json: { review: { credibility: 5 } } });
    expect(await db.review.count({ where: { claimId: claim.id } })).toBe(3);
  });
});

describe("blind review", () => {
  it("is set by owners only, through the operation and PATCH, and recorded in the trail", async () => {
    const { project, owner, analyst, reviewer } = await setupReviews();
    await expectAppError(updateProject({ userId: analyst.id, projectId: project.id, input: { blindReview: true } }), "forbidden");
    const forbidden = await callRoute(projectRoute.PATCH, { token: await tokenOf(reviewer), params: { projectId: project.id }, method: "PATCH", body: { blindReview: true } });
    expect(forbidden.status).toBe(403);
    const bad = await callRoute(projectRoute.PATCH, { token: await tokenOf(owner), params: { projectId: project.id }, method: "PATCH", body: { blindReview: "yes" } });
    expect(bad.status).toBe(400);
    expect((await db.project.findUniqueOrThrow({ where: { id: project.id } })).blindReview).toBe(false);

    const patched = await callRoute(projectRoute.PATCH, { token: await tokenOf(owner), params: { projectId: project.id }, method: "PATCH", body: { blindReview: true } });
    expect(patched).toMatchObject({ status: 200, json: { project: { blindReview: true, reviewPolicy: "SHARED_QUEUE" } } });
    const row = await db.project.findUniqueOrThrow({ where: { id: project.id } });
    expect(row.blindReview).toBe(true);
    const trail = await db.activity.findFirstOrThrow({ where: { projectId: project.id, action: "project.update" }, orderBy: { createdAt: "desc" } });
    expect(trail).toMatchObject({ actorId: owner.id, before: { blindReview: false }, after: { blindReview: true } });
    const listed = await listActivity({ userId: owner.id, projectId: project.id });
    expect(listed.items.some((item) => item.action === "project.update")).toBe(true);

    const other = await setupReviews();
    const foreign = await callRoute(projectRoute.PATCH, { token: await tokenOf(owner), params: { projectId: other.project.id }, method: "PATCH", body: { blindReview: true } });
    expect(foreign.status).toBe(404);
    expect((await db.project.findUniqueOrThrow({ where: { id: other.project.id } })).blindReview).toBe(false);
  });

  it("hides others' verdicts from a reviewer until they give theirs, in every reader; author and viewer see them", async () => {
    const { project, owner, analyst, reviewer, viewer, claimBy } = await setupReviews();
    const second = await makeUser();
    await makeMember(project, owner, second, "REVIEWER");
    await updateProject({ userId: owner.id, projectId: project.id, input: { blindReview: true } });
    const claim = await claimBy(analyst.id);
    const ids = { projectId: project.id, claimId: claim.id };
    // The second reviewer opens the claim before anyone has reviewed it.
    const openedBefore = latestReviewId(await getClaimHistory({ userId: second.id, ...ids }));
    expect(openedBefore).toBe("");
    const first = await reviewClaim({ userId: reviewer.id, ...ids, input: { verdict: "DISPUTED", rationale: "Reuters says otherwise.", credibility: 4 } });

    // The owner may review and has not: nothing of the verdict reaches them.
    const history = await getClaimHistory({ userId: owner.id, ...ids });
    expect(history.filter((i) => i.kind === "review")).toEqual([]);
    expect(history.find((i) => i.kind === "hidden")).toMatchObject({ kind: "hidden", count: 1, id: first.review.id });
    expect(JSON.stringify(history)).not.toMatch(/Reuters|Disputed|DISPUTED/);
    const read = await getClaim({ userId: owner.id, ...ids });
    expect(read).toMatchObject({ status: "REVIEWED", verdictsHidden: true });
    expect(read.versions.every((v) => v.status !== "DISPUTED")).toBe(true);
    expect(await listReviews({ userId: owner.id, ...ids })).toEqual({ reviews: [], hidden: 1 });
    const activity = await listActivity({ userId: owner.id, projectId: project.id });
    expect(activity.items.map((i) => i.action)).not.toContain("review.create");
    const ownerToken = await tokenOf(owner);
    expect((await callRoute(reviewsRoute.GET, { token: ownerToken, params: ids })).json).toEqual({ reviews: [], hidden: 1 });
    const apiClaim = await callRoute(claimRoute.GET, { token: ownerToken, params: ids });
    expect(apiClaim.json).toMatchObject({ claim: { status: "REVIEWED", verdictsHidden: true } });
    expect(apiClaim.text).not.toContain("DISPUTED");

    // The author, a viewer and the reviewer who gave it read it as usual.
    for (const user of [analyst, viewer, reviewer]) {
      const seen = await listReviews({ userId: user.id, ...ids });
      expect(seen).toMatchObject({ hidden: 0, reviews: [{ verdict: "DISPUTED", rationale: "Reuters says otherwise.", credibility: 4 }] });
      expect(await getClaim({ userId: user.id, ...ids })).toMatchObject({ status: "DISPUTED", verdictsHidden: false });
      expect((await getClaimHistory({ userId: user.id, ...ids })).some((i) => i.kind === "review" && i.verdict === "DISPUTED")).toBe(true);
      expect((await listActivity({ userId: user.id, projectId: project.id })).items.map((i) => i.action)).toContain("review.create");
    }

    // A verdict given meanwhile is named without its verdict to one who has not reviewed.
    const meanwhile = await expectAppError(
      reviewClaim({ userId: second.id, ...ids, input: { verdict: "VERIFIED", rationale: "Fine.", latestReviewId: openedBefore } }),
      "conflict",
    );
    expect(meanwhile.message).toContain("blind review");
    expect(meanwhile.message.toLowerCase()).not.toContain("disputed");

    // The owner reviews on what the hidden entry names, then reads both.
    await reviewClaim({ userId: owner.id, ...ids, input: { verdict: "VERIFIED", rationale: "The embassy confirms it.", latestReviewId: latestReviewId(history) } });
    const after = await listReviews({ userId: owner.id, ...ids });
    expect(after.reviews.map((r) => r.verdict)).toEqual(["DISPUTED", "VERIFIED"]);
    expect(await getClaim({ userId: owner.id, ...ids })).toMatchObject({ status: "VERIFIED", verdictsHidden: false });
    expect((await getClaimHistory({ userId: owner.id, ...ids })).some((i) => i.kind === "hidden")).toBe(false);
    // The second reviewer now sees two hidden reviews.
    expect((await getClaimHistory({ userId: second.id, ...ids })).find((i) => i.kind === "hidden")).toMatchObject({ count: 2 });

    // Off again: everyone reads everything.
    await updateProject({ userId: owner.id, projectId: project.id, input: { blindReview: false } });
    expect((await listReviews({ userId: second.id, ...ids })).reviews).toHaveLength(2);
  });
});

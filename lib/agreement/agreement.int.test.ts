import { describe, expect, it } from "vitest";
import * as agreementRoute from "@/app/api/v1/projects/[projectId]/agreement/route";
import { makeMember, makeUser } from "@/lib/factories";
import { reviewClaim } from "@/lib/reviews/review-claim";
import { callRoute } from "@/lib/testing/api-call";
import { expectAppError } from "@/lib/testing/expect-app-error";
import { setupReviews } from "@/lib/testing/review-setup";
import { createApiToken } from "@/lib/tokens/create-api-token";
import { getAgreement } from "./get-agreement";

const tokenOf = async (user: { id: string }) => (await createApiToken({ userId: user.id, input: { name: "test" } })).token!;

describe("agreement between reviewers", () => {
  it("computes α and κ from the project's reviews, each reviewer's latest counting once, for any member, in JSON and CSV", async () => {
    const team = await setupReviews();
    const { project, owner, analyst, reviewer, viewer, outsider, claimBy } = team;
    const third = await makeUser({ name: "Zed Third" });
    await makeMember(project, owner, third, "REVIEWER");
    const [c1, c2, c3, c4] = [await claimBy(analyst.id), await claimBy(analyst.id), await claimBy(analyst.id), await claimBy(analyst.id)];
    const review = (user: { id: string }, claim: { id: string }, verdict: "VERIFIED" | "DISPUTED" | "NEEDS_EVIDENCE", credibility?: number) =>
      reviewClaim({ userId: user.id, projectId: project.id, claimId: claim.id, input: { verdict, rationale: "Checked.", ...(credibility ? { credibility } : {}) } });
    // c1: owner V(2), reviewer V(2). c2: owner V(2), reviewer D(4), third D(3).
    // c3: reviewer N(5), third N(6), then reviewer D without a grade: reviewer's latest is D, ungraded.
    // c4: owner D, reviewer D, no grades.
    await review(owner, c1!, "VERIFIED", 2);
    await review(reviewer, c1!, "VERIFIED", 2);
    await review(owner, c2!, "VERIFIED", 2);
    await review(reviewer, c2!, "DISPUTED", 4);
    await review(third, c2!, "DISPUTED", 3);
    await review(reviewer, c3!, "NEEDS_EVIDENCE", 5);
    await review(third, c3!, "NEEDS_EVIDENCE", 6);
    await review(reviewer, c3!, "DISPUTED");
    await review(owner, c4!, "DISPUTED");
    await review(reviewer, c4!, "DISPUTED");

    const agreement = await getAgreement({ userId: viewer.id, projectId: project.id });
    // Verdicts: c1 (V V), c2 (V D D), c3 (D N), c4 (D D).
    //   o_VV = 2; c2 weighted 1/2: o_VD = o_DV = 1, o_DD = 1; c3: o_DN = o_ND = 1; c4: o_DD += 2.
    //   n_V = 3, n_D = 1 + 1 + 1 + 2 = 5, n_N = 1, n = 9. Observed off-diagonal: 4.
    //   Expected Σ_{c≠k} n_c n_k = 81 − (9 + 25 + 1) = 46. α = 1 − 8 · 4 / 46 = 7/23 ≈ 0.304.
    expect(agreement.verdict.units).toBe(4);
    expect(agreement.verdict.alpha).toBeCloseTo(7 / 23, 10);
    // Grades: c1 (2 2), c2 (2 4 3); c3 keeps one grade (third's 6; reviewer's latest has none), c4 none.
    //   o_22 = 2; c2 weighted 1/2: o_23 = o_32 = o_24 = o_42 = o_34 = o_43 = 1/2. n_2 = 3, n_3 = 1, n_4 = 1, n = 5.
    //   δ²_23 = (4 − 2)² = 4, δ²_34 = (2 − 1)² = 1, δ²_24 = (5 − 2)² = 9.
    //   Observed: 2 · (4 + 9 + 1) / 2 = 14. Expected: 2 · (3·1·4 + 3·1·9 + 1·1·1) = 80. α = 1 − 4 · 14 / 80 = 0.3.
    expect(agreement.credibility.units).toBe(2);
    expect(agreement.credibility.alpha).toBeCloseTo(0.3, 10);
    // owner–reviewer: c1 V V, c2 V D, c4 D D: p_o = 2/3; owner V 2 D 1, reviewer V 1 D 2: p_e = (2 + 2)/9.
    //   κ = (6/9 − 4/9) / (5/9) = 0.4.
    // reviewer–third: c2 D D, c3 D N: p_o = 1/2; reviewer D 2, third D 1 N 1: p_e = 2/4. κ = 0.
    // owner–third: c2 only: undefined.
    const pair = (a: string, b: string) => agreement.pairs.find((p) => [p.a.id, p.b.id].sort().join() === [a, b].sort().join());
    expect(agreement.pairs).toHaveLength(3);
    expect(pair(owner.id, reviewer.id)).toMatchObject({ claims: 3 });
    expect(pair(owner.id, reviewer.id)!.kappa).toBeCloseTo(0.4, 10);
    expect(pair(reviewer.id, third.id)).toMatchObject({ kappa: 0, claims: 2 });
    expect(pair(owner.id, third.id)).toMatchObject({ kappa: null, claims: 1 });
    expect(pair(owner.id, third.id)!.b).toEqual({ id: third.id, name: "Zed Third" });

    const token = await tokenOf(viewer);
    const json = await callRoute(agreementRoute.GET, { token, params: { projectId: project.id } });
    expect(json.status).toBe(200);
    expect(json.json).toMatchObject({ verdict: { units: 4 }, credibility: { alpha: expect.closeTo(0.3, 10), units: 2 } });
    expect(JSON.parse(json.text).pairs).toHaveLength(3);
    const csv = await callRoute(agreementRoute.GET, { token, params: { projectId: project.id }, search: "?format=csv" });
    expect(csv.type).toContain("text/csv");
    const lines = csv.text.trim().split("\n");
    expect(lines.slice(0, 3)).toEqual([
      "measure,statistic,reviewer_a,reviewer_b,value,claims",
      "verdict,krippendorff_alpha_nominal,,,0.304,4",
      "credibility,krippendorff_alpha_ordinal,,,0.300,2",
    ]);
    expect(lines.slice(3)).toHaveLength(3);
    expect(lines.find((l) => l.includes("Zed Third") && l.endsWith(",1"))).toMatch(/,,1$/);

    // Another project's members learn nothing.
    await expectAppError(getAgreement({ userId: outsider.id, projectId: project.id }), "not_found");
    const foreign = await callRoute(agreementRoute.GET, { token: await tokenOf(outsider), params: { projectId: project.id } });
    expect(foreign.status).toBe(404);
  });

  it("has no figures for a project without shared reviews", async () => {
    const { project, analyst, reviewer, claimBy } = await setupReviews();
    const claim = await claimBy(analyst.id);
    await reviewClaim({ userId: reviewer.id, projectId: project.id, claimId: claim.id, input: { verdict: "VERIFIED", rationale: "ok" } });
    expect(await getAgreement({ userId: analyst.id, projectId: project.id })).toEqual({
      verdict: { alpha: null, units: 0 },
      credibility: { alpha: null, units: 0 },
      pairs: [],
    });
  });
});

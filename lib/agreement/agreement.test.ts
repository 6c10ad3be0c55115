import { describe, expect, it } from "vitest";
import { computeAgreement, readAlpha, type RatedReview } from "./agreement";

const at = (minute: number) => new Date(Date.UTC(2025, 0, 1, 0, minute));
const review = (claimId: string, reviewerId: string, minute: number, verdict: string, credibility: number | null = null): RatedReview => ({
  claimId,
  reviewerId,
  createdAt: at(minute),
  verdict,
  credibility,
});

describe("agreement over a project's reviews", () => {
  it("counts each reviewer's latest review once per claim, grades from that review, and pairs reviewers over shared claims", () => {
    const result = computeAgreement([
      // c1: a changed their mind from D to V; only V counts. b says V.
      review("c1", "a", 1, "DISPUTED", 4),
      review("c1", "a", 5, "VERIFIED", 2),
      review("c1", "b", 2, "VERIFIED", 2),
      // c2: a V, b D, c D.
      review("c2", "a", 3, "VERIFIED", 2),
      review("c2", "b", 4, "DISPUTED", 3),
      review("c2", "c", 6, "DISPUTED", null),
      // c3: one reviewer only: not a unit.
      review("c3", "c", 7, "NEEDS_EVIDENCE", 5),
    ]);
    // Verdict units: c1 (V V), c2 (V D D). o_VV = 2 (c1) + 0; c2 weights 1/2: o_VD = o_DV = 1, o_DD = 1.
    // n_V = 2 + 1 = 3, n_D = 1 + 1 = 2, n = 5. α = 1 − 4 · 2 / (2 · 3 · 2) = 1 − 8/12 = 1/3.
    expect(result.verdict.units).toBe(2);
    expect(result.verdict.alpha).toBeCloseTo(1 / 3, 10);
    // Grade units: c1 (2 2), c2 (2 3; c gave none). o_22 = 2, o_23 = o_32 = 1: n_2 = 3, n_3 = 1, n = 4.
    // δ²_23 = (4 − 2)² = 4. α = 1 − 3 · (2 · 4) / (2 · 3 · 1 · 4) = 1 − 24/24 = 0.
    expect(result.credibility.units).toBe(2);
    expect(result.credibility.alpha).toBeCloseTo(0, 10);
    // a–b share c1 (V V) and c2 (V D): p_o = 1/2, a: V 2; b: V 1, D 1: p_e = (2·1)/4 = 1/2 → 1 − p_e ≠ 0, κ = 0.
    // a–c share c2 only: null. b–c share c2 only: null.
    expect(result.pairs).toEqual([
      { a: "a", b: "b", kappa: 0, claims: 2 },
      { a: "a", b: "c", kappa: null, claims: 1 },
      { a: "b", b: "c", kappa: null, claims: 1 },
    ]);
  });

  it("has no units and no pairs without reviews", () => {
    expect(computeAgreement([])).toEqual({ verdict: { alpha: null, units: 0, values: 0 }, credibility: { alpha: null, units: 0, values: 0 }, pairs: [] });
  });

  it("reads α as Krippendorff does", () => {
    expect(readAlpha(0.8)).toBe("reliable");
    expect(readAlpha(0.7999)).toBe("tentative");
    expect(readAlpha(0.667)).toBe("tentative");
    expect(readAlpha(0.6)).toBe("unreliable");
    expect(readAlpha(null)).toBe("undefined");
  });
});

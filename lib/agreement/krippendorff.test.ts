import { describe, expect, it } from "vitest";
import { krippendorffAlpha } from "./krippendorff";

describe("Krippendorff's alpha", () => {
  it("nominal, 3 coders × 4 units, worked by hand through the coincidence matrix", () => {
    // u1: V V V   six ordered V–V pairs, each weighted 1/(3−1)        → o_VV += 3
    // u2: V V D   V–V ×2, V–D ×2, D–V ×2, weighted 1/2                → o_VV += 1, o_VD += 1, o_DV += 1
    // u3: D D D                                                      → o_DD += 3
    // u4: V N     (third coder silent) V–N, N–V, weighted 1/(2−1)     → o_VN += 1, o_NV += 1
    // n_V = 4 + 1 + 1 = 6, n_D = 1 + 3 = 4, n_N = 1, n = 11.
    // Observed: Σ_{c≠k} o_ck = 4. Expected: Σ_{c≠k} n_c n_k = n² − Σ n_c² = 121 − (36 + 16 + 1) = 68.
    // α = 1 − (n − 1) · 4 / 68 = 1 − 40/68 = 7/17 ≈ 0.4118.
    const result = krippendorffAlpha(
      [
        ["V", "V", "V"],
        ["V", "V", "D"],
        ["D", "D", "D"],
        ["V", "N"],
      ],
      "nominal",
    );
    expect(result.alpha).toBeCloseTo(7 / 17, 10);
    expect(result).toMatchObject({ units: 4, values: 11 });
  });

  // Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", the 4 observers × 12 units example
  // (a dot is a missing value):
  //   A: 1 2 3 3 2 1 4 1 2 . . .
  //   B: 1 2 3 3 2 2 4 1 2 5 . 3
  //   C: . 3 3 3 2 3 4 2 2 5 1 .
  //   D: 1 2 3 3 2 4 4 1 2 5 1 .
  // Unit 12 has one value and drops out: 11 units, n = 40 pairable values, n_1 = 9, n_2 = 13, n_3 = 10, n_4 = 5, n_5 = 3.
  const krippendorff = [
    [1, 1, 1],
    [2, 2, 3, 2],
    [3, 3, 3, 3],
    [3, 3, 3, 3],
    [2, 2, 2, 2],
    [1, 2, 3, 4],
    [4, 4, 4, 4],
    [1, 1, 2, 1],
    [2, 2, 2, 2],
    [5, 5, 5],
    [1, 1],
    [3],
  ];

  it("nominal α of Krippendorff's published example is 0.743", () => {
    // Off-diagonal coincidences: 1–2 4/3, 1–3 1/3, 1–4 1/3, 2–3 4/3, 2–4 1/3, 3–4 1/3 (each both ways): Σ = 8.
    // Σ_{c≠k} n_c n_k = 40² − (81 + 169 + 100 + 25 + 9) = 1216. α = 1 − 39 · 8 / 1216 = 113/152 = 0.7434.
    const result = krippendorffAlpha(krippendorff, "nominal");
    expect(result.alpha).toBeCloseTo(113 / 152, 10);
    expect(result.alpha!.toFixed(3)).toBe("0.743");
    expect(result).toMatchObject({ units: 11, values: 40 });
  });

  it("ordinal α of the same example is 0.815", () => {
    // δ²_ck = (Σ_{g=c..k} n_g − (n_c + n_k)/2)²:
    //   δ²_12 = (22 − 11)² = 121, δ²_13 = (32 − 9.5)² = 506.25, δ²_14 = (37 − 7)² = 900,
    //   δ²_23 = (23 − 11.5)² = 132.25, δ²_24 = (28 − 9)² = 361, δ²_34 = (15 − 7.5)² = 56.25.
    // Observed Σ o_ck δ²_ck = 2 · (4/3·121 + 1/3·506.25 + 1/3·900 + 4/3·132.25 + 1/3·361 + 1/3·56.25) = 1891.
    // Expected Σ n_c n_k δ²_ck = 399,480 (grades 1–5 with n_c as above, δ² as above and δ²_15, δ²_25, δ²_35, δ²_45
    // = (40 − 6)², (31 − 8)², (18 − 6.5)², (8 − 4)²).
    // α = 1 − 39 · 1891 / 399480 = 108577/133160 = 0.8154: above the nominal figure, as most disagreements are
    // between neighbouring grades.
    const result = krippendorffAlpha(krippendorff, "ordinal");
    expect(result.alpha).toBeCloseTo(108577 / 133160, 10);
    expect(result.alpha!.toFixed(3)).toBe("0.815");
  });

  it("ordinal, 2 coders × 3 units, worked by hand", () => {
    // u1: 1 1 → o_11 += 2; u2: 1 2 → o_12, o_21 += 1; u3: 2 3 → o_23, o_32 += 1.
    // n_1 = 3, n_2 = 2, n_3 = 1, n = 6. δ²_12 = (5 − 2.5)² = 6.25, δ²_23 = (3 − 1.5)² = 2.25, δ²_13 = (6 − 2)² = 16.
    // Observed: 2 · 6.25 + 2 · 2.25 = 17. Expected: 2 · (3·2·6.25 + 2·1·2.25 + 3·1·16) = 180.
    // α = 1 − 5 · 17 / 180 = 19/36 ≈ 0.5278.
    const result = krippendorffAlpha(
      [
        [1, 1],
        [1, 2],
        [2, 3],
      ],
      "ordinal",
    );
    expect(result.alpha).toBeCloseTo(19 / 36, 10);
  });

  it("orders grades by value, not as text", () => {
    // 10 sorts before 9 as text; the ordinal distances must not care.
    const asNumbers = krippendorffAlpha([[9, 10], [10, 10], [2, 9]], "ordinal");
    const shifted = krippendorffAlpha([[2, 3], [3, 3], [1, 2]], "ordinal");
    expect(asNumbers.alpha).toBeCloseTo(shifted.alpha!, 10);
  });

  it("is null with no pairable unit, and when every value is the same (no expected disagreement)", () => {
    expect(krippendorffAlpha([], "nominal")).toEqual({ alpha: null, units: 0, values: 0 });
    expect(krippendorffAlpha([["V"], ["D"]], "nominal")).toEqual({ alpha: null, units: 0, values: 0 });
    expect(krippendorffAlpha([["V", "V"], ["V", "V", "V"]], "nominal")).toEqual({ alpha: null, units: 2, values: 5 });
    expect(krippendorffAlpha([[3, 3]], "ordinal").alpha).toBeNull();
  });

  it("is 1 for perfect agreement with variation, and below 0 for systematic disagreement", () => {
    expect(krippendorffAlpha([["V", "V"], ["D", "D"]], "nominal").alpha).toBe(1);
    // u1: V D, u2: D V: o_VD = o_DV = 2, n_V = n_D = 2, n = 4. α = 1 − 3 · 4 / (2·2·2) = −0.5.
    expect(krippendorffAlpha([["V", "D"], ["D", "V"]], "nominal").alpha).toBeCloseTo(-0.5, 10);
  });
});

import { describe, expect, it } from "vitest";
import { cohenKappa } from "./cohen";

const repeat = <T>(n: number, value: T): T[] => Array.from({ length: n }, () => value);

describe("Cohen's kappa", () => {
  it("the 50-item yes/no example: κ = 0.40", () => {
    // A yes & B yes 20, A yes & B no 5, A no & B yes 10, A no & B no 15.
    // p_o = (20 + 15) / 50 = 0.70. A says yes 25/50 = 0.5, B 30/50 = 0.6.
    // p_e = 0.5 · 0.6 + 0.5 · 0.4 = 0.50. κ = (0.70 − 0.50) / (1 − 0.50) = 0.40.
    const pairs = [
      ...repeat(20, ["yes", "yes"] as const),
      ...repeat(5, ["yes", "no"] as const),
      ...repeat(10, ["no", "yes"] as const),
      ...repeat(15, ["no", "no"] as const),
    ];
    const { kappa, n } = cohenKappa(pairs);
    expect(n).toBe(50);
    expect(kappa).toBeCloseTo(0.4, 10);
  });

  it("three categories, worked by hand", () => {
    // V–V 2, D–D 1, V–D 1, N–V 1: n = 5, p_o = 3/5.
    // A: V 3, D 1, N 1; B: V 3, D 2, N 0. p_e = (3·3 + 1·2 + 1·0) / 25 = 11/25.
    // κ = (15/25 − 11/25) / (14/25) = 4/14 = 2/7.
    const { kappa } = cohenKappa([
      ["V", "V"],
      ["V", "V"],
      ["D", "D"],
      ["V", "D"],
      ["N", "V"],
    ]);
    expect(kappa).toBeCloseTo(2 / 7, 10);
  });

  it("is null below two shared items and when chance agreement is total", () => {
    expect(cohenKappa([])).toEqual({ kappa: null, n: 0 });
    expect(cohenKappa([["V", "D"]])).toEqual({ kappa: null, n: 1 });
    // Both said V throughout: p_e = 1, 1 − p_e = 0.
    expect(cohenKappa([["V", "V"], ["V", "V"], ["V", "V"]])).toEqual({ kappa: null, n: 3 });
  });

  it("is 1 for full agreement with variation and negative below chance", () => {
    expect(cohenKappa([["V", "V"], ["D", "D"]]).kappa).toBe(1);
    // p_o = 0, p_e = 0.5 · 0.5 + 0.5 · 0.5 = 0.5: κ = −1.
    expect(cohenKappa([["V", "D"], ["D", "V"]]).kappa).toBeCloseTo(-1, 10);
  });
});

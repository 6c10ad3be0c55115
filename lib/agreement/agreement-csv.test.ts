import { describe, expect, it } from "vitest";
import { agreementCsv } from "./agreement-csv";

describe("agreement CSV", () => {
  it("writes the two α rows and one row per pair, undefined figures as empty cells, names inert", () => {
    const csv = agreementCsv({
      verdict: { alpha: 7 / 17, units: 4 },
      credibility: { alpha: null, units: 0 },
      pairs: [
        { a: { id: "1", name: "Ana" }, b: { id: "2", name: "=Bo, Jr" }, kappa: 0.4, claims: 50 },
        { a: { id: "1", name: "Ana" }, b: { id: "3", name: "Cy" }, kappa: null, claims: 1 },
      ],
    });
    expect(csv.trim().split("\n")).toEqual([
      "measure,statistic,reviewer_a,reviewer_b,value,claims",
      "verdict,krippendorff_alpha_nominal,,,0.412,4",
      "credibility,krippendorff_alpha_ordinal,,,,0",
      `verdict,cohen_kappa,Ana,"'=Bo, Jr",0.400,50`,
      "verdict,cohen_kappa,Ana,Cy,,1",
    ]);
  });
});

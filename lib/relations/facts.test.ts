import { describe, expect, it } from "vitest";
import { extractFacts, sameFact, sharedFacts } from "./facts";
import { rankSuggestions } from "./rank-suggestions";

const labels = (text: string) => extractFacts(text).map((f) => f.label);

describe("facts of a claim's words", () => {
  it("reads amounts with their currency and scale in one canonical form", () => {
    expect(labels("Japan pledged US$90m for the runway.")).toEqual(["US$90 million"]);
    expect(labels("a $90 million grant")).toEqual(["US$90 million"]);
    expect(labels("some 90 million dollars")).toEqual(["US$90 million"]);
    expect(labels("a grant of up to ¥2.836 billion")).toEqual(["¥2.836 billion"]);
    expect(labels("US$100 million and 1,200 workers")).toEqual(["US$100 million", "1,200"]);
  });

  it("reads days written either way, months, years and percentages", () => {
    expect(labels("On 23 January 2025 the minister spoke.")).toEqual(["23 January 2025"]);
    expect(labels("On January 23, 2025 the minister spoke.")).toEqual(["23 January 2025"]);
    expect(labels("published 2025-01-23")).toEqual(["23 January 2025"]);
    expect(labels("in March 2024, since 1958")).toEqual(["March 2024", "1958"]);
    expect(labels("debt at 120 per cent of GDP, growth of 4.5%")).toEqual(["120%", "4.5%"]);
  });

  it("leaves out small bare numbers and units that are not money", () => {
    expect(labels("Three ministers met 2 times on a 90m runway.")).toEqual([]);
  });

  it("treats the same amount as the same fact unless the currencies differ", () => {
    const [usd] = extractFacts("US$90 million");
    const [bare] = extractFacts("90 million");
    const [yen] = extractFacts("¥90 million");
    expect(sameFact(usd!, bare!)).toBe(true);
    expect(sameFact(usd!, yen!)).toBe(false);
    expect(sharedFacts(extractFacts("90 million in 1958"), extractFacts("In 1958, $90m")).map((f) => f.label)).toEqual(["US$90 million", "1958"]);
  });
});

describe("ranking suggestions", () => {
  const claim = { exact: "Japan pledged US$90 million in 1958 for the airport.", paraphrase: "Japan funded the airport in 1958 (US$90m)." };

  it("puts shared facts and similar wording first, explains each, and suggests a kind", () => {
    const ranked = rankSuggestions(claim, [
      { id: "unrelated", exact: "Rice harvests fell.", paraphrase: "Harvests fell.", similarity: 0.05, textRank: 0 },
      { id: "facts", exact: "In 1958 Tokyo gave $90m.", paraphrase: "Tokyo gave $90m in 1958.", similarity: 0.18, textRank: 0.1 },
      { id: "twin", exact: claim.exact, paraphrase: claim.paraphrase, similarity: 0.95, textRank: 0.4 },
      { id: "words", exact: "Japan funded an airport.", paraphrase: "Japanese airport funding.", similarity: 0.45, textRank: 0.2 },
    ]);
    expect(ranked.map((s) => s.id)).toEqual(["twin", "facts", "words"]);
    expect(ranked[0]).toMatchObject({ kind: "duplicates", reasons: ["similar wording 0.95", "shares US$90 million, 1958"] });
    expect(ranked[1]).toMatchObject({ kind: "corroborates", reasons: ["shares US$90 million, 1958"] });
    expect(ranked[2]).toMatchObject({ kind: "corroborates", reasons: ["similar wording 0.45"] });
    expect(ranked[0]!.score).toBeGreaterThan(ranked[1]!.score);
  });

  it("keeps at most the limit", () => {
    const many = Array.from({ length: 20 }, (_, i) => ({ id: `c${i}`, exact: "Japan funded the airport.", paraphrase: "Japan airport", similarity: 0.5 + i / 100, textRank: 0.1 }));
    const ranked = rankSuggestions(claim, many, 8);
    expect(ranked).toHaveLength(8);
    expect(ranked[0]!.id).toBe("c19");
  });
});

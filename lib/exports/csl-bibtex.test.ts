import { describe, expect, it } from "vitest";
import { parseBibtex } from "@/lib/testing/parse-bibtex";
import { escapeBibtex, toBibtex } from "./bibtex";
import { citationToCsl, cslDate, cslName, sourceToCsl } from "./csl";
import type { CslSource } from "./csl-fields";

describe("CSL-JSON", () => {
  it("splits personal names and keeps organisations whole", () => {
    expect(cslName("Jane Doe")).toEqual({ family: "Doe", given: "Jane" });
    expect(cslName("Doe, Jane")).toEqual({ family: "Doe", given: "Jane" });
    expect(cslName("Ludwig van Beethoven")).toEqual({ family: "van Beethoven", given: "Ludwig" });
    expect(cslName("Ministry of Foreign Affairs of Japan")).toEqual({ literal: "Ministry of Foreign Affairs of Japan" });
    expect(cslName("World Bank")).toEqual({ literal: "World Bank" });
    expect(cslName("Reuters")).toEqual({ literal: "Reuters" });
  });

  it("reads the dates notes give", () => {
    expect(cslDate("5 March 2025")).toEqual({ "date-parts": [[2025, 3, 5]] });
    expect(cslDate("March 5, 2025")).toEqual({ "date-parts": [[2025, 3, 5]] });
    expect(cslDate("May 2024")).toEqual({ "date-parts": [[2024, 5]] });
    expect(cslDate("2024")).toEqual({ "date-parts": [[2024]] });
    expect(cslDate("2025-03-05")).toEqual({ "date-parts": [[2025, 3, 5]] });
    expect(cslDate("Spring 2024")).toEqual({ literal: "Spring 2024" });
    expect(cslDate(null)).toBeUndefined();
  });

  it("types a source by its kind and a footnote by its words", () => {
    const source: CslSource = { id: "s1", title: "Lao Economic Monitor", authors: ["World Bank"], publisher: "World Bank", publishedOn: new Date("2024-05-02"), url: null, kind: "REPORT", language: "en", reliability: "A" };
    expect(sourceToCsl(source)).toEqual({
      id: "source-s1",
      type: "report",
      title: "Lao Economic Monitor",
      author: [{ literal: "World Bank" }],
      publisher: "World Bank",
      issued: { "date-parts": [[2024, 5, 2]] },
      language: "en",
      note: "Source reliability (Admiralty): A",
    });
    expect(sourceToCsl({ ...source, kind: "NEWS" }).type).toBe("article-newspaper");
    expect(sourceToCsl({ ...source, kind: "COMMENTARY", url: "https://x.test" }).type).toBe("webpage");
    const note = citationToCsl(
      { id: "c1", label: "3", text: "Jane Doe, “Laos’s debt trap”, Chatham House, 3 February 2024.", url: "https://x.test/a", title: "Laos’s debt trap", authors: ["Jane Doe"], publisher: "Chatham House", issued: "3 February 2024" },
      source,
    );
    expect(note).toMatchObject({ id: "citation-c1", type: "webpage", title: "Laos’s debt trap", author: [{ family: "Doe", given: "Jane" }], issued: { "date-parts": [[2024, 2, 3]] }, URL: "https://x.test/a" });
    expect(note.note).toBe("Cited in “Lao Economic Monitor”, note 3: Jane Doe, “Laos’s debt trap”, Chatham House, 3 February 2024.");
  });
});

describe("BibTeX", () => {
  it("escapes LaTeX's special characters", () => {
    expect(escapeBibtex("R&D: 50% of $2bn #1 a_b {x} ~ ^ \\")).toBe("R\\&D: 50\\% of \\$2bn \\#1 a\\_b \\{x\\} \\~{} \\^{} \\textbackslash{}");
  });

  it("writes entries that parse back, with unique keys", () => {
    const item = { id: "a", type: "report", title: "Laos & its {creditors}", author: [{ family: "Doe", given: "Jane" }, { literal: "World Bank" }], publisher: "Chatham House", issued: { "date-parts": [[2024, 2, 3]] as [[number, number, number]] }, URL: "https://x.test/a?b=1#c" };
    const bib = toBibtex([item, { ...item, id: "b" }, { id: "c", type: "webpage", title: "Untitled", issued: { literal: "n.d." } }]);
    const entries = parseBibtex(bib);
    expect(entries).toHaveLength(3);
    expect(new Set(entries.map((e) => e.key)).size).toBe(3);
    expect(entries[0]).toMatchObject({ type: "techreport", key: "doe2024laos", fields: { title: "{Laos \\& its \\{creditors\\}}", author: "Doe, Jane and {World Bank}", institution: "Chatham House", year: "2024", month: "feb", day: "3", url: "https://x.test/a?b=1#c" } });
    expect(entries[1]!.key).toBe("doe2024laosb");
    expect(entries[2]).toMatchObject({ type: "misc", fields: { date: "n.d." } });
  });
});

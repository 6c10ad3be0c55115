import { describe, expect, it } from "vitest";
import { parseBibtex } from "@/lib/testing/parse-bibtex";
import { escapeBibtex, toBibtex } from "./bibtex";
import { citationToCsl, cslDate, cslName, sourceToCsl } from "./csl";
import type { CslSource } from "./csl-fields";
import { BIBTEX } from "@/lib/sources/references/fixtures";
import { parseReferences } from "@/lib/sources/references/parse-references";
import { referenceSource } from "@/lib/sources/references/reference-source";

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

describe("reference-only sources", () => {
  const imported = parseReferences(BIBTEX, "library.bib").items[1]!;
  const reference = referenceSource(imported);
  if ("skip" in reference) throw new Error("the fixture's article is a reference");
  const source: CslSource = {
    id: "r1",
    title: reference.title,
    authors: reference.authors,
    publisher: reference.publisher,
    publishedOn: null,
    url: reference.url,
    kind: reference.kind,
    language: null,
    reliability: null,
    csl: reference.csl as CslSource["csl"],
  };

  it("export with the fields of the CSL item they were imported with", () => {
    expect(sourceToCsl(source)).toEqual({
      id: "source-r1",
      type: "article-journal",
      "citation-key": "brautigam2020critical",
      title: "A Critical Look at Chinese ‘Debt-Trap Diplomacy’: The Rise of a Meme",
      author: [{ family: "Brautigam", given: "Deborah" }],
      "container-title": "Area Development and Policy",
      volume: "5",
      issue: "1",
      page: "1-14",
      DOI: "10.1080/23792949.2019.1689828",
      issued: { "date-parts": [[2020]] },
      URL: "https://doi.org/10.1080/23792949.2019.1689828",
      note: "Source reliability (Admiralty): not graded",
    });
    const [entry] = parseBibtex(toBibtex([sourceToCsl(source)]));
    expect(entry).toMatchObject({
      type: "article",
      fields: { journal: "Area Development and Policy", volume: "5", number: "1", pages: "1--14", doi: "10.1080/23792949.2019.1689828", year: "2020" },
    });
    expect(entry!.fields.publisher).toBeUndefined();
  });

  it("follow what an analyst corrected since: the kind, the authors, the date", () => {
    const corrected = sourceToCsl({ ...source, kind: "REPORT", authors: ["Deborah Bräutigam"], publishedOn: new Date("2020-01-02") });
    expect(corrected).toMatchObject({ type: "report", author: [{ family: "Bräutigam", given: "Deborah" }], issued: { "date-parts": [[2020, 1, 2]] }, volume: "5" });
  });
});

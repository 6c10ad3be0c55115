import { describe, expect, it } from "vitest";
import { BIBTEX, RIS, ZOTERO_CSL_JSON } from "./fixtures";
import { detectFormat, MAX_REFERENCES, parseReferences, ReferencesError } from "./parse-references";
import { cslDetails } from "./csl-details";
import { authorName, normaliseDoi, referenceSource, sourceKindOf } from "./reference-source";

const sources = (content: string, name: string) =>
  parseReferences(content, name).items.map((item) => {
    const source = referenceSource(item);
    if ("skip" in source) return source;
    const { csl, ...rest } = source;
    return { ...rest, cslType: csl.type };
  });

describe("reading a reference library", () => {
  it("reads a Zotero CSL-JSON export, skipping an item without a title", () => {
    const [article, report, untitled] = sources(ZOTERO_CSL_JSON, "My Library.json");
    expect(article).toMatchObject({
      title: "A critical look at Chinese ‘debt-trap diplomacy’: the rise of a meme",
      authors: ["Deborah Brautigam"],
      publisher: "Area Development and Policy",
      // A year alone is not a day of publication: it stays in the CSL item.
      publishedOn: null,
      year: 2020,
      url: "https://doi.org/10.1080/23792949.2019.1689828",
      doi: "10.1080/23792949.2019.1689828",
      kind: "ACADEMIC",
    });
    expect(report).toMatchObject({
      title: "Asian Development Outlook April 2024",
      authors: ["Asian Development Bank"],
      publisher: "Asian Development Bank",
      publishedOn: "2024-04-11",
      url: "https://www.adb.org/outlook/editions/april-2024",
      doi: null,
      kind: "REPORT",
    });
    expect(untitled).toEqual({ skip: "It has no title.", title: "(http://zotero.org/users/1234567/items/NOTITLE1)" });
    // The item is kept whole for the citation styles.
    const item = parseReferences(ZOTERO_CSL_JSON, "My Library.json").items[0]!;
    expect(item).toMatchObject({ volume: "5", issue: "1", page: "1-14", "container-title": "Area Development and Policy" });
  });

  it("reads BibTeX's @report and @article", () => {
    const [report, article] = sources(BIBTEX, "library.bib");
    expect(report).toMatchObject({ title: "Asian Development Outlook April 2024", authors: ["Asian Development Bank"], publisher: "Asian Development Bank", publishedOn: "2024-04-11", kind: "REPORT", cslType: "report" });
    expect(article).toMatchObject({
      title: "A Critical Look at Chinese ‘Debt-Trap Diplomacy’: The Rise of a Meme",
      authors: ["Deborah Brautigam"],
      publisher: "Area Development and Policy",
      year: 2020,
      publishedOn: null,
      doi: "10.1080/23792949.2019.1689828",
      kind: "ACADEMIC",
    });
    expect(parseReferences(BIBTEX, "library.bib").items[1]).toMatchObject({ volume: "5", issue: "1", page: "1-14" });
  });

  it("reads RIS's TY  - RPRT and TY  - JOUR", () => {
    const [report, article] = sources(RIS, "export.ris");
    expect(report).toMatchObject({
      title: "JICA Annual Report 2023",
      authors: ["Japan International Cooperation Agency"],
      publisher: "Japan International Cooperation Agency",
      year: 2023,
      publishedOn: null,
      url: "https://www.jica.go.jp/english/about/disc/report/2023/index.html",
      kind: "REPORT",
    });
    expect(article).toMatchObject({ authors: ["Deborah Brautigam"], publisher: "Area Development and Policy", publishedOn: "2020-01-02", kind: "ACADEMIC" });
  });

  it("tells the format by extension, else by content", () => {
    expect(detectFormat("refs.JSON", "")).toBe("csl");
    expect(detectFormat("refs.txt", BIBTEX)).toBe("bibtex");
    expect(detectFormat(null, RIS)).toBe("ris");
    expect(detectFormat(null, ZOTERO_CSL_JSON)).toBe("csl");
    expect(() => detectFormat("notes.txt", "Dear colleagues,")).toThrow(/not CSL-JSON \(\.json\), BibTeX \(\.bib\) or RIS/);
  });

  it("refuses a malformed file with the parser's message and line", () => {
    const refusal = (content: string, name: string) => {
      try {
        parseReferences(content, name);
      } catch (error) {
        expect(error).toBeInstanceOf(ReferencesError);
        return (error as Error).message;
      }
      throw new Error("no refusal");
    };
    expect(refusal("@article{x,\n  title = {Unclosed", "broken.bib")).toMatch(/^The BibTeX file could not be read: .*at line 2/);
    expect(refusal("[{ \"title\": \"x\" ", "broken.json")).toMatch(/^The CSL-JSON could not be read/);
    expect(refusal(JSON.stringify([{ title: "x", author: "Jane Doe" }]), "bad.json")).toMatch(/^Reference 1 is not a CSL-JSON item \(author\)/);
    expect(refusal("% nothing here\n", "empty.bib")).toBe("No references were found in the BibTeX file.");
    const many = JSON.stringify(Array.from({ length: MAX_REFERENCES + 1 }, (_, i) => ({ type: "report", title: `Report ${i}` })));
    expect(refusal(many, "many.json")).toBe("The file has 2,001 references: import at most 2,000 at a time.");
  });

  it("names authors and types as Claimwork does", () => {
    expect(authorName({ family: "Phommachanh", given: "Mai" })).toBe("Mai Phommachanh");
    expect(authorName({ literal: "World  Bank" })).toBe("World Bank");
    expect(authorName({})).toBeNull();
    expect(normaliseDoi("https://doi.org/10.1080/23792949.2019.1689828.")).toBe("10.1080/23792949.2019.1689828");
    expect(sourceKindOf("article-newspaper")).toBe("NEWS");
    expect(sourceKindOf("legislation")).toBe("OFFICIAL_STATEMENT");
    expect(sourceKindOf("dataset")).toBe("OTHER");
  });
});

describe("a reference's details for its page", () => {
  it("lists what the CSL item says beyond the source's own fields, and reads nothing odd", () => {
    const item = parseReferences(ZOTERO_CSL_JSON, "My Library.json").items[0]!;
    expect(cslDetails(item)).toEqual({
      type: "journal article",
      rows: [
        ["In", "Area Development and Policy"],
        ["Volume", "5"],
        ["Issue", "1"],
        ["Pages", "1-14"],
        ["Date", "2020"],
      ],
      doi: "10.1080/23792949.2019.1689828",
      issued: "2020",
    });
    expect(cslDetails(null)).toEqual({ type: null, rows: [], doi: null, issued: null });
    expect(cslDetails({ volume: { nested: true }, issued: "2024", DOI: "not a doi" })).toEqual({ type: null, rows: [], doi: null, issued: null });
  });
});

import { describe, expect, it } from "vitest";
import { markdownToText } from "../extract/extract-markdown";
import { parseDocument } from "../parse-document";

const COMMENTARY = [
  "IMCS Commentary",
  "Laos and Japan: A Comprehensive Strategic Partnership",
  "Kanya Rattanavong-Hale",
  "April 29, 2025",
  "Summary",
  "Japan and Laos raised their ties to a Comprehensive Strategic Partnership in January 2025.[1] The upgrade builds on aid that began in 1958.",
  "Moving Forward",
  "Japan provides roughly US$ 90–100 million a year.[2]",
  "About the Author",
  "Kanya Rattanavong-Hale is a Research Fellow at the Institute for Mekong Connectivity Studies (IMCS), Vientiane.",
  "Disclaimer: Views expressed in IMCS Commentaries are those of the author.",
  "© Institute for Mekong Connectivity Studies (IMCS), 2025",
  "Notes",
  "1. Ministry of Foreign Affairs of Japan, “Japan-Laos Summit Meeting,” 21 January 2025.\n" +
    "2. “Japan’s ODA to Laos,” Japan International Cooperation Agency (JICA), 2024, https://www.jica.go.jp/laos/english/",
].join("\n\n");

describe("front matter and back matter", () => {
  it("reads a commentary's header block: series label, title, author line without 'By', date; publisher from the copyright line", () => {
    const doc = parseDocument(COMMENTARY);
    expect(doc).toMatchObject({
      series: "IMCS Commentary",
      title: "Laos and Japan: A Comprehensive Strategic Partnership",
      authors: ["Kanya Rattanavong-Hale"],
      publishedOn: "2025-04-29",
      publisher: "Institute for Mekong Connectivity Studies",
    });
    expect(doc.origins.title).toBe("the first line of the text");
    expect(doc.origins.publisher).toMatch(/series label “IMCS Commentary”/);
    expect(doc.body).toBe(
      "## Summary\n\nJapan and Laos raised their ties to a Comprehensive Strategic Partnership in January 2025. " +
        "The upgrade builds on aid that began in 1958.\n\n## Moving Forward\n\nJapan provides roughly US$ 90–100 million a year.",
    );
    expect(doc.backMatter).toMatch(/^## About the Author\n\nKanya .*\n\nDisclaimer: .*\n\n© Institute for Mekong Connectivity Studies \(IMCS\), 2025$/);
    expect(doc.citations.map((c) => c.publisher)).toEqual([null, "Japan International Cooperation Agency (JICA)"]);
    expect(doc.problems).toEqual([]);
  });

  it("reads a header block pasted without blank lines between its lines, and a single note the body cites", () => {
    const doc = parseDocument(
      [
        "IMCS Commentary\nLaos and Japan: A Comprehensive Strategic Partnership\nKanya Rattanavong-Hale\nApril 29, 2025",
        "Japan has given Laos about US$90–100 million a year since 1958.[1]",
        "[1] “Japan’s ODA to Laos,” Japan International Cooperation Agency (JICA), 2024.",
      ].join("\n\n"),
    );
    expect(doc).toMatchObject({
      series: "IMCS Commentary",
      title: "Laos and Japan: A Comprehensive Strategic Partnership",
      authors: ["Kanya Rattanavong-Hale"],
      publishedOn: "2025-04-29",
      body: "Japan has given Laos about US$90–100 million a year since 1958.",
    });
    expect(doc.citations).toMatchObject([{ label: "1", publisher: "Japan International Cooperation Agency (JICA)" }]);
    // The first line of a pasted paragraph is still not a title, and a lone "1." line may be a list's.
    expect(parseDocument("Japan and Laos\nraised their ties in 2025.").title).toBeNull();
    expect(parseDocument("Steps:\n\n1. Ratify the treaty.").citations).toEqual([]);
  });

  it("takes the title a format names, and the line above it as the series label, never as the title", () => {
    const doc = parseDocument("Home Publications Events\n\nIMCS Commentary\n\nLaos and Japan\n\nBy Kanya Rattanavong-Hale\n\nText of the piece.", {
      hints: { title: [{ value: "Laos and Japan", origin: "the page's <h1>" }] },
    });
    expect(doc.title).toBe("Laos and Japan");
    expect(doc.series).toBe("IMCS Commentary");
    expect(doc.origins.title).toBe("line 3 of the text, named the title by the page's <h1>");
    expect(doc.authors).toEqual(["Kanya Rattanavong-Hale"]);
    // What stands above the title on a printed page (the site's navigation) is not the text.
    expect(doc.body).toBe("Text of the piece.");
  });

  it("reads a letter-spaced series label above the title", () => {
    const doc = parseDocument("I M C S C O M M E N TA R Y\n\n## Laos and Japan\n\nKanya Rattanavong-Hale April 29, 2025\n\nText of the piece.", {
      hints: { title: [{ value: "Laos and Japan", origin: "the largest type on the first page" }] },
    });
    expect(doc).toMatchObject({ series: "IMCS COMMENTARY", title: "Laos and Japan", authors: ["Kanya Rattanavong-Hale"], publishedOn: "2025-04-29", body: "Text of the piece." });
  });

  it("reads YAML front matter", () => {
    const doc = parseDocument("---\ntitle: Mekong dams\nauthor: [Ana de la Cruz, Minh Anh Tran]\ndate: 2025-03-12\npublisher: Mekong Policy Forum\n---\n\nText.");
    expect(doc).toMatchObject({ title: "Mekong dams", authors: ["Ana de la Cruz", "Minh Anh Tran"], publishedOn: "2025-03-12", publisher: "Mekong Policy Forum", body: "Text." });
  });

  it("reads Markdown as Markdown: emphasis, escapes and links, in the body and in notes", () => {
    const text = markdownToText(
      "S*ummary*\n\nJapan gives about US\\$ 90 million a year.[^1] It also *builds* airports.[^2]\n\n**Moving Forward**\n\nThe partnership must deliver.\n\n" +
        "[^1]: [Japan-Laos Relations](#), *MOFA*, 2024.\n[^2]: JICA, [Wattay airport grant](https://www.jica.go.jp/x), 2024.",
    );
    const doc = parseDocument(text);
    expect(doc.body).toBe("## Summary\n\nJapan gives about US$ 90 million a year. It also builds airports.\n\n## Moving Forward\n\nThe partnership must deliver.");
    expect(doc.citations.map((c) => [c.text, c.title, c.url])).toEqual([
      ["Japan-Laos Relations, MOFA, 2024.", "Japan-Laos Relations", null],
      ["JICA, Wattay airport grant, 2024. https://www.jica.go.jp/x", "Wattay airport grant", "https://www.jica.go.jp/x"],
    ]);
  });
});

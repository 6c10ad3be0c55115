import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseDocument, type ParsedDocument } from "./parse-document";

const SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹";
const sup = (n: number) => [...String(n)].map((d) => SUPERSCRIPTS[Number(d)]).join("");

/** The text just before each marker, to check where markers stood. */
function before(doc: ParsedDocument, width = 12): Record<string, string> {
  return Object.fromEntries(doc.markers.map((m) => [m.label, doc.body.slice(Math.max(0, m.offset - width), m.offset)]));
}

describe("parseDocument: normalisation", () => {
  it("normalises line endings, control characters, Unicode, spaces and blank lines", () => {
    const text =
      "\uFEFF\r\n\r\nFirst  paragraph\u0007 with   extra\tspaces.  \r\nSecond line of it.\r\r\r\n\n\n\nCafe\u0301 au lait.\u0000\n\n\n";
    const doc = parseDocument(text);
    expect(doc.body).toBe("First paragraph with extra\tspaces.\nSecond line of it.\n\nCafé au lait.");
    expect(doc.body.normalize("NFC")).toBe(doc.body);
    expect(doc.markers).toEqual([]);
    expect(doc.citations).toEqual([]);
  });

  it("is deterministic: the same text in different line endings parses to the same body", () => {
    const unix = "# Title\n\nOne paragraph.¹\n\n## Notes\n\n¹ Note one, 2024.";
    const windows = unix.replaceAll("\n", "\r\n");
    expect(parseDocument(windows)).toEqual(parseDocument(unix));
  });

  it("keeps Markdown heading lines and separates paragraphs with one blank line", () => {
    const doc = parseDocument("Intro paragraph here.\n\n\n## Section one\n\nText under it.\n\n\n\n\n### Sub\nMore text.");
    expect(doc.body).toBe("Intro paragraph here.\n\n## Section one\n\nText under it.\n\n### Sub\nMore text.");
  });

  it("turns Setext headings into Markdown heading lines", () => {
    const doc = parseDocument("The Title\n=========\n\nOpening text.\n\nSection\n-------\n\nMore text.");
    expect(doc.title).toBe("The Title");
    expect(doc.body).toBe("Opening text.\n\n## Section\n\nMore text.");
  });
});

describe("parseDocument: a document without notes", () => {
  const text = [
    "Mekong dams and food security",
    "",
    "In 2025 the Lao government expects US$ 90 million in new grants and ¥2.836 billion in airport aid.",
    "Output grew 4.2 per cent (2024) and the plan (2021–2025) targets 2.836 billion kip.",
    "",
    "1. First, fish stocks.",
    "2. Second, sediment.",
    "",
    "The report [sic] lists [3] options.",
  ].join("\n");

  it("finds no markers or citations and leaves the body as it was, apart from the title", () => {
    const doc = parseDocument(text);
    expect(doc.title).toBe("Mekong dams and food security");
    expect(doc.markers).toEqual([]);
    expect(doc.citations).toEqual([]);
    expect(doc.body).toBe(text.split("\n").slice(2).join("\n"));
  });

  it("keeps superscripts that have no note", () => {
    const doc = parseDocument("An area of 12 km² and E = mc² hold.¹");
    expect(doc.body).toBe("An area of 12 km² and E = mc² hold.¹");
    expect(doc.markers).toEqual([]);
  });
});

describe("parseDocument: superscript end-notes", () => {
  const text = [
    "# Rice, rails and roads",
    "",
    "Laos opened its railway in December 2021.¹ Traffic has grown since,² though debt worries persist³.",
    "",
    "Notes",
    "",
    "¹ Kyodo News, “Laos-China railway launched,” Nippon.com, 3 December 2021, https://www.nippon.com/en/news/kd1/.",
    "² Lao Railway Authority, “Annual report,” 2024.",
    "³ World Bank, “Lao Economic Monitor,” May 2024.",
  ].join("\n");

  it("removes markers and the notes section and parses each note", () => {
    const doc = parseDocument(text);
    expect(doc.title).toBe("Rice, rails and roads");
    expect(doc.body).toBe("Laos opened its railway in December 2021. Traffic has grown since, though debt worries persist.");
    expect(doc.markers.map((m) => m.label)).toEqual(["1", "2", "3"]);
    expect(before(doc)).toEqual({ "1": "cember 2021.", "2": "grown since,", "3": "ries persist" });
    expect(doc.citations.map((c) => [c.label, c.ordinal])).toEqual([
      ["1", 1],
      ["2", 2],
      ["3", 3],
    ]);
    expect(doc.citations[0]).toEqual({
      label: "1",
      ordinal: 1,
      text: "Kyodo News, “Laos-China railway launched,” Nippon.com, 3 December 2021, https://www.nippon.com/en/news/kd1/.",
      url: "https://www.nippon.com/en/news/kd1/",
      title: "Laos-China railway launched",
      authors: ["Kyodo News"],
      publisher: "Nippon.com",
      issued: "3 December 2021",
    });
    expect(doc.citations[2]).toMatchObject({ title: "Lao Economic Monitor", issued: "May 2024", url: null });
  });

  it("handles multi-digit markers such as ¹⁰ and ¹¹", () => {
    const sentences = Array.from({ length: 12 }, (_, i) => `Point number ${["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"][i]}.${sup(i + 1)}`);
    const notes = Array.from({ length: 12 }, (_, i) => `${i + 1}. Source ${i + 1}, “Report ${i + 1},” Publisher, ${2000 + i}.`);
    const doc = parseDocument([sentences.join(" "), "", "## Endnotes", "", ...notes].join("\n"));
    expect(doc.markers.map((m) => m.label)).toEqual(["1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12"]);
    expect(doc.citations.map((c) => c.label)).toEqual(doc.markers.map((m) => m.label));
    expect(doc.body).not.toMatch(/[⁰¹²³⁴-⁹]/);
    expect(before(doc, 5)["10"]).toBe(" ten.");
    expect(before(doc, 8)["12"]).toBe(" twelve.");
    expect(doc.body.slice(doc.markers[9]!.offset, doc.markers[9]!.offset + 7)).toBe(" Point ");
    expect(doc.citations[11]).toMatchObject({ title: "Report 12", publisher: "Publisher", issued: "2011" });
  });

  it("reads comma-separated superscript lists as several markers at one place", () => {
    const doc = parseDocument("Both agree.¹,² Next.\n\nNotes\n\n1. A, “One,” 2020.\n2. B, “Two,” 2021.");
    expect(doc.body).toBe("Both agree. Next.");
    expect(doc.markers).toEqual([
      { label: "1", offset: 11 },
      { label: "2", offset: 11 },
    ]);
  });

  it("joins multi-line notes with a space and keeps a paragraph after the notes in the body", () => {
    const text = [
      "Body text.¹ More.²",
      "",
      "## Notes",
      "",
      "1. Jane Doe, “A very long title that",
      "wraps,” The Diplomat, 12 March 2025,",
      "https://thediplomat.com/2025/03/x/",
      "2. Second note, 2024.",
      "",
      "Jane Doe is a fellow at the institute.",
    ].join("\n");
    const doc = parseDocument(text);
    expect(doc.body).toBe("Body text. More.\n\nJane Doe is a fellow at the institute.");
    expect(doc.citations[0]).toMatchObject({
      text: "Jane Doe, “A very long title that wraps,” The Diplomat, 12 March 2025, https://thediplomat.com/2025/03/x/",
      title: "A very long title that wraps",
      authors: ["Jane Doe"],
      publisher: "The Diplomat",
      issued: "12 March 2025",
      url: "https://thediplomat.com/2025/03/x/",
    });
    expect(doc.citations[1]).toMatchObject({ label: "2", text: "Second note, 2024.", title: null, authors: [] });
  });

  it("treats a wrapped line that starts with a number as a continuation, not a new note", () => {
    const text = ["A claim.¹ Another.²", "", "Notes", "", "1 First source, “Title,” Publisher, 14", "30 June 2024 edition.", "2 Second source, 2023."].join("\n");
    const doc = parseDocument(text);
    expect(doc.citations.map((c) => c.label)).toEqual(["1", "2"]);
    expect(doc.citations[0]!.text).toBe("First source, “Title,” Publisher, 14 30 June 2024 edition.");
  });

  it("keeps only the first note of a repeated label", () => {
    const doc = parseDocument("Claim.¹\n\nNotes\n\n¹ First, 2020.\n\nReferences\n\n¹ Duplicate, 2021.");
    expect(doc.citations).toHaveLength(1);
    expect(doc.citations[0]!.text).toBe("First, 2020.");
    expect(doc.body).toBe("Claim.");
  });
});

describe("parseDocument: bracket and parenthesised markers", () => {
  const text = [
    "Growth slowed to 4 per cent [1]. Inflation peaked at 41 per cent in 2023 [2], the report [sic] says.",
    "Exports rose [12] and the plan has [3] parts; see also [1, 2].",
    "",
    "References",
    "",
    "[1] World Bank, “Lao Economic Monitor,” 2024.",
    "[2] IMF, “Article IV Consultation,” 2023.",
    "[12] ADB, “Outlook,” April 2025.",
  ].join("\n");

  it("removes bracketed numbers that have a note and keeps the others", () => {
    const doc = parseDocument(text);
    expect(doc.body).toBe(
      "Growth slowed to 4 per cent. Inflation peaked at 41 per cent in 2023, the report [sic] says.\n" +
        "Exports rose and the plan has [3] parts; see also.",
    );
    expect(doc.markers.map((m) => m.label)).toEqual(["1", "2", "12", "1", "2"]);
    expect(before(doc)["12"]).toBe("Exports rose");
    expect(doc.body.slice(doc.markers[0]!.offset - 4, doc.markers[0]!.offset + 1)).toBe("cent.");
    expect(doc.citations.map((c) => c.label)).toEqual(["1", "2", "12"]);
    expect(doc.citations[2]).toMatchObject({ authors: ["ADB"], title: "Outlook", issued: "April 2025" });
  });

  it("expands bracketed ranges when every note exists", () => {
    const doc = parseDocument("Many say so [1–3].\n\nNotes\n\n1. A, 2020.\n2. B, 2021.\n3. C, 2022.");
    expect(doc.body).toBe("Many say so.");
    expect(doc.markers.map((m) => [m.label, m.offset])).toEqual([
      ["1", 11],
      ["2", 11],
      ["3", 11],
    ]);
  });

  it("does not read Markdown links or legal numbering as markers", () => {
    const doc = parseDocument("See [1](https://example.org) here.[1]\n\nNotes\n\n1. A, 2020.");
    expect(doc.body).toBe("See [1](https://example.org) here.");
    expect(doc.markers).toEqual([{ label: "1", offset: 34 }]);

    const legal = "Under Article 5(1) and section 3(a)(2), see the [treaty][1].[1][2]\n\nNotes\n\n1. A, 2020.\n2. B, 2021.";
    const parsed = parseDocument(legal);
    expect(parsed.body).toBe("Under Article 5(1) and section 3(a)(2), see the [treaty][1].");
    expect(parsed.markers).toEqual([
      { label: "1", offset: 60 },
      { label: "2", offset: 60 },
    ]);
  });

  it("takes (1) only directly after a word or punctuation and only when the note exists", () => {
    const text = [
      "The ministry agreed(1) and the plan (2024) has three steps: (1) survey, (2) build.",
      "A second claim.(2) A third one(7).",
      "",
      "Notes",
      "",
      "(ignored)",
    ].join("\n");
    // "Notes" is followed by a non-item line, so it is not a notes section: nothing is a marker.
    expect(parseDocument(text).markers).toEqual([]);

    const withNotes = text.replace("(ignored)", "1. MOFA, “Summit,” 2025.\n2. JICA, “Plan,” 2024.");
    const doc = parseDocument(withNotes);
    expect(doc.body).toBe("The ministry agreed and the plan (2024) has three steps: (1) survey, (2) build.\nA second claim. A third one(7).");
    expect(doc.markers.map((m) => m.label)).toEqual(["1", "2"]);
    expect(before(doc, 13)["1"]).toBe("nistry agreed");
    expect(before(doc)["2"]).toBe("econd claim.");
  });
});

describe("parseDocument: Markdown footnotes", () => {
  const text = [
    "# Water and power",
    "",
    "Laos exports hydropower to Thailand.[^1] Critics disagree.[^critics]",
    "",
    "[^1]: EGAT, “Power purchase agreements,” 2024, https://www.egat.co.th/en/ppa.",
    "",
    "The river also feeds Cambodia's fisheries.[^2]",
    "",
    "[^critics]: International Rivers, “Mekong dams,” 9 June 2023.",
    "[^2]: Mekong River Commission, “State of the Basin Report,”",
    "    MRC, 2023.",
    "",
    "    Second paragraph of the note.",
    "",
    "Closing paragraph.",
  ].join("\n");

  it("collects definitions anywhere, removes them and the references", () => {
    const doc = parseDocument(text);
    expect(doc.title).toBe("Water and power");
    expect(doc.body).toBe(
      "Laos exports hydropower to Thailand. Critics disagree.\n\nThe river also feeds Cambodia's fisheries.\n\nClosing paragraph.",
    );
    expect(doc.markers.map((m) => m.label)).toEqual(["1", "critics", "2"]);
    expect(before(doc)).toEqual({ "1": "to Thailand.", critics: "cs disagree.", "2": "s fisheries." });
    expect(doc.citations.map((c) => [c.label, c.ordinal])).toEqual([
      ["1", 1],
      ["critics", 2],
      ["2", 3],
    ]);
    expect(doc.citations[0]!.url).toBe("https://www.egat.co.th/en/ppa");
    expect(doc.citations[2]).toMatchObject({
      text: "Mekong River Commission, “State of the Basin Report,” MRC, 2023. Second paragraph of the note.",
      title: "State of the Basin Report",
      authors: ["Mekong River Commission"],
      publisher: "MRC",
      issued: "2023",
    });
  });
});

describe("parseDocument: numbers that are not markers", () => {
  it("keeps years, amounts, parenthesised years and list numbering", () => {
    const text = [
      "In 2025 Japan pledged US$ 90 million and ¥2.836 billion (2024 prices).¹",
      "",
      "1. Build the terminal by 2028.",
      "2. Repair 3 taxiways.",
      "",
      "The 12 km² site [2] is ready.²",
      "",
      "## Notes",
      "",
      "1. MOFA, “Exchange of Notes,” 2024.",
      "2. JICA, “Airport project,” 2023.",
    ].join("\n");
    const doc = parseDocument(text);
    expect(doc.body).toBe(
      [
        "In 2025 Japan pledged US$ 90 million and ¥2.836 billion (2024 prices).",
        "",
        "1. Build the terminal by 2028.",
        "2. Repair 3 taxiways.",
        "",
        "The 12 km² site is ready.",
      ].join("\n"),
    );
    expect(doc.markers.map((m) => m.label)).toEqual(["1", "2", "2"]);
    expect(doc.body).toContain("US$ 90 million");
    expect(doc.body).toContain("2.836 billion");
    expect(doc.body).toContain("(2024 prices)");
  });
});

describe("parseDocument: page-footer notes from a converted PDF", () => {
  it("takes out superscript footer notes and joins the interrupted sentence", () => {
    const text = [
      "Japan has supported Laos since 1958.¹ The two leaders agreed to open",
      "",
      "¹ JICA, “Message from the Chief Representative,” 2025, https://www.jica.go.jp/laos/.",
      "² Ministry of Foreign Affairs of Japan, “Japan-Laos Summit Meeting,” 21 January 2025.",
      "",
      "new channels for consultation.² That matters.",
      "",
      "A new paragraph.",
    ].join("\n");
    const doc = parseDocument(text);
    expect(doc.body).toBe(
      "Japan has supported Laos since 1958. The two leaders agreed to open new channels for consultation. That matters.\n\nA new paragraph.",
    );
    expect(doc.citations.map((c) => c.label)).toEqual(["1", "2"]);
    expect(doc.citations[1]).toMatchObject({ title: "Japan-Laos Summit Meeting", issued: "21 January 2025" });
    expect(before(doc, 17)).toEqual({ "1": " Laos since 1958.", "2": "for consultation." });
  });

  it("keeps a footer block together when later notes are short ('² Ibid.')", () => {
    const text = [
      "# Laos and its creditors",
      "",
      "Laos has borrowed heavily for the railway to",
      "Kunming.¹ The government is negotiating with",
      "",
      "¹ Jane Doe, ‘Laos’s debt trap’, Chatham House, 3 February 2024, https://www.chathamhouse.org/2024/02/laos.",
      "² Ibid.",
      "",
      "bondholders in Thailand.² The outcome is uncertain.",
    ].join("\n");
    const doc = parseDocument(text);
    expect(doc.body).toBe(
      "Laos has borrowed heavily for the railway to\nKunming. The government is negotiating with bondholders in Thailand. The outcome is uncertain.",
    );
    expect(doc.citations.map((c) => [c.label, c.text])).toEqual([
      ["1", "Jane Doe, ‘Laos’s debt trap’, Chatham House, 3 February 2024, https://www.chathamhouse.org/2024/02/laos."],
      ["2", "Ibid."],
    ]);
    expect(doc.citations[0]).toMatchObject({ title: "Laos’s debt trap", authors: ["Jane Doe"], publisher: "Chatham House" });
    expect(before(doc, 9)).toEqual({ "1": "\nKunming.", "2": "Thailand." });
  });

  it("handles '1 ' footer lines without blank lines around them", () => {
    const text = [
      "Debt service now absorbs most revenue, according to",
      "1 World Bank, “Lao Economic Monitor,” World Bank, May 2024, https://www.worldbank.org/lao.",
      "2 IMF, Article IV staff report, Washington, 2023.",
      "the latest estimates.¹ Inflation fell.²",
    ].join("\n");
    const doc = parseDocument(text);
    expect(doc.body).toBe("Debt service now absorbs most revenue, according to the latest estimates. Inflation fell.");
    expect(doc.citations.map((c) => c.text)).toEqual([
      "World Bank, “Lao Economic Monitor,” World Bank, May 2024, https://www.worldbank.org/lao.",
      "IMF, Article IV staff report, Washington, 2023.",
    ]);
    expect(doc.markers.map((m) => m.label)).toEqual(["1", "2"]);
  });

  it("is conservative: a complete sentence before, or lines that are not citations, stay in the body", () => {
    const complete = "The plan has three parts.\n\n1 Survey the site in 2025, then, build it\n\nand maintain it.";
    expect(parseDocument(complete).body).toBe(complete);
    expect(parseDocument(complete).citations).toEqual([]);

    const notCitation = "# Plan\n\nThe plan has parts such as\n\n2 surveys and designs\n\nand more.";
    expect(parseDocument(notCitation).body).toBe(notCitation.slice("# Plan\n\n".length));
  });

  it("takes out superscript footers between paragraphs when their markers were already used", () => {
    const text = "A finished paragraph.¹\n\n¹ ADB, “Key Indicators,” 2024.\n\nThe next paragraph.";
    const doc = parseDocument(text);
    expect(doc.body).toBe("A finished paragraph.\n\nThe next paragraph.");
    expect(doc.citations).toHaveLength(1);
    expect(doc.markers).toEqual([{ label: "1", offset: 21 }]);
  });
});

describe("parseDocument: title, byline and date", () => {
  it("reads an italic byline with two authors, an institute and a date", () => {
    const doc = parseDocument(
      "# A New Partnership\n\n*By Jane Doe and John Roe, Some Institute — 14 April 2025*\n\nBody starts here.",
    );
    expect(doc).toMatchObject({
      title: "A New Partnership",
      authors: ["Jane Doe", "John Roe"],
      publisher: "Some Institute",
      publishedOn: "2025-04-14",
      body: "Body starts here.",
    });
  });

  it("reads a pipe-separated byline under a plain first-line title", () => {
    const doc = parseDocument("Laos at the crossroads\n\nBy Jane Doe | Lowy Interpreter | 3 March 2025\n\nFirst paragraph.");
    expect(doc).toMatchObject({
      title: "Laos at the crossroads",
      authors: ["Jane Doe"],
      publisher: "Lowy Interpreter",
      publishedOn: "2025-03-03",
      body: "First paragraph.",
    });
  });

  it("parses 'April 14, 2025' and '2025-04-14' and splits authors on commas and &", () => {
    const a = parseDocument("# T\n\nBy Jane Doe, Ann Poe & John Roe — April 14, 2025\n\nText.");
    expect(a).toMatchObject({ authors: ["Jane Doe", "Ann Poe", "John Roe"], publisher: null, publishedOn: "2025-04-14" });
    const b = parseDocument("# T\n\n**By Jane Doe, Senior Fellow, Chatham House, 2025-04-14**\n\nText.");
    expect(b).toMatchObject({ authors: ["Jane Doe"], publisher: "Chatham House", publishedOn: "2025-04-14", body: "Text." });
  });

  it("reads a date line on its own", () => {
    const doc = parseDocument("# Title\n\nPublished 5 March 2025\n\nText.");
    expect(doc).toMatchObject({ title: "Title", publishedOn: "2025-03-05", authors: [], body: "Text." });
  });

  it("does not take a sentence for a title or byline", () => {
    const doc = parseDocument("This is a sentence that ends with a period.\n\nBy January, the budget had run out.\n\nMore.");
    expect(doc.title).toBeNull();
    expect(doc.authors).toEqual([]);
    expect(doc.publishedOn).toBeNull();
    expect(doc.body).toBe("This is a sentence that ends with a period.\n\nBy January, the budget had run out.\n\nMore.");
  });

  it("does not take a wrapped first line that starts with 'By' for a byline", () => {
    const text = "# Title\n\nBy January, Laos had exhausted its reserves and\nturned to its creditors.";
    const doc = parseDocument(text);
    expect(doc.authors).toEqual([]);
    expect(doc.body).toBe("By January, Laos had exhausted its reserves and\nturned to its creditors.");
  });

  it("rejects impossible dates", () => {
    expect(parseDocument("# T\n\nBy Jane Doe — 31 February 2025\n\nText.").publishedOn).toBeNull();
  });
});

describe("parseDocument: citation fields", () => {
  const notes = [
    "1. Ministry of Foreign Affairs of Japan, “Japan-Laos Summit Meeting,” press release, 21 January 2025, https://www.mofa.go.jp/s_sa/sea1/la/pageite_000001_00785.html.",
    "2. Japan International Cooperation Agency (JICA), “Signing of Grant Agreement with Laos: Contributing to Improved Quality of Education,” JICA, 19 February 2025, https://www.jica.go.jp/english/information/press/2024/20250219.html",
    "3. Sebastian Strangio, “Laos, Japan Upgrade Ties to Comprehensive Strategic Partnership,” The Diplomat, 22 January 2025, https://thediplomat.com/2025/01/laos-japan-upgrade-ties/.",
    "4. World Bank, *Lao PDR Economic Monitor, May 2024: Accelerating Reforms for Growth* (Washington, DC: World Bank, 2024), https://openknowledge.worldbank.org/handle/10986/41475.",
    "5. Jane Doe, John Roe and Ann Poe, “Debt and Development in Laos,” Asian Survey 64, no. 2 (March 2024): 201–225.",
    "6. Ministry of Planning and Investment, “Ninth Five-Year Plan,” Vientiane, 2021.",
    "7. Interview with a Lao official, Vientiane, March 2025.",
    "8. See the [Wikipedia article](https://en.wikipedia.org/wiki/Laos_(disambiguation)).",
    "9. Kyodo, “Japan to provide aid,” Japan Times, accessed 3 May 2025, https://www.japantimes.co.jp/x/.",
  ];
  const doc = parseDocument(["Text.¹ ² ³ ⁴ ⁵ ⁶ ⁷ ⁸ ⁹", "", "## Notes", "", ...notes].join("\n"));
  const byLabel = (label: string) => doc.citations.find((c) => c.label === label)!;

  it("parses a MOFA press release", () => {
    expect(byLabel("1")).toMatchObject({
      url: "https://www.mofa.go.jp/s_sa/sea1/la/pageite_000001_00785.html",
      title: "Japan-Laos Summit Meeting",
      authors: ["Ministry of Foreign Affairs of Japan"],
      publisher: null,
      issued: "21 January 2025",
    });
  });

  it("parses a JICA page", () => {
    expect(byLabel("2")).toMatchObject({
      url: "https://www.jica.go.jp/english/information/press/2024/20250219.html",
      title: "Signing of Grant Agreement with Laos: Contributing to Improved Quality of Education",
      authors: ["Japan International Cooperation Agency (JICA)"],
      publisher: "JICA",
      issued: "19 February 2025",
    });
  });

  it("parses a news article with an author", () => {
    expect(byLabel("3")).toMatchObject({
      url: "https://thediplomat.com/2025/01/laos-japan-upgrade-ties/",
      title: "Laos, Japan Upgrade Ties to Comprehensive Strategic Partnership",
      authors: ["Sebastian Strangio"],
      publisher: "The Diplomat",
      issued: "22 January 2025",
    });
  });

  it("parses a World Bank report with an italic title and an imprint", () => {
    expect(byLabel("4")).toMatchObject({
      url: "https://openknowledge.worldbank.org/handle/10986/41475",
      title: "Lao PDR Economic Monitor, May 2024: Accelerating Reforms for Growth",
      authors: ["World Bank"],
      publisher: "World Bank",
      issued: "2024",
    });
  });

  it("splits personal names but keeps an organisation whole", () => {
    expect(byLabel("5")).toMatchObject({
      authors: ["Jane Doe", "John Roe", "Ann Poe"],
      title: "Debt and Development in Laos",
      publisher: "Asian Survey",
      issued: "March 2024",
      url: null,
    });
    expect(byLabel("6")).toMatchObject({ authors: ["Ministry of Planning and Investment"], publisher: "Vientiane", issued: "2021" });
  });

  it("reads an author–date reference with an italic title", () => {
    const parsed = parseDocument("Claim.[^1]\n\n[^1]: Smith, A. (2023). *Power in the Mekong*. Routledge.");
    expect(parsed.citations[0]).toMatchObject({
      title: "Power in the Mekong",
      authors: ["Smith, A."],
      publisher: "Routledge",
      issued: "2023",
      url: null,
    });
  });

  it("leaves authors empty without a title to anchor on", () => {
    expect(byLabel("7")).toMatchObject({ title: null, authors: [], publisher: null, issued: "March 2025", url: null });
  });

  it("strips trailing punctuation from URLs but keeps balanced parentheses", () => {
    expect(byLabel("8")).toMatchObject({
      url: "https://en.wikipedia.org/wiki/Laos_(disambiguation)",
      title: "Wikipedia article",
      authors: [],
    });
  });

  it("ignores access dates", () => {
    expect(byLabel("9")).toMatchObject({ publisher: "Japan Times", issued: null, authors: ["Kyodo"] });
  });

  it("numbers the notes in order and finds every marker", () => {
    expect(doc.citations.map((c) => c.ordinal)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(doc.markers.map((m) => m.label)).toEqual(["1", "2", "3", "4", "5", "6", "7", "8", "9"]);
    expect(doc.body).toBe("Text.");
    expect(new Set(doc.markers.map((m) => m.offset))).toEqual(new Set([5]));
  });
});

describe("parseDocument: the demo commentary", () => {
  const text = fs.readFileSync(path.join(import.meta.dirname, "../demo/laos-japan-commentary.md"), "utf8");
  const doc = parseDocument(text);

  it("reads the title, byline and date", () => {
    expect(doc.title).toBe("Beyond the Donor's Chair: What the Laos–Japan Upgrade Really Buys");
    expect(doc.authors).toEqual(["Kanya Rattanavong-Hale"]);
    expect(doc.publisher).toBe("Institute for Mekong Connectivity Studies");
    expect(doc.publishedOn).toBe("2025-04-14");
    expect(doc.body.startsWith("## A promotion seventy years in the making\n\nWhen Prime Minister")).toBe(true);
    expect(doc.body.endsWith("well-timed anniversary gift.")).toBe(true);
  });

  it("finds ten notes and ten markers", () => {
    expect(doc.citations.map((c) => c.label)).toEqual(["1", "2", "3", "4", "5", "6", "7", "8", "9", "10"]);
    expect(doc.markers.map((m) => m.label)).toEqual(["1", "2", "3", "4", "5", "6", "7", "8", "9", "10"]);
    expect(doc.body).not.toMatch(/[⁰¹²³⁴-⁹]/);
    expect(doc.body).not.toContain("## Notes");
    expect(doc.body).not.toContain("https://");
  });

  it("keeps the numbers in the text", () => {
    expect(doc.body).toContain("¥2.836 billion");
    expect(doc.body).toContain("US$90–100 million");
    expect(doc.body).toContain("US$8.2 million");
    expect(doc.body).toContain("US$67,900");
    expect(doc.body).toContain("on 5 March 1955.");
  });

  it("places markers after the words they annotate", () => {
    const at = before(doc, 30);
    expect(at["1"]).toMatch(/defence consultation\.$/);
    expect(at["7"]).toMatch(/taxiways and aprons\.$/);
    expect(at["10"]).toMatch(/31 per cent in 2023\.$/);
    for (const m of doc.markers) expect(doc.body[m.offset]).toBe(" ");
  });

  it("parses the notes' fields", () => {
    expect(doc.citations[0]).toMatchObject({
      authors: ["The Japan News (Yomiuri Shimbun)"],
      publisher: "The Yomiuri Shimbun",
      issued: "22 January 2025",
      url: "https://japannews.yomiuri.co.jp/politics/politics-government/20250122-234443/",
    });
    expect(doc.citations[2]).toMatchObject({ title: "Message from the Chief Representative", publisher: "JICA", issued: null });
    expect(doc.citations[3]).toMatchObject({ authors: ["Ministry of Foreign Affairs of Japan"], publisher: "MOFA", issued: null });
    expect(doc.citations[9]).toMatchObject({
      title: "Lao People's Democratic Republic Economic Monitor, April 2024: Accelerating Reforms for Growth",
      authors: ["World Bank"],
      publisher: "World Bank Open Knowledge Repository",
      issued: "6 May 2024",
    });
  });
});

describe("parseDocument: a large document", () => {
  it("parses 100,000 words with 300 notes", () => {
    const words = "the ministry said growth in 2025 would reach 4 per cent while debt service rose sharply again".split(" ");
    const paragraphs: string[] = [];
    let note = 0;
    for (let p = 0; p < 1000; p++) {
      const sentence: string[] = [];
      for (let w = 0; w < 100; w++) sentence.push(words[(p + w) % words.length]!);
      let paragraph = sentence.join(" ") + ".";
      if (p % 10 < 3) paragraph += sup(++note);
      paragraphs.push(p % 50 === 0 ? `## Section ${p / 50 + 1}\n\n${paragraph}` : paragraph);
    }
    const notes = Array.from(
      { length: 300 },
      (_, i) => `${i + 1}. Author ${i + 1}, “Report number ${i + 1},” Publisher, ${(i % 28) + 1} March 2024, https://example.org/${i + 1}.`,
    );
    const doc = parseDocument(["# Big report", "", ...paragraphs, "", "## Notes", "", ...notes].join("\n\n"));
    expect(doc.title).toBe("Big report");
    expect(doc.citations).toHaveLength(300);
    expect(doc.markers).toHaveLength(300);
    expect(doc.body.split(/\s+/).filter((w) => !w.startsWith("#")).length).toBeGreaterThanOrEqual(100_000);
    expect(doc.citations[299]).toMatchObject({ label: "300", ordinal: 300, url: "https://example.org/300", issued: "20 March 2024" });
    for (const m of doc.markers) expect(doc.body[m.offset - 1]).toBe(".");
  });
});

describe("parseDocument: invariants and edge cases", () => {
  it("leaves Markdown references without a definition in the body", () => {
    const doc = parseDocument("Defined.[^a] Undefined.[^b]\n\n[^a]: Note a, 2024.");
    expect(doc.body).toBe("Defined. Undefined.[^b]");
    expect(doc.markers).toEqual([{ label: "a", offset: 8 }]);
  });

  it("does not take a '# Notes' heading for the title", () => {
    const doc = parseDocument("Short text.¹\n\n# Notes\n\n1. Source, “Title,” 2024.");
    expect(doc.title).toBeNull();
    expect(doc.body).toBe("Short text.");
    expect(doc.citations).toHaveLength(1);
  });

  it("gives every marker a citation and keeps offsets inside the body", () => {
    const texts = [
      fs.readFileSync(path.join(import.meta.dirname, "../demo/laos-japan-commentary.md"), "utf8"),
      "A [1] b [2] c.(1) d¹ e[^x]\n\nSources\n\n[1] One, 2020.\n[2] Two, 2021.",
      "Line one\n\n¹ Not a note\n\nOnly text.",
    ];
    for (const text of texts) {
      const doc = parseDocument(text);
      const labels = new Set(doc.citations.map((c) => c.label));
      for (const m of doc.markers) {
        expect(labels.has(m.label)).toBe(true);
        expect(m.offset).toBeGreaterThanOrEqual(0);
        expect(m.offset).toBeLessThanOrEqual(doc.body.length);
      }
      expect(doc.body).toBe(doc.body.trim());
      expect(doc.body).not.toMatch(/\n{3}| {2}/);
      expect(parseDocument(text)).toEqual(doc);
    }
  });

  it("returns an empty document for empty or blank input", () => {
    for (const text of ["", "   \n\n\t\n"]) {
      expect(parseDocument(text)).toEqual({
        title: null,
        authors: [],
        publishedOn: null,
        publisher: null,
        series: null,
        origins: {},
        body: "",
        backMatter: "",
        markers: [],
        citations: [],
        problems: [],
      });
    }
  });

  it("reads a plain-text notes heading with a colon and bracketed items", () => {
    const doc = parseDocument("# Report\n\nA claim [1].\n\nSOURCES:\n[1] UNDP, “Human Development Report,” 2024.");
    expect(doc.body).toBe("A claim.");
    expect(doc.citations[0]).toMatchObject({ label: "1", authors: ["UNDP"], title: "Human Development Report", issued: "2024" });
  });
});

describe("page-footer notes that do not look like citations", () => {
  it("are taken out when their superscript marker already appeared in the text", () => {
    const text = [
      "# A report",
      "",
      "The agreement covers the airport¹ and the works will",
      "¹ See chapter 3.",
      "continue until 2028.",
    ].join("\n");
    const parsed = parseDocument(text);
    expect(parsed.body).toContain("the works will continue until 2028.");
    expect(parsed.citations.map((c) => [c.label, c.text])).toEqual([["1", "See chapter 3."]]);
  });
});

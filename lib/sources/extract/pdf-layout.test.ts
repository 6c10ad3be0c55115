import { describe, expect, it } from "vitest";
import { parseDocument } from "../parse-document";
import { layoutPdf } from "./pdf-layout";
import type { PdfItem, PdfPage } from "./pdf-lines";

/** Text items as pdf.js reports them: y is the baseline, counted from the page bottom. */
const item = (str: string, x: number, y: number, size = 11): PdfItem => ({
  str,
  x,
  y,
  size,
  width: str.length * size * 0.5,
});
const page = (items: PdfItem[]): PdfPage => ({ width: 612, height: 792, items });
/** Body lines from the top of the page down, 15 points apart. */
const body = (lines: string[], top = 700) => lines.map((text, i) => item(text, 72, top - 15 * i));

describe("layoutPdf", () => {
  it("reads footnotes numbered on the baseline ('1 Text') into a notes section, and joins the sentence they interrupted", () => {
    const { text } = layoutPdf([
      page([
        item("Revenue", 72, 720, 16),
        ...body(["Debt service now absorbs most revenue, according to"]),
        item("1", 72, 100, 8),
        item("World Bank, “Lao Economic Monitor,” World Bank, May 2024, and its", 78, 100, 8),
        item("annex tables for 2023.", 72, 90, 8),
        item("2", 72, 80, 8),
        item("IMF, Article IV staff report, Washington, 2023.", 78, 80, 8),
        item("Page 1 of 2", 280, 40, 9),
      ]),
      page([...body(["the latest estimates. Inflation fell."]), item("– 2 –", 290, 40, 9)]),
    ]);
    expect(text).toBe(
      "# Revenue\n\nDebt service now absorbs most revenue, according to the latest estimates. Inflation fell.\n\n" +
        "## Notes\n\n" +
        "1. World Bank, “Lao Economic Monitor,” World Bank, May 2024, and its annex tables for 2023.\n" +
        "2. IMF, Article IV staff report, Washington, 2023.",
    );
    const doc = parseDocument(text);
    expect(doc.body).toBe("Debt service now absorbs most revenue, according to the latest estimates. Inflation fell.");
    expect(doc.citations.map((c) => c.label)).toEqual(["1", "2"]);
  });

  it("rejoins a word hyphenated across a page break, past the footnotes", () => {
    const { text } = layoutPdf([
      page([
        item("Meetings", 72, 720, 16),
        ...body(["The committee has met twice this year and will meet again in the pro-"]),
        item("1 ADB, “Outlook,” 2024.", 72, 100, 8),
      ]),
      page(body(["gramme's second year."])),
    ]);
    expect(text).toBe(
      "# Meetings\n\nThe committee has met twice this year and will meet again in the programme's second year.\n\n" +
        "## Notes\n\n1. ADB, “Outlook,” 2024.",
    );
    expect(parseDocument(text).body).toBe(
      "The committee has met twice this year and will meet again in the programme's second year.",
    );
  });

  it("separates words by the gaps between items, and attaches a raised marker to the word before it", () => {
    const { text } = layoutPdf([
      page([
        item("Growth", 72, 700),
        item("slowed.", 72 + 6 * 5.5 + 3, 700),
        item("12", 72 + 13 * 5.5 + 3.5, 704, 6.5),
        item("Then", 72 + 15 * 5.5 + 8, 700),
      ]),
    ]);
    expect(text).toBe("Growth slowed.¹² Then");
  });

  it("keeps a subscript or a raised symbol in its line, as plain text", () => {
    const { text } = layoutPdf([
      page([
        item("Emissions of CO", 72, 700),
        item("2", 154.5, 697.5, 7),
        item("rose.", 163, 700),
        item("*", 190.5, 705, 7),
      ]),
    ]);
    expect(text).toBe("Emissions of CO2 rose.*");
  });

  it("keeps a list item's hanging-indented lines in the item", () => {
    const { text } = layoutPdf([
      page([
        item("• The first point wraps onto", 72, 700),
        item("a second line.", 84, 685),
        item("• The second point.", 72, 670),
      ]),
    ]);
    expect(text).toBe("- The first point wraps onto a second line.\n- The second point.");
  });

  it("keeps a single page's header line, since nothing shows it repeats", () => {
    const lines = ["The body of the paper runs over", "several lines of text."];
    expect(layoutPdf([page([item("Working paper", 72, 760, 8), ...body(lines)])]).text).toBe(
      "Working paper\n\nThe body of the paper runs over several lines of text.",
    );
  });

  it("drops a running header that names the title shortened, after a label, and joins the paragraph it interrupted", () => {
    const { text } = layoutPdf([
      page([item("Fire on the Moei: Myanmar’s War and the Thai Border Economy", 72, 740, 17), ...body(["Trade across the Moei now depends on electricity, fuel and internet connections,"])]),
      page([item("Perspective Fire on the Moei", 72, 770, 8), ...body(["and on the protection of local armed groups."])]),
    ]);
    expect(text).toBe(
      "# Fire on the Moei: Myanmar’s War and the Thai Border Economy\n\nTrade across the Moei now depends on electricity, fuel and internet connections, and on the protection of local armed groups.",
    );
  });

  it("joins a footnote that runs on to the next page to its note, and keeps the body text above it in the body", () => {
    const { text } = layoutPdf([
      page([
        ...body(["Japan signed a grant agreement in February 2025⁷ to build teacher development centres in"]),
        item("7 Embassy of Japan in the Lao PDR, “Signing Ceremony,” 25 February 2025. The centres are to be", 72, 110, 8),
        item("built in nine provinces and are", 72, 100, 8),
        item("Page 1", 290, 40, 9),
      ]),
      page([
        ...body(["provinces that have no teacher-training college and promote educational standards."]),
        item("intended to serve as hubs for in-service training, with construction due by 2028.", 72, 120, 8),
        item("8 The Laotian Times, “China Remains the Largest Foreign Investor,” 17 August 2021.", 72, 110, 8),
        item("Page 2", 290, 40, 9),
      ]),
    ]);
    const doc = parseDocument(text);
    expect(doc.body).toBe(
      "Japan signed a grant agreement in February 2025 to build teacher development centres in provinces that have no teacher-training college and promote educational standards.",
    );
    expect(doc.citations.map((c) => [c.label, c.text])).toEqual([
      ["7", "Embassy of Japan in the Lao PDR, “Signing Ceremony,” 25 February 2025. The centres are to be built in nine provinces and are intended to serve as hubs for in-service training, with construction due by 2028."],
      ["8", "The Laotian Times, “China Remains the Largest Foreign Investor,” 17 August 2021."],
    ]);
  });

  it("reads a two-column page column by column, each with its own notes", () => {
    const left = (lines: string[], top = 700) => lines.map((t, i) => item(t, 50, top - 15 * i, 10));
    const right = (lines: string[], top = 700) => lines.map((t, i) => item(t, 320, top - 15 * i, 10));
    const words = (n: number, from: number) => Array.from({ length: n }, (_, i) => `Line ${from + i} of the column runs on`);
    const { text } = layoutPdf([
      page([
        ...left([...words(12, 1), "and the left column ends here.¹"]),
        item("1 World Bank, “Lao Economic Monitor,” May 2024.", 50, 100, 8),
        ...right([...words(12, 20), "and the right column ends here.²"]),
        item("2 IMF, “Article IV,” 2023.", 320, 100, 8),
      ]),
    ]);
    const doc = parseDocument(text);
    expect(doc.body.startsWith("Line 1 of the column runs on Line 2")).toBe(true);
    expect(doc.body).toContain("and the left column ends here.\n\nLine 20 of the column runs on");
    expect(doc.citations.map((c) => c.text)).toEqual(["World Bank, “Lao Economic Monitor,” May 2024.", "IMF, “Article IV,” 2023."]);
  });

  it("reads a page whose second column is short, its list going on there, under a header split over both columns", () => {
    const column = (x: number) => (lines: string[], top = 680) => lines.map((t, i) => item(t, x, top - 15 * i, 10));
    const [left, right] = [column(50), column(320)];
    const words = "aid rail debt grant power trade river loan dam rice basin fish port road bank".split(" ");
    const lines = (n: number, from: number) => Array.from({ length: n }, (_, i) => `the ${words[(from + i) % 15]} and ${words[(from + 2 * i) % 15]} lines run on ${from + i}`);
    const title = "Laos and Japan: A Comprehensive Strategic Partnership";
    const { text } = layoutPdf([
      page([item("IMCS COMMENTARY", 50, 750, 7), item(title, 50, 720, 17), ...left(lines(30, 0)), item("1", 300, 40, 9)]),
      page([
        item("IMCS Commentary", 50, 770, 8),
        item(title, 320, 770, 8),
        ...left([...lines(20, 30), "Three questions will show whether it has substance:", "• whether grant volumes rise;"]),
        ...right(["• whether private investment follows official aid."]),
        ...right(["If those tests are met, Laos gains a second pillar", ...lines(4, 60)], 650),
        item("2", 300, 40, 9),
      ]),
    ]);
    const doc = parseDocument(text);
    expect(doc.title).toBe(title);
    expect(doc.body).toContain(
      "lines run on 49 Three questions will show whether it has substance:\n\n- whether grant volumes rise;\n- whether private investment follows official aid.\n\nIf those tests are met, Laos gains a second pillar the",
    );
    expect(doc.body).not.toMatch(/IMCS Commentary|Partnership/i);
  });

  it("reads a list whose bullets a browser drew as graphics: indented lines after a colon, one item per ';'", () => {
    const { text } = layoutPdf([
      page([
        ...body(["The partnership will be judged by what follows it, and by", "whether the work it promises is done. Three questions", "will show whether it has substance:"], 730),
        item("whether grant volumes rise over the next three", 100, 685),
        item("years, rather than being relabelled;", 100, 670),
        item("whether Tokyo helps with debt transparency;", 100, 655),
        item("whether private investment follows official aid.", 100, 640),
        ...body(["If those tests are met, Laos gains a second pillar, and", "its balancing between neighbours is more sustainable."], 615),
      ]),
    ]);
    expect(parseDocument(text).body).toBe(
      "The partnership will be judged by what follows it, and by whether the work it promises is done. Three questions will show whether it has substance:\n\n- whether grant volumes rise over the next three years, rather than being relabelled;\n" +
        "- whether Tokyo helps with debt transparency;\n- whether private investment follows official aid.\n\nIf those tests are met, Laos gains a second pillar, and its balancing between neighbours is more sustainable.",
    );
  });

  it("keeps a short line that ends a sentence in its paragraph when the document spaces its paragraphs apart", () => {
    // Ragged-right text, 15 points between lines and 24 between paragraphs (a web page's margins).
    const at = (text: string, y: number) => item(text, 72, y);
    const { text } = layoutPdf([
      page([
        at("ASEAN and China signed the Declaration on the Conduct of Parties in 2002.", 700),
        at("The code remains unfinished.", 685),
        at("Negotiations on a single draft text began in 2018, and the talks go on.", 670),
        at("Events at sea have overtaken the diplomacy in the South China Sea.", 646),
        at("A provisional arrangement reduced tension at that feature in July.", 631),
        at("The chair's statement expressed concern about land reclamations.", 607),
        at("About CAF", 500),
        at("Contact", 491),
      ].map((i) => (i.str === "About CAF" || i.str === "Contact" ? { ...i, size: 8 } : i))),
    ]);
    expect(text.split("\n\n")).toEqual([
      "ASEAN and China signed the Declaration on the Conduct of Parties in 2002. The code remains unfinished. Negotiations on a single draft text began in 2018, and the talks go on.",
      "Events at sea have overtaken the diplomacy in the South China Sea. A provisional arrangement reduced tension at that feature in July.",
      "The chair's statement expressed concern about land reclamations.",
      "About CAF Contact",
    ]);
  });

  it("takes the lines under a footnote separator as notes, and an underlined line's rule for no separator", () => {
    const lines = ["Japan funds the terminal at Wattay airport.¹ The grant", "follows an earlier one for the runway."];
    const notes = [item("¹ JICA, “Wattay Terminal Expansion,” 2024.", 72, 120)];
    const separated = layoutPdf([{ ...page([...body(lines), ...notes]), rules: [{ x: 72, y: 135, width: 144 }] }]);
    expect(separated.text).toBe("Japan funds the terminal at Wattay airport.¹ The grant follows an earlier one for the runway.\n\n## Notes\n\n1. JICA, “Wattay Terminal Expansion,” 2024.");
    // A link's underline, 1.5 points under its words, separates nothing.
    const underlined = layoutPdf([{ ...page([...body(lines), ...notes]), rules: [{ x: 72, y: 118.5, width: 144 }] }]);
    expect(underlined.text).not.toContain("## Notes");
  });

  it("keeps the hyphen of 'U.S.-' before a name and of a prefix before a whole word, unless the text writes it closed", () => {
    const read = (lines: string[]) => layoutPdf([page(body(lines))]).text;
    expect(read(["The White House announced the U.S.-", "Vietnam partnership in Hanoi."])).toBe("The White House announced the U.S.-Vietnam partnership in Hanoi.");
    expect(read(["The continuing anti-", "corruption campaign has slowed approvals."])).toBe("The continuing anti-corruption campaign has slowed approvals.");
    expect(read(["The continuing anti-", "corruption campaign, an anticorruption drive."])).toBe("The continuing anticorruption campaign, an anticorruption drive.");
    // A prefix-like start of a longer word is a hyphenation break all the same.
    expect(read(["Earlier talks had pre-", "viously stalled in 2023."])).toBe("Earlier talks had previously stalled in 2023.");
  });
});

import { describe, expect, it } from "vitest";
import { makePdf, makeScannedPdf, type PdfPageSpec } from "@/lib/testing/document-files";
import { parseDocument } from "../parse-document";
import { extractFile } from "./index";

const upload = (bytes: Uint8Array) => extractFile({ name: "report.pdf", type: "application/pdf", bytes });
const HEADER = "Some Institute · Analysis";

describe("extractFile: PDF", () => {
  it("joins a sentence split by a page footer and makes the footer's notes citations", async () => {
    const pdf = await makePdf(
      [
        {
          header: HEADER,
          pageNumber: 1,
          lines: [
            { runs: ["Laos and its creditors"], size: 20 },
            null,
            { runs: ["Background"], size: 14 },
            { runs: ["Laos has borrowed heavily for the railway to Kunming.", { sup: "1" }, " The govern-"] },
            { runs: ["ment is negotiating with its long-term creditors, and the talks are"] },
            { runs: ["expected to"] },
          ],
          notes: [
            {
              n: 1,
              text: [
                "Jane Doe, ‘Laos’s debt trap’, Chatham House, 3 February 2024,",
                "https://www.chathamhouse.org/2024/02/laos.",
              ],
            },
            { n: 2, text: ["World Bank, “Lao Economic Monitor,” May 2024."] },
          ],
        },
        {
          header: HEADER,
          pageNumber: 2,
          lines: [
            { runs: ["continue into 2026.", { sup: "2" }, " Growth slowed."] },
            null,
            { runs: ["A second paragraph, with a long-"] },
            { runs: ["term view."] },
          ],
        },
      ],
      {
        info: {
          Title: "Laos and its creditors",
          Author: "Jane Doe; John Roe",
          CreationDate: new Date("2025-03-04T12:00:00Z"),
        },
      },
    );
    const extracted = await upload(pdf);
    expect(extracted).toMatchObject({
      format: "pdf",
      title: "Laos and its creditors",
      authors: ["Jane Doe", "John Roe"],
      // When the file was made is not when the work was published.
      publishedOn: null,
    });
    // The paragraph the page's notes interrupted is joined; the notes go to a notes section at the end.
    expect(extracted.text).toBe(
      [
        "# Laos and its creditors",
        "## Background",
        "Laos has borrowed heavily for the railway to Kunming.¹ The government is negotiating with its long-term creditors, and the talks are expected to continue into 2026.² Growth slowed.",
        "A second paragraph, with a long-term view.",
        "## Notes",
        "1. Jane Doe, ‘Laos’s debt trap’, Chatham House, 3 February 2024, https://www.chathamhouse.org/2024/02/laos.\n" +
          "2. World Bank, “Lao Economic Monitor,” May 2024.",
      ].join("\n\n"),
    );

    const doc = parseDocument(extracted.text);
    expect(doc.title).toBe("Laos and its creditors");
    expect(doc.body).toBe(
      "## Background\n\nLaos has borrowed heavily for the railway to Kunming. The government is negotiating with its " +
        "long-term creditors, and the talks are expected to continue into 2026. Growth slowed.\n\nA second paragraph, with a long-term view.",
    );
    expect(doc.markers.map((m) => [m.label, doc.body.slice(m.offset - 10, m.offset)])).toEqual([
      ["1", "o Kunming."],
      ["2", "into 2026."],
    ]);
    expect(doc.citations.map((c) => [c.label, c.text, c.url])).toEqual([
      [
        "1",
        "Jane Doe, ‘Laos’s debt trap’, Chatham House, 3 February 2024, https://www.chathamhouse.org/2024/02/laos.",
        "https://www.chathamhouse.org/2024/02/laos",
      ],
      ["2", "World Bank, “Lao Economic Monitor,” May 2024.", null],
    ]);
    expect(doc.citations[0]).toMatchObject({
      title: "Laos’s debt trap",
      authors: ["Jane Doe"],
      publisher: "Chatham House",
    });
  });

  it("reads a raised small marker mid-line, and takes out notes after a finished paragraph", async () => {
    const pdf = await makePdf([
      {
        lines: [
          { runs: ["Japan has supported Laos since 1958.", { sup: "1" }, " The two leaders agreed to open new"] },
          { runs: ["channels for consultation.", { sup: "2" }, ",", { sup: "3" }] },
          null,
          { runs: ["A final paragraph without notes."] },
        ],
        notes: [
          { n: 1, text: ["JICA, “Message from the Chief Representative,” 2025, https://www.jica.go.jp/laos/."] },
          { n: 2, text: ["Ministry of Foreign Affairs of Japan, “Japan-Laos Summit Meeting,” 21 January 2025."] },
          { n: 3, text: ["Ibid."] },
        ],
      },
    ]);
    const extracted = await upload(pdf);
    expect(extracted.text).toBe(
      "Japan has supported Laos since 1958.¹ The two leaders agreed to open new channels for consultation.²,³\n\n" +
        "A final paragraph without notes.\n\n## Notes\n\n" +
        "1. JICA, “Message from the Chief Representative,” 2025, https://www.jica.go.jp/laos/.\n" +
        "2. Ministry of Foreign Affairs of Japan, “Japan-Laos Summit Meeting,” 21 January 2025.\n" +
        "3. Ibid.",
    );
    const doc = parseDocument(extracted.text);
    expect(doc.body).toBe(
      "Japan has supported Laos since 1958. The two leaders agreed to open new channels for consultation.\n\nA final paragraph without notes.",
    );
    expect(doc.markers.map((m) => m.label)).toEqual(["1", "2", "3"]);
    expect(doc.citations.map((c) => [c.label, c.title, c.url])).toEqual([
      ["1", "Message from the Chief Representative", "https://www.jica.go.jp/laos/"],
      ["2", "Japan-Laos Summit Meeting", null],
      ["3", null, null],
    ]);
  });

  it("rebuilds paragraphs from gaps and indents, joins a paragraph across pages, and drops running lines", async () => {
    const pages: PdfPageSpec[] = [
      {
        header: HEADER,
        pageNumber: 1,
        lines: [
          { runs: ["The first paragraph has two lines and ends"] },
          { runs: ["here."] },
          { runs: ["An indented paragraph starts on the next line"], x: 90 },
          { runs: ["and runs on to the following page, where a hyphen-"] },
          { runs: ["ated word and the sentence both"] },
        ],
      },
      {
        header: HEADER,
        pageNumber: 2,
        lines: [
          { runs: ["continue."] },
          null,
          { runs: ["Key points"], size: 14 },
          { runs: ["• Debt service takes most revenue."] },
          { runs: ["• Growth is slowing."] },
        ],
      },
    ];
    const extracted = await upload(await makePdf(pages));
    expect(extracted.text).toBe(
      [
        "The first paragraph has two lines and ends here.",
        "An indented paragraph starts on the next line and runs on to the following page, where a hyphenated word and the sentence both continue.",
        "## Key points",
        "- Debt service takes most revenue.\n- Growth is slowing.",
      ].join("\n\n"),
    );
    expect(extracted.title).toBeNull();
  });

  it("reads footnotes set in the body's own size from the separator line drawn above them", async () => {
    const spec: PdfPageSpec[] = [
      {
        pageNumber: 1,
        lines: [
          { runs: ["Japan funds the new terminal at Wattay airport.", { sup: "1" }, " The grant follows"] },
          { runs: ["an earlier one for the runway,", { sup: "2" }, " and the works are due to"] },
        ],
        notes: [
          { n: 1, text: ["JICA, “Wattay International Airport Terminal Expansion,” 2024."] },
          { n: 2, text: ["Embassy of Japan in the Lao PDR, “Exchange of Notes,” 12 March 2025."] },
        ],
      },
      { pageNumber: 2, lines: [{ runs: ["end in 2026. Laos now has more partners than before."] }] },
    ];
    const text = (await upload(await makePdf(spec, { noteSize: 11, separator: true }))).text;
    expect(text).toBe(
      "Japan funds the new terminal at Wattay airport.¹ The grant follows an earlier one for the runway,² and the works are due to end in 2026. Laos now has more partners than before.\n\n" +
        "## Notes\n\n1. JICA, “Wattay International Airport Terminal Expansion,” 2024.\n2. Embassy of Japan in the Lao PDR, “Exchange of Notes,” 12 March 2025.",
    );
    expect(parseDocument(text).citations).toHaveLength(2);
    // Without the line, notes in the body's size are read where they stand, between the two halves of the sentence.
    const without = (await upload(await makePdf(spec, { noteSize: 11 }))).text;
    expect(without).toContain("are due to\n\n¹ JICA");
  });

  it("refuses a PDF with no text layer, one with a password, and a damaged one", async () => {
    await expect(upload(await makeScannedPdf())).rejects.toThrow(
      "This PDF has no text layer — it looks like a scan. Run it through OCR first, then upload the result.",
    );
    const locked = await makePdf([{ lines: [{ runs: ["Secret."] }] }], { userPassword: "secret" });
    await expect(upload(locked)).rejects.toThrow(
      "This PDF is password-protected. Remove the password and upload it again.",
    );
    const good = await makePdf([{ lines: [{ runs: ["Some text."] }] }]);
    await expect(upload(good.subarray(0, good.length / 2))).rejects.toThrow(
      "This PDF file is damaged and can't be read.",
    );
    await expect(upload(new TextEncoder().encode("%PDF-1.7\n1 0 obj <<\n%%EOF"))).rejects.toThrow(
      "This PDF file is damaged and can't be read.",
    );
  });

  it("ignores titles that PDF writers make up", async () => {
    const pdf = await makePdf([{ lines: [{ runs: ["Text."] }] }], {
      info: { Title: "Microsoft Word - draft v3.docx" },
    });
    expect((await upload(pdf)).title).toBeNull();
  });

  it("extracts a 100-page report with a note on every page", async () => {
    const words = "river dam fish delta power grid loan rice policy border trade rail debt water basin".split(" ");
    const sentence = (seed: number) =>
      Array.from({ length: 12 }, (_, i) => words[(seed * 7 + i * 3 + (seed >> 2)) % words.length]).join(" ");
    const pages: PdfPageSpec[] = Array.from({ length: 100 }, (_, p) => ({
      header: HEADER,
      pageNumber: p + 1,
      lines: Array.from({ length: 38 }, (_, i) => ({
        runs: [`${sentence(p * 40 + i)}${i % 6 === 5 ? "." : ""}`, ...(i === 17 ? [{ sup: String(2 * p + 1) }] : [])],
      })),
      notes: [{ n: 2 * p + 1, text: [`Author ${p}, “Report ${p},” 2024, https://example.org/${p}.`] }],
    }));
    const extracted = await upload(await makePdf(pages));
    const doc = parseDocument(extracted.text);
    expect(doc.citations).toHaveLength(100);
    expect(doc.citations[99]).toMatchObject({ label: "199", url: "https://example.org/99" });
    expect(doc.body).not.toContain(HEADER);
    expect(doc.body).not.toMatch(/\n\d+\n/);
  }, 30_000);
});

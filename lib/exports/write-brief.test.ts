import { extractText, getDocumentProxy } from "unpdf";
import { describe, expect, it } from "vitest";
import { readZipEntries } from "@/lib/sources/extract/inspect-zip";
import { HOSTILE, sampleBrief } from "@/lib/testing/brief-fixture";
import { BRIEF_HTML_CSP } from "./brief-html";
import { writeBrief } from "./write-brief";

async function unzipDocx(body: Buffer | string): Promise<Map<string, string>> {
  const entries = await readZipEntries(new Uint8Array(body as Buffer), () => true, (name) => /\.(xml|rels)$/.test(name));
  return new Map([...entries].map(([name, bytes]) => [name, bytes.toString("utf8")]));
}

/** The visible words of a WordprocessingML part, run by run. */
const wordText = (xml: string) => [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]!.replace(/&amp;/g, "&").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"')).join("");

async function pdfPages(body: Buffer | string): Promise<string[]> {
  const pdf = await getDocumentProxy(new Uint8Array(body as Buffer));
  const { text } = await extractText(pdf, { mergePages: false });
  return text;
}

describe("writeBrief: DOCX", () => {
  it("writes real Word footnotes, heading styles, lists, a table, the bibliography and the appendix", async () => {
    const file = await writeBrief(sampleBrief(), "docx");
    expect(file).toMatchObject({ extension: "docx", contentType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document" });
    const parts = await unzipDocx(file.body);
    const document = parts.get("word/document.xml")!;
    const footnotes = parts.get("word/footnotes.xml")!;
    expect(footnotes).toBeDefined();

    // Each note's text sits in footnotes.xml under its id, and the body refers to it.
    for (const n of [1, 2, 3]) {
      expect(document).toMatch(new RegExp(`<w:footnoteReference w:id="${n}"/>`));
      const note = new RegExp(`<w:footnote w:id="${n}"[^>]*>([\\s\\S]*?)</w:footnote>`).exec(footnotes);
      expect(note, `footnote ${n}`).not.toBeNull();
    }
    const noteText = (n: number) => wordText(new RegExp(`<w:footnote w:id="${n}"[^>]*>([\\s\\S]*?)</w:footnote>`).exec(footnotes)![1]!);
    expect(noteText(1)).toBe("Jane Doe, “Laos’s debt trap”, Chatham House, 3 February 2024, https://www.chathamhouse.org/2024/02/laos.");
    expect(noteText(2)).toContain("cited in: Kōno Tarō, “ODA to the Mekong”");
    // Note 1 is cited twice in the text, and still written once.
    expect(document.match(/<w:footnoteReference w:id="1"\/>/g)).toHaveLength(2);

    const text = wordText(document);
    expect(text).toContain("Laos–Japan relations: “quality” over quantity");
    expect(text).toContain("Audience: Director, Southeast Asia Division");
    expect(text).toContain("Authors: Mai Phommachanh, Renée Dubois");
    expect(text).toContain("Status: Approved by Kenji Sato on 28 November 2026");
    expect(text).toContain("[missing claim]");
    expect(text).toContain("¥2.836 billion");
    expect(document).toContain('<w:pStyle w:val="Title"/>');
    expect(document).toContain('<w:pStyle w:val="Heading1"/>');
    expect(document).toContain('<w:pStyle w:val="Heading2"/>');
    expect(document).toMatch(/<w:numPr><w:ilvl w:val="1"\/>/); // the nested list
    expect(document).toContain("<w:tbl>");
    expect(document).toContain("<w:hyperlink");
    expect(parts.get("word/_rels/document.xml.rels")).toContain("https://www.mofa.go.jp/region/asia-paci/laos/");
    expect(text).toContain("Bibliography");
    expect(text).toContain("Doe, Jane. “Laos’s debt trap”.");
    expect(text).toContain("Appendix: claims used");
    expect(text).toContain("“Public and publicly guaranteed debt reached 108 percent of GDP.”");
    expect(text).toContain("Kenji Sato");
    expect(document).toMatch(/<w:b\/>[\s\S]*?very likely/);
  });

  it("keeps hostile text as text", async () => {
    const parts = await unzipDocx((await writeBrief(sampleBrief({ title: HOSTILE }), "docx")).body);
    expect(parts.get("word/document.xml")).toContain("&lt;img src=x onerror=alert(1)&gt;");
  });
});

describe("writeBrief: DOCX markings, styled notes and endnotes", () => {
  it("prints the marking centred in bold at the top and bottom of every page, beside the page numbers", async () => {
    const parts = await unzipDocx((await writeBrief(sampleBrief({ marking: "OFFICIAL-SENSITIVE" }), "docx")).body);
    const bold = /<w:p><w:pPr><w:jc w:val="center"\/><\/w:pPr><w:r><w:rPr><w:b\/><w:bCs\/><\/w:rPr><w:t xml:space="preserve">OFFICIAL-SENSITIVE<\/w:t>/;
    expect(parts.get("word/header1.xml")).toMatch(bold);
    expect(parts.get("word/footer1.xml")).toMatch(bold);
    expect(parts.get("word/footer1.xml")).toContain(">PAGE</w:instrText>");
    expect(parts.get("word/document.xml")).toMatch(/<w:headerReference w:type="default"/);
    const unmarked = await unzipDocx((await writeBrief(sampleBrief({ marking: null }), "docx")).body);
    expect(wordText(unmarked.get("word/header1.xml")!)).toBe("");
    expect(wordText(unmarked.get("word/footer1.xml")!)).toBe("Page  of ");
  });

  it("sets the runs a citation style gives notes and bibliography entries, and in-text citations", async () => {
    const document = sampleBrief({
      footnotes: [
        {
          n: 1,
          text: "Jane Doe, Laos’s debt trap (Chatham House, 2024), https://www.chathamhouse.org/2024/02/laos.",
          runs: [{ text: "Jane Doe, " }, { text: "Laos’s debt trap", italic: true }, { text: " (Chatham House, 2024), https://www.chathamhouse.org/2024/02/laos." }],
        },
        { n: 2, text: "Ministry of Foreign Affairs of Japan, 2025." },
        { n: 3, text: "World Bank, 2024." },
      ],
      bibliography: [{ text: "DOE, J. 2024.", runs: [{ text: "Doe", smallCaps: true }, { text: ", J. 2024" }, { text: "a", superscript: true, bold: true }] }],
      bibliographyTitle: "References",
      blocks: [{ kind: "paragraph", children: [{ kind: "text", text: "Debt rose " }, { kind: "citation", text: "(World Bank, 2024)" }, { kind: "text", text: "." }] }],
    });
    const parts = await unzipDocx((await writeBrief(document, "docx")).body);
    const footnotes = parts.get("word/footnotes.xml")!;
    expect(footnotes).toMatch(/<w:r><w:rPr><w:i\/><w:iCs\/><\/w:rPr><w:t xml:space="preserve">Laos’s debt trap<\/w:t>/);
    expect(footnotes).toMatch(/<w:t xml:space="preserve">Jane Doe, <\/w:t>/);
    // The address inside a run is still a live link.
    expect(parts.get("word/_rels/footnotes.xml.rels")).toContain('Target="https://www.chathamhouse.org/2024/02/laos"');
    const body = parts.get("word/document.xml")!;
    expect(wordText(body)).toContain("Debt rose (World Bank, 2024).");
    expect(wordText(body)).toContain("References");
    expect(wordText(body)).not.toContain("Bibliography");
    expect(body).toMatch(/<w:smallCaps\/>[\s\S]{0,80}>Doe<\/w:t>/);
    expect(body).toMatch(/<w:b\/>[\s\S]{0,80}<w:vertAlign w:val="superscript"\/>[\s\S]{0,80}>a<\/w:t>/);
  });

  it("writes Word endnotes when the brief's notes go at the end", async () => {
    const parts = await unzipDocx((await writeBrief(sampleBrief({ notes: "endnotes" }), "docx")).body);
    const body = parts.get("word/document.xml")!;
    expect(body).not.toContain("<w:footnoteReference");
    expect(body.match(/<w:endnoteReference w:id="1"\/>/g)).toHaveLength(2);
    const endnotes = parts.get("word/endnotes.xml")!;
    const note = (n: number) => wordText(new RegExp(`<w:endnote w:id="${n}"[^>]*>([\\s\\S]*?)</w:endnote>`).exec(endnotes)?.[1] ?? "");
    expect(note(1)).toBe("Jane Doe, “Laos’s debt trap”, Chatham House, 3 February 2024, https://www.chathamhouse.org/2024/02/laos.");
    expect(note(3)).toContain("Lao Economic Monitor");
    expect(wordText(parts.get("word/footnotes.xml") ?? "")).not.toContain("Jane Doe");
  });
});

describe("writeBrief: PDF", () => {
  it("writes notes at the foot of their pages, page numbers on every page, the bibliography and the appendix", async () => {
    const file = await writeBrief(sampleBrief(), "pdf");
    expect(file).toMatchObject({ extension: "pdf", contentType: "application/pdf" });
    expect((file.body as Buffer).subarray(0, 5).toString()).toBe("%PDF-");
    const pages = await pdfPages(file.body);
    expect(pages.length).toBeGreaterThanOrEqual(4);
    pages.forEach((page, i) => expect(page).toContain(`Page ${i + 1} of ${pages.length}`));

    const flat = (text: string) => text.replace(/\u00ad\s*/g, "").replace(/\s+/g, " ");
    const all = flat(pages.join("\n"));
    expect(all).toContain("Laos–Japan relations: “quality” over quantity");
    // All three notes are cited on page 1, and print at its foot, in full, with their letters.
    const first = flat(pages[0]!);
    // (A URL breaks over lines at its slashes: compared without spaces.)
    expect(first.replace(/ /g, "")).toContain("JaneDoe,“Laos’sdebttrap”,ChathamHouse,3February2024,https://www.chathamhouse.org/2024/02/laos.");
    expect(first).toContain("cited in: Kōno Tarō, “ODA to the Mekong”, JICA, 2024.");
    expect(first).toContain("World Bank, “Lao Economic Monitor — May 2024”");
    expect(first.indexOf("Paragraph 1.")).toBeLessThan(first.indexOf("Jane Doe"));
    expect(all).not.toMatch(/\bNotes\b/);
    expect(all).toContain("[missing claim]");
    expect(all).toContain("¥2.836 billion");
    expect(all).toContain("Renée Dubois");
    expect(all).toContain("Bibliography");
    expect(all).toContain("Doe, Jane. “Laos’s debt trap”.");
    // The appendix starts a page of its own, under the running title.
    const appendix = pages.findIndex((page) => page.includes("Appendix: claims used"));
    expect(appendix).toBe(pages.length - 1);
    expect(pages[appendix]!.startsWith("Laos–Japan relations: “quality” over quantity")).toBe(true);
    expect(flat(pages[appendix]!)).toContain("Public and publicly guaranteed debt reached 108 percent of GDP.");
  });

  it("writes endnotes under “Notes” after the body when the brief asks for them", async () => {
    const pages = await pdfPages((await writeBrief(sampleBrief({ notes: "endnotes" }), "pdf")).body);
    const all = pages.join("\n").replace(/\u00ad\s*/g, "").replace(/\s+/g, " ");
    expect(all.indexOf("Paragraph 24.")).toBeLessThan(all.lastIndexOf("Notes"));
    expect(all.slice(all.lastIndexOf("Notes"))).toContain("1. Jane Doe, “Laos’s debt trap”");
    expect(pages[0]).not.toContain("Jane Doe");
  });

  it("prints Lao and Japanese in fonts of their own", async () => {
    const pages = await pdfPages((await writeBrief(sampleBrief({ title: "ສປປ ລາວ and 日本 — “partners”" }), "pdf")).body);
    expect(pages[0]!.replace(/\s+/g, "")).toContain("ສປປລາວand日本—“partners”");
  });
});

describe("writeBrief: Markdown", () => {
  it("writes [^n] references and their definitions, the bibliography and the appendix", async () => {
    const file = await writeBrief(sampleBrief(), "md");
    expect(file).toMatchObject({ extension: "md", contentType: "text/markdown; charset=utf-8" });
    const md = file.body as string;
    expect(md.startsWith("# Laos–Japan relations: “quality” over quantity\n")).toBe(true);
    expect(md).toContain("to remain dependent on Chinese credit[^1], while Japan offers *quality infrastructure* as an alternative[^2].");
    expect(md).toContain("[^1]: Jane Doe, “Laos’s debt trap”, Chatham House, 3 February 2024, https://www.chathamhouse.org/2024/02/laos.");
    expect(md).toContain("[^3]: World Bank");
    expect(md).toContain("**very likely**");
    expect(md).toContain("[the ministry’s page](<https://www.mofa.go.jp/region/asia-paci/laos/>)");
    expect(md).toContain("**\\[missing claim\\]**");
    expect(md).toContain("## Bibliography");
    expect(md).toContain("## Appendix: claims used");
    expect(md).toContain("| Donor | Commitment | Year |");
    expect(md).toContain("- Aid: the grant is the largest since 2015[^1]\n  1. First nested step\n  2. Second nested step");
    expect(md).toContain("> “Connectivity is the key,” the minister said.");
    expect(md).toContain("~~Brief the minister~~");
  });

  it("escapes text that Markdown would read as syntax or HTML", async () => {
    const md = (await writeBrief(sampleBrief({ title: HOSTILE, summary: "*not emphasis* and [not](a link)" }), "md")).body as string;
    expect(md).toContain("# \\<img src=x onerror=alert(1)\\>");
    expect(md).toContain("\\*not emphasis\\* and \\[not\\](a link)");
  });
});

describe("writeBrief: HTML", () => {
  it("is one self-contained, printable file with numbered footnotes and back-links", async () => {
    const file = await writeBrief(sampleBrief(), "html");
    expect(file).toMatchObject({ extension: "html", contentType: "text/html; charset=utf-8" });
    const html = file.body as string;
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<link|<img|src=/i);
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="${BRIEF_HTML_CSP}">`);
    expect(html).toContain("@media print");
    expect(html).toContain('<sup class="footnote-ref"><a href="#fn-1" id="fnref-1">1</a></sup>');
    expect(html).toContain('<li id="fn-1" value="1">Jane Doe');
    expect(html).toContain('<a href="#fnref-1" aria-label="Back to the text">↩</a>');
    expect(html).toContain('<span class="missing"');
    expect(html).toContain("[missing claim]");
    expect(html).toContain("<h2>Bibliography</h2>");
    expect(html).toContain("Appendix: claims used");
    expect(html).toContain("<table>");
  });

  it("escapes hostile text everywhere and drops unsafe links", async () => {
    const brief = sampleBrief({
      title: HOSTILE,
      summary: `"><script>alert(1)</script>`,
      blocks: [{ kind: "paragraph", children: [{ kind: "link", url: "javascript:alert(1)", children: [{ kind: "text", text: "click" }] }, { kind: "text", text: "<b onmouseover=x>" }] }],
    });
    const html = (await writeBrief(brief, "html")).body as string;
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toContain("<img");
    expect(html).not.toContain("javascript:");
    expect(html).not.toContain("<b onmouseover");
    expect(html).toContain("<title>&lt;img src=x onerror=alert(1)&gt;</title>");
    expect(html).toContain("&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;");
  });
});

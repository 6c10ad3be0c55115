import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { getDocumentProxy } from "unpdf";
import { afterAll, describe, expect, it } from "vitest";
import type { Block, BriefDocument, Inline } from "@/lib/briefs/document";
import { sampleBrief, SOURCES_ANNEX } from "@/lib/testing/brief-fixture";
import { AppError } from "@/lib/errors";
import { writeBriefPdf } from "./brief-pdf";
import { typesetInWorker } from "./pdf-pool";
import { compileTypst, TypstError } from "./typst/compile-brief";

const folder = fs.mkdtempSync(path.join(os.tmpdir(), "brief-pdf-"));
afterAll(() => fs.rmSync(folder, { recursive: true, force: true }));

type Pdf = { file: string; bytes: Buffer; pages: number };

async function typeset(document: BriefDocument): Promise<Pdf> {
  const bytes = await writeBriefPdf(document);
  const file = path.join(folder, `${Math.random().toString(36).slice(2)}.pdf`);
  fs.writeFileSync(file, bytes);
  return { file, bytes, pages: Number(/^Pages:\s+(\d+)/m.exec(info(file))![1]) };
}

// pdfinfo warns on stderr about the /Suspects flag Typst writes; only the answer on stdout matters.
const run = (command: string, args: string[]) => execFileSync(command, args, { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] });
const info = (file: string) => run("pdfinfo", [file]);
/** One page as pdftotext lays it out (1-based). */
const pageText = (pdf: Pdf, n: number) => run("pdftotext", ["-layout", "-f", String(n), "-l", String(n), pdf.file, "-"]);
const pages = (pdf: Pdf) => Array.from({ length: pdf.pages }, (_, i) => pageText(pdf, i + 1));
/** The words of the whole PDF on one line: hyphenated words joined, runs of space as one. */
const flat = (text: string) => text.replace(/\u00ad\s*/g, "").replace(/\s+/g, " ");

const t = (text: string, style: { bold?: boolean; italic?: boolean; code?: boolean } = {}): Inline => ({ kind: "text", text, ...style });
const fn = (n: number): Inline => ({ kind: "footnote", n });
const id = (n: number) => String(n).padStart(3, "0");
const PROSE =
  "Officials in Vientiane weigh each Japanese grant against the terms of Chinese credit, and the ministries that plan the country’s infrastructure read both with an eye on the debt that falls due each year, from the railway to the dams of the Nam Ngum. ";

/**
 * A brief long enough for its notes to fall on many pages: paragraph i carries the token F<n> with
 * note n right after it (n taken in pairs swapped, 2, 1, 4, 3…, so that the notes print with the
 * brief's numbers, not in the order met), and every tenth paragraph cites note 1 again.
 */
function longBrief(overrides: Partial<BriefDocument> = {}): BriefDocument {
  const count = 60;
  const order = Array.from({ length: count }, (_, i) => (i % 2 === 0 ? i + 2 : i));
  const blocks: Block[] = [{ kind: "heading", level: 1, children: [t("Findings")] }];
  order.forEach((n, i) => {
    const again: Inline[] = i > 0 && i % 10 === 0 ? [t(" As the first finding showed"), fn(1), t(".")] : [];
    blocks.push({ kind: "paragraph", children: [t(`Finding F${id(n)}`), fn(n), t(`. ${PROSE.repeat(2)}`), ...again] });
  });
  return sampleBrief({
    blocks,
    footnotes: Array.from({ length: count }, (_, i) => ({
      n: i + 1,
      text: `N${id(i + 1)} Ministry of Planning and Investment, “Official Development Assistance Report ${i + 1}”, Vientiane, 12 March 2025.`,
    })),
    appendix: null,
    ...overrides,
  });
}

describe("writeBriefPdf: notes", () => {
  it("prints each note at the foot of the page that first cites it, numbered as the brief numbers it, once", async () => {
    const pdf = await typeset(longBrief());
    expect(pdf.pages).toBeGreaterThanOrEqual(6);
    const texts = pages(pdf);
    const seen = new Set<string>();
    const notePages = new Set<number>();
    texts.forEach((text, i) => {
      const body = text.split("\n");
      for (const [, token, number] of text.matchAll(/F(\d{3})\s*(\d+)/g)) {
        // The reference's number is the note's own, and the note is on this page.
        expect(Number(number), `the reference F${token} on page ${i + 1}`).toBe(Number(token));
        expect(text, `note N${token} on page ${i + 1}`).toMatch(new RegExp(`^\\s*${Number(token)}\\s*N${token} Ministry`, "m"));
      }
      for (const [, token] of text.matchAll(/N(\d{3}) Ministry/g)) {
        expect(seen.has(token!), `N${token} printed twice`).toBe(false);
        seen.add(token!);
        notePages.add(i);
      }
      // Notes sit under the body, not above it.
      const lastFinding = body.findLastIndex((line) => /F\d{3}/.test(line));
      const firstNote = body.findIndex((line) => /N\d{3} Ministry/.test(line));
      if (lastFinding >= 0 && firstNote >= 0) expect(firstNote).toBeGreaterThan(lastFinding);
    });
    expect(seen.size).toBe(60);
    expect(notePages.size).toBeGreaterThanOrEqual(5);
    // Note 1, cited again later, prints once, on page 1; its later references carry its number.
    expect(texts[0]).toMatch(/^\s*1\s*N001 Ministry/m);
    expect(flat(texts.join("\n"))).toMatch(/As the first finding showed\s?1\./);
    expect(flat(texts.join("\n"))).not.toContain("Notes");
  });

  it("puts every note under “Notes” at the end in endnotes mode", async () => {
    const pdf = await typeset(longBrief({ notes: "endnotes" }));
    const texts = pages(pdf);
    const notesPage = texts.findIndex((text) => /^\s*Notes\s*$/m.test(text));
    expect(notesPage).toBeGreaterThan(0);
    const lastFindingPage = texts.findLastIndex((text) => /F\d{3}/.test(text));
    expect(lastFindingPage).toBeLessThanOrEqual(notesPage);
    texts.slice(0, notesPage).forEach((text) => expect(text).not.toMatch(/N\d{3} Ministry/));
    const notes = flat(texts.slice(notesPage).join("\n"));
    for (let n = 1; n <= 60; n++) expect(notes).toContain(`${n}. N${id(n)} Ministry of Planning and Investment`);
    // The references are still the notes' numbers.
    expect(flat(texts[0]!)).toMatch(/F002\s?2/);
  });
});

describe("writeBriefPdf: pages", () => {
  it("prints the marking at the top and bottom of every page, page numbers, and the title from page 2 on", async () => {
    const marking = "OFFICIAL-SENSITIVE";
    const pdf = await typeset(longBrief({ marking, appendix: sampleBrief().appendix }));
    const texts = pages(pdf);
    texts.forEach((text, i) => {
      const lines = text.split("\n").map((line) => line.trim()).filter(Boolean);
      expect(lines[0], `top of page ${i + 1}`).toBe(marking);
      expect(lines.at(-1), `bottom of page ${i + 1}`).toBe(marking);
      expect(lines.at(-2), `page number of page ${i + 1}`).toBe(`Page ${i + 1} of ${pdf.pages}`);
      if (i > 0) expect(lines[1]).toBe("Laos–Japan relations: “quality” over quantity");
    });
    // The appendix is a landscape page of its own.
    const last = run("pdfinfo", ["-f", String(pdf.pages), "-l", String(pdf.pages), pdf.file]);
    expect(last).toMatch(new RegExp(`Page\\s+${pdf.pages} size:\\s+841\\.89 x 595\\.\\d+`));
    expect(texts.at(-1)).toContain("Appendix: claims used");
    expect(texts.at(-2)).not.toContain("Appendix: claims used");
  });

  it("prints no marking line when the brief has none", async () => {
    const pdf = await typeset(sampleBrief());
    const first = pageText(pdf, 1).split("\n").map((line) => line.trim()).filter(Boolean);
    expect(first[0]).toBe("Laos–Japan relations: “quality” over");
    expect(first.at(-1)).toBe(`Page 1 of ${pdf.pages}`);
  });

  it("sets the document's title, authors and summary, tags it, and makes bookmarks of the headings", async () => {
    const pdf = await typeset(sampleBrief());
    const meta = info(pdf.file);
    expect(meta).toMatch(/^Title:\s+Laos–Japan relations: “quality” over quantity$/m);
    expect(meta).toMatch(/^Author:\s+Mai Phommachanh, Renée Dubois$/m);
    expect(meta).toMatch(/^Subject:\s+Japan’s aid to Laos is steady; its weight against Chinese credit is limited\.$/m);
    expect(meta).toMatch(/^Tagged:\s+yes$/m);
    const outline = await (await getDocumentProxy(new Uint8Array(pdf.bytes))).getOutline();
    const titles = (items: { title: string; items: unknown[] }[]): string[] =>
      items.flatMap((item) => [item.title, ...titles(item.items as { title: string; items: unknown[] }[])]);
    expect(titles(outline)).toEqual(["Key judgements", "Figures", "Background", "Bibliography", "Appendix: claims used"]);
  });

  it("keeps what the brief formats: links (safe ones only), code, tables, lists, missing claims", async () => {
    const brief = sampleBrief({
      blocks: [
        ...sampleBrief().blocks.slice(0, 9),
        { kind: "paragraph", children: [{ kind: "link", url: "javascript:alert(1)", children: [t("a bad link")] }, t(" and "), t("inline_code()", { code: true })] },
      ],
    });
    const pdf = await typeset(brief);
    const all = flat(pages(pdf).join("\n"));
    for (const words of ["Laos is very likely to remain dependent on Chinese credit1", "[missing claim]", "• Debt: public debt passed 100% of GDP3", "1. First nested step", "Donor Commitment Year", "Japan ¥2.836 billion2 2025", "“Connectivity is the key,” the minister said.", "debt_ratio = 1.08", "a bad link and inline_code()"]) {
      expect(all).toContain(words);
    }
    const text = pdf.bytes.toString("latin1");
    expect(text).toContain("/URI (https://www.mofa.go.jp/region/asia-paci/laos/)");
    expect(text).not.toContain("javascript:");
    expect(run("pdffonts", [pdf.file])).toContain("DejaVuSansMono");
  });
});

describe("writeBriefPdf: the Sources annex", () => {
  it("prints the annex after the bibliography and before the landscape appendix, its user text as written", async () => {
    const hostile = `#read("/etc/passwd") *not bold* $x$ <b>`;
    const annex = { ...SOURCES_ANNEX, sources: SOURCES_ANNEX.sources.map((s, i) => (i === 2 ? { ...s, title: hostile } : s)) };
    const pdf = await typeset(sampleBrief({ sources: annex }));
    const texts = pages(pdf).map(flat);
    const all = texts.join(" ");
    expect(all.indexOf("Bibliography")).toBeLessThan(all.indexOf("Sources This brief rests on 3 sources from 2 independent origins."));
    const annexPage = texts.findIndex((text) => text.includes("Source descriptors"));
    expect(annexPage).toBeGreaterThan(-1);
    expect(annexPage).toBeLessThan(texts.findIndex((text) => text.includes("Appendix: claims used")));
    expect(all).toContain("1. Laos’s debt trap Type Commentary Reliability D — Not usually reliable: Significant doubt");
    expect(all).toContain("Access https://www.chathamhouse.org/2024/02/laos, imported into Claimwork on 4 March");
    expect(all).toContain("Status Retracted on 1 May 2026: Withdrawn by the publisher.");
    expect(all).toContain(`3. ${hostile}`);
    expect(all).toContain("Rests on it Cited directly");
    expect(all).toContain("Claims resting on a single origin • Laos remains dependent on Chinese credit. — 2 reports, 1 origin: Lao News Agency, 23 January 2025 (circular reporting)");
    expect(all).not.toMatch(/judgment/);
  });
});

describe("writeBriefPdf: fonts", () => {
  const words = {
    lao: "ນະຄອນຫຼວງວຽງຈັນ",
    japanese: "日本とラオス",
    thai: "ประเทศลาว",
    // Khmer with no subscript consonant under a mark: Typst 0.14 maps each glyph of such a cluster
    // (ម្ពុ in កម្ពុជា) to the whole cluster, so text extraction repeats it (typst/typst#4225).
    khmer: "ព្រះរាជាណាចក្រ សៀមរាប",
    burmese: "မြန်မာနိုင်ငံ ရန်ကုန်မြို့",
    korean: "대한민국",
    chinese: "中华人民共和国",
    vietnamese: "Việt Nam, Hà Nội, Quốc hội",
  };

  it("embeds a subset of a font for every script, and every word reads back", async () => {
    const blocks: Block[] = Object.values(words).map((word) => ({ kind: "paragraph", children: [t(`${word}; `), t(word, { bold: true })] }));
    const pdf = await typeset(sampleBrief({ title: "ສປປ ລາວ and 日本 — “partners”", blocks }));
    const text = run("pdftotext", [pdf.file, "-"]).normalize("NFC").replace(/\s+/g, "");
    expect(text).toContain("ສປປລາວand日本—“partners”");
    for (const [script, word] of Object.entries(words)) {
      const bare = word.normalize("NFC").replace(/\s+/g, "");
      expect(text, script).toContain(`${bare};${bare}`);
    }
    const fonts = run("pdffonts", [pdf.file]).split("\n").slice(2).filter(Boolean);
    for (const family of ["NotoSerif-Regular", "NotoSerif-Bold", "NotoSansLao", "NotoSansThai", "NotoSansKhmer", "NotoSansMyanmar", "NotoSerifJP", "NotoSerifSC", "NotoSerifKR"]) {
      expect(fonts.some((line) => line.includes(family)), family).toBe(true);
    }
    for (const line of fonts) {
      // name, type…, emb, sub, uni: every font embedded, subset (its name prefixed "ABCDEF+").
      expect(line, line).toMatch(/^[A-Z]{6}\+\S+.*\syes\s+yes\s+yes\s+\d+\s+\d+$/);
    }
  });
});

describe("writeBriefPdf: escaping", () => {
  const hostile = [
    '#read("/etc/passwd")',
    '#import "@preview/cetz:0.3.0": *',
    "$x^2$ and *bold* and _emph_ and `raw`",
    "@fn-1 <note-1> \\ back\\slash // comment /* block */",
    "#set page(width: 1cm) #sys.inputs ]#[ = heading - item + item ~",
  ];

  it("prints Typst's syntax in a brief as the characters it is", async () => {
    const brief = sampleBrief({
      title: hostile[0]!,
      summary: hostile[1]!,
      authors: [hostile[2]!],
      marking: "#strong[SECRET] $1$",
      blocks: [
        { kind: "heading", level: 1, children: [t(hostile[3]!)] },
        ...hostile.map((line): Block => ({ kind: "paragraph", children: [t(line), fn(1)] })),
        { kind: "code", text: hostile[0]! },
        { kind: "table", header: [[t(hostile[4]!)]], rows: [[[t("#table()", { code: true })]]] },
        { kind: "list", ordered: false, items: [[{ kind: "paragraph", children: [{ kind: "link", url: 'https://example.org/")#read("/etc/passwd', children: [t(hostile[2]!)] }] }]] },
        { kind: "paragraph", children: [{ kind: "citation", text: "#emph[(JICA, 2024)]" }] },
      ],
      footnotes: [{ n: 1, text: hostile[4]!, runs: [{ text: hostile[3]!, italic: true }] }],
      bibliography: [{ text: hostile[1]!, runs: [{ text: hostile[1]!, smallCaps: true }] }],
      appendix: null,
    });
    const pdf = await typeset(brief);
    const all = flat(pages(pdf).join("\n"));
    for (const line of hostile) expect(all).toContain(line);
    expect(all).toContain("#strong[SECRET] $1$");
    expect(all).toContain("#table()");
    expect(all).toContain("#emph[(JICA, 2024)]");
    expect(all).not.toContain("root:");
    expect(info(pdf.file)).toMatch(/^Title:\s+#read\("\/etc\/passwd"\)$/m);
    expect(pdf.bytes.toString("latin1")).toContain('/URI (https://example.org/"\\)#read\\("/etc/passwd)');
  });

  it("lets Typst read no file outside the template's folder", () => {
    expect(() => compileTypst({}, '#read("/etc/passwd")')).toThrow(TypstError);
    expect(() => compileTypst({}, '#read("../../../../../../etc/passwd")')).toThrow(/outside of project root/);
    // The compiler is made afresh after a failure, and typesets the next brief.
    expect(compileTypst({}, "Vientiane").subarray(0, 5).toString()).toBe("%PDF-");
  });
});

describe("writeBriefPdf: the worker", () => {
  it("keeps the calling thread free while Typst typesets", async () => {
    const brief = longBrief({ notes: "endnotes" });
    await writeBriefPdf(brief);
    let last = performance.now();
    let longest = 0;
    const timer = setInterval(() => {
      const now = performance.now();
      longest = Math.max(longest, now - last);
      last = now;
    }, 2);
    const started = performance.now();
    await writeBriefPdf({ ...brief, title: "Another title, typeset afresh" });
    const took = performance.now() - started;
    clearInterval(timer);
    // In this thread, Typst's native compile would hold the event loop for all of it.
    expect(longest).toBeLessThan(Math.max(took / 2, 20));
  });

  it("refuses a brief that takes longer than the limit, and typesets the next one", async () => {
    const refused = typesetInWorker(longBrief(), { timeMs: 1, memoryMb: 512 });
    await expect(refused).rejects.toThrow(AppError);
    await expect(refused).rejects.toThrow("This brief takes too long to typeset as a PDF (over 0 s). Export it as DOCX, or split it.");
    expect((await writeBriefPdf(sampleBrief())).subarray(0, 5).toString()).toBe("%PDF-");
  });
});

import PDFDocument from "pdfkit";
import { describe, expect, it } from "vitest";
import { composeDiacritics, restoreLostLetters, type Glyph } from "./pdf-diacritics";
import type { PdfItem } from "./pdf-lines";
import { readPdf } from "./pdf-read";

type Item = PdfItem & { font?: string };

const item = (str: string, x: number, y: number, width: number, size = 11, font = "f1"): Item => ({ str, x, y, width, size, font });
const page = (items: Item[]) => ({ width: 595, height: 842, items });
const texts = (items: Item[]) => items.map((i) => i.str);

describe("composeDiacritics: accents drawn apart from their letters (pdfTeX)", () => {
  it("joins a tilde stacked over 'ê' into 'ễ', and drops the invisible copies of the bare letter", () => {
    const { items } = composeDiacritics(
      page([
        item("By Thomas Reinholt and Nguy", 56.69, 687.51, 149.44, 11.96),
        item("e", 206.13, 687.51, 5.31, 11.96),
        item("˜", 206.8, 690.23, 3.98, 11.96),
        item("ê", 206.13, 687.51, 5.31, 11.96),
        item("e", 206.13, 687.51, 5.31, 11.96),
        item("n Th", 211.44, 687.51, 22.25, 11.96),
      ]),
    );
    expect(texts(items)).toEqual(["By Thomas Reinholt and Nguy", "ễ", "n Th"]);
  });

  it("reads a full stop set under a letter as a dot below ('Trọng', 'Thị')", () => {
    const { items } = composeDiacritics(
      page([
        item("Phú Tr", 56.69, 613.57, 27.88, 9.96),
        item("o", 84.58, 613.57, 5.08, 9.96),
        item("o", 84.68, 613.57, 4.98, 9.96),
        item(".", 85.92, 611.34, 2.49, 9.96),
        item("o", 84.68, 613.57, 4.98, 9.96),
        item("ng in Hanoi", 89.66, 613.57, 50, 9.96),
        item("Th", 150, 613.57, 10, 9.96),
        item("i", 160, 613.57, 2.77, 9.96),
        item(".", 160.14, 611.4, 2.49, 9.96),
      ]),
    );
    expect(texts(items)).toEqual(["Phú Tr", "ọ", "ng in Hanoi", "Th", "ị"]);
  });

  it("puts an accent over the first letter of a longer run, composed", () => {
    const { items } = composeDiacritics(page([item("caf", 72, 700, 14.7), item("´", 88.1, 700, 3.7), item("e", 87.2, 700, 4.9)]));
    expect(texts(items)).toEqual(["caf", "é"]);
  });

  it("leaves punctuation on the baseline, and accents beside a letter rather than over it, alone", () => {
    const items = [item("GDP", 500, 100, 21), item(".", 521, 100, 2.75), item("x", 530, 100, 5.5), item("^", 536, 100, 5.2), item("2", 541.5, 100, 5.5)];
    expect(composeDiacritics(page(items)).items).toEqual(items);
  });

  it("reads text drawn twice at one place once, and composes decomposed letters", () => {
    const { items } = composeDiacritics(page([item("Summary", 72, 700, 45), item("Summary", 72.2, 700, 45), item("Nguye\u0302\u0303n", 72, 680, 30)]));
    expect(texts(items)).toEqual(["Summary", "Nguyễn"]);
  });
});

describe("composeDiacritics: glyphs of a fallback font drawn after their line (LibreOffice)", () => {
  it("puts each glyph into the room its line left for it, dropping the fallback font's moves between glyphs", () => {
    const { items } = composeDiacritics(
      page([
        item("When President Joe Biden met General Secretary Nguy", 62.5, 581.89, 245.04),
        item(" ", 307.54, 581.89, 6.79),
        item("n Phú Tr", 314.32, 581.89, 38.05),
        item(" ", 352.37, 581.89, 6.62),
        item("ng in Hanoi on 10 September 2023, the", 358.99, 581.89, 173.4),
        item("ễ", 307.9, 581.89, 6.76, 11, "f2"),
        item(" ", 314.66, 581.89, 38.13, 11, "f2"),
        item("ọ", 352.79, 581.89, 6.62, 11, "f2"),
      ]),
    );
    expect(texts(items)).toEqual(["When President Joe Biden met General Secretary Nguyễn Phú Trọng in Hanoi on 10 September 2023, the"]);
    expect(items[0]).toMatchObject({ x: 62.5, font: "f1" });
    expect(items[0]!.width).toBeCloseTo(532.39 - 62.5, 1);
  });

  it("keeps the space a wider room holds after the glyph", () => {
    const { items } = composeDiacritics(
      page([
        item("n Th", 258.61, 658.69, 23.2),
        item(" ", 281.81, 658.69, 39.79),
        item("Lan Anh", 321.59, 658.69, 43.58),
        item("���", 281.87, 658.69, 36.73, 11, "f3"),
      ]),
    );
    expect(texts(items)).toEqual(["n Th��� Lan Anh"]);
  });

  it("writes a glyph into the space pdf.js put into a run for its narrow room", () => {
    const line = "subsidence and the loss of sediment trapped behind upstream dams. Prime Minister Ph m Minh Chính has";
    const { items } = composeDiacritics(page([item(line, 62.5, 185.49, 470.04), item("ạ", 444.1, 185.49, 6.56, 11, "f2")]));
    expect(texts(items)).toEqual([line.replace("Ph m", "Phạm")]);
  });

  it("keeps the space a narrow glyph's room also held, as the page's glyphs show", () => {
    const drawn = (str: string, x: number, width: number, font = "f1"): Glyph => ({ str, x, y: 252.79, width, font });
    const glyphs = [
      ...[["n", 455.53, 5.5], [" ", 461.22, 2.75], ["T", 463.91, 6.71], ["h", 470.7, 5.5], [" ", 479.88, 2.75], ["L", 482.78, 6.71]],
      ...[["a", 489.48, 4.87], ["n", 494.36, 5.5], [" ", 500.05, 2.75], ["A", 502.44, 7.94], ["n", 510.34, 5.5], ["h", 515.84, 5.5]],
      ...[[" ", 521.53, 2.75], ["i", 524.52, 3.05], ["s", 527.52, 4.28]],
    ].map(([str, x, width]) => drawn(str as string, x as number, width as number));
    glyphs.push(drawn("ị", 476.69, 3.51, "f2"));
    const items = [item("n Th Lan Anh is", 455.53, 252.79, 76.27), item("ị", 476.69, 252.79, 3.51, 11, "f2")];
    expect(texts(composeDiacritics({ ...page(items), glyphs }).items)).toEqual(["n Thị Lan Anh is"]);
    const word = [drawn("T", 463.91, 6.71), drawn("h", 470.7, 5.5), drawn("ị", 476.2, 3.51, "f2"), drawn("t", 479.71, 3.06)];
    const meat = [item("Th t", 463.91, 252.79, 18.86), item("ị", 476.2, 252.79, 3.51, 11, "f2")];
    expect(texts(composeDiacritics({ ...page(meat), glyphs: word }).items)).toEqual(["Thịt"]);
  });

  it("leaves a glyph of the run's own font, or one over letters rather than a space, where it is", () => {
    const own = [item("weighed down by public debt above 100 per cent of GDP", 51.75, 106.5, 300, 12), item(",", 350, 106.5, 3.81, 12)];
    expect(composeDiacritics(page(own)).items).toEqual(own);
    const over = [item("Theory and practice", 72, 700, 90), item("★", 80, 700, 8, 11, "f2")];
    expect(composeDiacritics(page(over)).items).toEqual(over);
  });
});

describe("restoreLostLetters", () => {
  it("takes letters a producer wrote as U+FFFD from the same words elsewhere in the document", () => {
    const pages = restoreLostLetters([
      page([item("By Thomas Reinholt and Nguy���n Th��� Lan Anh", 62.5, 658.69, 300)]),
      page([item("The heart of the matter is Thanh Hoa.", 62.5, 700, 300), item("Nguyễn Thị Lan Anh is a Visiting Fellow", 62.5, 400, 300)]),
    ]);
    expect(pages[0]!.items[0]!.str).toBe("By Thomas Reinholt and Nguyễn Thị Lan Anh");
  });

  it("leaves a word the text spells two ways, or none, as it is", () => {
    const pages = restoreLostLetters([
      page([item("Th��� Lan and Tr���ng", 62.5, 658.69, 300)]),
      page([item("Thị Lan met Thu Lan.", 62.5, 700, 300)]),
    ]);
    expect(pages[0]!.items[0]!.str).toBe("Th��� Lan and Tr���ng");
  });
});

/**
 * A PDF set as LibreOffice sets a letter its font lacks: each line in Helvetica, in one TJ that leaves room for the
 * letter, then the letter in another font (Times here), drawn after the line in that room.
 */
async function fallbackPdf(lines: [string, string, string][]): Promise<Uint8Array> {
  const doc = new PDFDocument({ autoFirstPage: false, size: "LETTER" });
  const chunks: Buffer[] = [];
  doc.on("data", (c: Buffer) => chunks.push(c));
  const done = new Promise<void>((resolve) => doc.on("end", () => resolve()));
  doc.addPage({ margin: 0 });
  const fontId = (name: string) => {
    doc.font(name).fontSize(11).text(name, 300, 40, { lineBreak: false });
    return (doc as unknown as { _font: { id: string } })._font.id;
  };
  const [sans, serif] = [fontId("Helvetica"), fontId("Times-Roman")];
  lines.forEach(([before, letter, after], n) => {
    const y = 100 + 20 * n;
    const room = (doc.font("Times-Roman").fontSize(11).widthOfString(letter) * 1000) / 11;
    const at = 72 + doc.font("Helvetica").fontSize(11).widthOfString(before);
    // pdfkit's page is flipped (y grows downwards): so is the text matrix.
    doc.addContent(`BT /${sans} 11 Tf 1 0 0 -1 72 ${y} Tm [(${before}) ${-room} (${after})] TJ ET`);
    doc.addContent(`BT /${serif} 11 Tf 1 0 0 -1 ${at} ${y} Tm (${letter}) Tj ET`);
  });
  doc.end();
  await done;
  return new Uint8Array(Buffer.concat(chunks));
}

describe("composeDiacritics on a PDF's text as pdf.js reads it", () => {
  it("puts a letter of another font back into the space pdf.js left for it, keeping a space its room also held", async () => {
    const read = await readPdf(await fallbackPdf([["The Wh", "i", "te House"], ["Nguyen Th", "i", " Lan Anh"]]));
    if (!read.ok) throw new Error(read.problem);
    const page = read.pages[0]!;
    expect(texts(page.items).filter((s) => s.includes("Th"))).toEqual(["The Wh te House", "Nguyen Th Lan Anh"]);
    expect(page.glyphs?.length).toBeGreaterThan(0);
    expect(texts(composeDiacritics(page).items).filter((s) => s.includes("Th"))).toEqual(["The White House", "Nguyen Thi Lan Anh"]);
  });
});

/**
 * Builds the files the extraction tests upload, in code: PDFs typeset line by line with pdfkit (so each test
 * decides where lines, superscripts and page footers fall), Word documents with real footnotes made with docx,
 * and hand-made ZIP archives with yazl. Used by tests only.
 */
import { Document, EndnoteReferenceRun, FootnoteReferenceRun, HeadingLevel, Packer, Paragraph, TextRun } from "docx";
import PDFDocument from "pdfkit";
import yazl from "yazl";

/** A piece of a PDF line: plain text, or a footnote marker drawn smaller and raised. */
export type Run = string | { sup: string };
export type PdfLineSpec = { runs: Run[]; size?: number; x?: number };
export type PdfPageSpec = {
  header?: string;
  /** Lines from the top margin down, each `lineGap` below the last; null leaves a blank line. */
  lines: (PdfLineSpec | null)[];
  /** Footnotes at the page bottom, in small type, each starting with a raised number. */
  notes?: { n: number; text: string[] }[];
  pageNumber?: number;
};

const LEFT = 72;
const TOP = 72;
const PAGE_HEIGHT = 792;

export async function makePdf(
  pages: PdfPageSpec[],
  options: {
    info?: PDFKit.DocumentInfo;
    userPassword?: string;
    lineGap?: number;
    /** The footnotes' type size (8 unless set), and whether a separator line is drawn above them, as Word does. */
    noteSize?: number;
    separator?: boolean;
  } = {},
): Promise<Uint8Array> {
  const doc = new PDFDocument({
    autoFirstPage: false,
    size: "LETTER",
    info: options.info,
    userPassword: options.userPassword,
    pdfVersion: options.userPassword ? "1.7" : undefined,
  });
  const chunks: Buffer[] = [];
  doc.on("data", (c: Buffer) => chunks.push(c));
  const done = new Promise<void>((resolve) => doc.on("end", () => resolve()));
  doc.font("Helvetica");
  const draw = (runs: Run[], x: number, top: number, size: number) => {
    let cursor = x;
    for (const run of runs) {
      if (typeof run === "string") {
        doc.fontSize(size).text(run, cursor, top, { lineBreak: false });
        cursor += doc.widthOfString(run);
      } else {
        const small = size * 0.6;
        doc.fontSize(small).text(run.sup, cursor, top - size * 0.1, { lineBreak: false });
        cursor += doc.widthOfString(run.sup);
      }
    }
  };
  for (const page of pages) {
    doc.addPage({ margin: 0 });
    if (page.header) draw([page.header], LEFT, 36, 8);
    let top = TOP;
    for (const line of page.lines) {
      const size = line?.size ?? 11;
      if (line) draw(line.runs, line.x ?? LEFT, top, size);
      top += (line ? size : 11) * 1.35 + (options.lineGap ?? 0);
    }
    const noteLines = (page.notes ?? []).flatMap((note) =>
      note.text.map((text, i) => ({ n: i === 0 ? note.n : null, text })),
    );
    const noteSize = options.noteSize ?? 8;
    const noteStep = noteSize * 1.3125;
    let noteTop = PAGE_HEIGHT - 72 - noteLines.length * noteStep;
    if (options.separator && noteLines.length > 0) doc.moveTo(LEFT, noteTop - 6).lineTo(LEFT + 144, noteTop - 6).lineWidth(0.5).stroke();
    for (const line of noteLines) {
      draw(line.n === null ? [line.text] : [{ sup: String(line.n) }, ` ${line.text}`], LEFT, noteTop, noteSize);
      noteTop += noteStep;
    }
    if (page.pageNumber !== undefined) draw([String(page.pageNumber)], 300, PAGE_HEIGHT - 45, 9);
  }
  doc.end();
  await done;
  return new Uint8Array(Buffer.concat(chunks));
}

/** A page with no text at all: what a scanner produces, minus the image. */
export async function makeScannedPdf(): Promise<Uint8Array> {
  const doc = new PDFDocument({ size: "LETTER" });
  const chunks: Buffer[] = [];
  doc.on("data", (c: Buffer) => chunks.push(c));
  const done = new Promise<void>((resolve) => doc.on("end", () => resolve()));
  doc.rect(72, 72, 400, 600).fill("#ccc");
  doc.end();
  await done;
  return new Uint8Array(Buffer.concat(chunks));
}

export async function makeDocx(): Promise<Uint8Array> {
  const doc = new Document({
    title: "Laos and its creditors",
    creator: "Jane Doe; John Roe",
    footnotes: {
      1: {
        children: [
          new Paragraph({
            children: [
              new TextRun("Jane Doe, ‘Laos’s debt trap’, Chatham House, 3 February 2024, "),
              new TextRun("https://www.chathamhouse.org/2024/02/laos."),
            ],
          }),
        ],
      },
      2: { children: [new Paragraph("World Bank, “Lao Economic Monitor,” May 2024.")] },
    },
    endnotes: { 1: { children: [new Paragraph("IMF, “Article IV Consultation,” 2023, https://www.imf.org/lao.")] } },
    sections: [
      {
        children: [
          new Paragraph({ text: "Laos and its creditors", heading: HeadingLevel.TITLE }),
          new Paragraph({ text: "Background", heading: HeadingLevel.HEADING_1 }),
          new Paragraph({
            children: [
              new TextRun("Laos has borrowed heavily for the railway to Kunming."),
              new FootnoteReferenceRun(1),
              new TextRun(" The government is negotiating with its creditors."),
              new FootnoteReferenceRun(2),
            ],
          }),
          new Paragraph({
            children: [
              new TextRun("Growth slowed in 2024."),
              new EndnoteReferenceRun(1),
              new TextRun(" Inflation fell."),
            ],
          }),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}

/** A ZIP archive of the given entries, compressed. */
export function makeZip(entries: Record<string, Buffer | string>): Promise<Uint8Array> {
  const zip = new yazl.ZipFile();
  for (const [name, content] of Object.entries(entries)) {
    zip.addBuffer(typeof content === "string" ? Buffer.from(content) : content, name, { compress: true });
  }
  zip.end();
  const chunks: Buffer[] = [];
  return new Promise((resolve, reject) => {
    zip.outputStream.on("data", (c: Buffer) => chunks.push(c));
    zip.outputStream.on("end", () => resolve(new Uint8Array(Buffer.concat(chunks))));
    zip.outputStream.on("error", reject);
  });
}

/** Rewrites the uncompressed size an archive's central directory declares for `name`: a ZIP that lies. */
export function declareSize(zip: Uint8Array, name: string, size: number): Uint8Array {
  const out = Buffer.from(zip);
  for (let i = out.length - 46; i >= 0; i--) {
    if (out.readUInt32LE(i) !== 0x02014b50) continue;
    const nameLength = out.readUInt16LE(i + 28);
    if (out.toString("utf8", i + 46, i + 46 + nameLength) === name) {
      out.writeUInt32LE(size, i + 24);
      return new Uint8Array(out);
    }
  }
  throw new Error(`no entry ${name}`);
}

export const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>`;

export const PNG = new Uint8Array([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52, 0x00, 0x00, 0x00,
  0x01, 0x00, 0x00, 0x00, 0x01, 0x08, 0x06, 0x00, 0x00, 0x00, 0x1f, 0x15, 0xc4, 0x89,
]);

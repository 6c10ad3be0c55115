import PDFDocument from "pdfkit";
import type { Block, BriefDocument, Inline } from "@/lib/briefs/document";
import { isSafeUrl } from "./brief-markdown";
import { APPENDIX_COLUMNS, appendixRow, inlineText, MISSING_CLAIM, titleBlockLines } from "./brief-text";
import { toWinAnsi } from "./pdf-glyphs";

type Doc = PDFKit.PDFDocument;
type FontName = "Times-Roman" | "Times-Bold" | "Times-Italic" | "Times-BoldItalic" | "Helvetica" | "Helvetica-Bold" | "Courier";
type Segment = { text: string; font: FontName; size: number; color: string; link?: string; strike?: boolean };

const MARGIN = 72;
const BODY = 11;
const INK = "#1c1917";
const MUTED = "#57534e";
const HEADING_SIZES = [16, 13.5, 12, 11, 11, 11];

function bodyFont(bold?: boolean, italic?: boolean): FontName {
  if (bold && italic) return "Times-BoldItalic";
  if (bold) return "Times-Bold";
  return italic ? "Times-Italic" : "Times-Roman";
}

/** Inline content as styled segments. A note reference is set smaller, which pdfkit's top-aligned runs raise like a superscript. */
function segments(inlines: Inline[], size: number, base: { bold?: boolean; italic?: boolean; link?: string } = {}): Segment[] {
  return inlines.flatMap((inline): Segment[] => {
    switch (inline.kind) {
      case "text": {
        const font = inline.code ? "Courier" : bodyFont(inline.bold || base.bold, inline.italic || base.italic);
        return [{ text: inline.text, font, size: inline.code ? size - 1 : size, color: base.link ? "#1d4ed8" : INK, link: base.link, strike: inline.strike }];
      }
      case "link":
        return segments(inline.children, size, { ...base, link: isSafeUrl(inline.url) ? inline.url : undefined });
      case "footnote":
        return [{ text: String(inline.n), font: "Times-Roman", size: size * 0.62, color: INK }];
      case "citation":
        return [{ text: inline.text, font: bodyFont(base.bold, base.italic), size, color: INK }];
      case "missing-claim":
        return [{ text: MISSING_CLAIM, font: "Times-Bold", size, color: "#b91c1c" }];
      case "break":
        return [{ text: "\n", font: bodyFont(base.bold, base.italic), size, color: INK }];
    }
  });
}

/** Writes segments as one flowing paragraph at (x, y) in `width`; pdfkit breaks lines and pages. */
function richText(doc: Doc, parts: Segment[], x: number, width: number, options: { y?: number; align?: "left" | "justify" } = {}) {
  const list = parts.map((p) => ({ ...p, text: toWinAnsi(p.text) })).filter((p) => p.text.length > 0);
  if (list.length === 0) return;
  list.forEach((part, i) => {
    doc.font(part.font).fontSize(part.size).fillColor(part.color);
    const opts: PDFKit.Mixins.TextOptions = {
      continued: i < list.length - 1,
      link: part.link ?? null,
      underline: Boolean(part.link),
      strike: Boolean(part.strike),
      align: options.align ?? "left",
      lineGap: 1.5,
    };
    if (i === 0) doc.text(part.text, x, options.y ?? doc.y, { ...opts, width });
    else doc.text(part.text, opts);
  });
  doc.fillColor(INK);
}

/** Starts a new page when less than `needed` points are left, so a heading never ends a page. */
function keepSpace(doc: Doc, needed: number) {
  if (doc.y + needed > doc.page.height - MARGIN) doc.addPage();
}

type Layout = { x: number; width: number };

function renderBlocks(doc: Doc, blocks: Block[], layout: Layout) {
  for (const block of blocks) renderBlock(doc, block, layout);
}

function renderBlock(doc: Doc, block: Block, layout: Layout) {
  const { x, width } = layout;
  switch (block.kind) {
    case "heading": {
      const size = HEADING_SIZES[block.level - 1]!;
      keepSpace(doc, size * 4);
      doc.moveDown(0.6);
      doc.font("Helvetica-Bold").fontSize(size).fillColor(INK).text(toWinAnsi(inlineText(block.children)), x, doc.y, { width });
      doc.moveDown(0.3);
      return;
    }
    case "paragraph":
      richText(doc, segments(block.children, BODY), x, width, { align: "justify" });
      doc.moveDown(0.5);
      return;
    case "list":
      block.items.forEach((item, i) => {
        const marker = block.ordered ? `${i + 1}.` : "•";
        const inner = { x: x + 18, width: width - 18 };
        keepSpace(doc, BODY * 2);
        const top = doc.y;
        doc.font("Times-Roman").fontSize(BODY).fillColor(INK).text(marker, x, top, { width: 16, lineBreak: false });
        doc.y = top;
        item.forEach((child, j) => {
          if (j === 0 && child.kind === "paragraph") {
            richText(doc, segments(child.children, BODY), inner.x, inner.width, { y: top });
            doc.moveDown(0.25);
          } else renderBlock(doc, child, inner);
        });
      });
      doc.moveDown(0.25);
      return;
    case "quote": {
      const top = doc.y;
      const startPage = currentPage(doc);
      for (const child of block.children) {
        if (child.kind === "paragraph") {
          richText(doc, segments(child.children, BODY, { italic: true }), x + 18, width - 18);
          doc.moveDown(0.5);
        } else renderBlock(doc, child, { x: x + 18, width: width - 18 });
      }
      if (currentPage(doc) === startPage) doc.save().moveTo(x + 4, top).lineTo(x + 4, doc.y - 6).lineWidth(2).strokeColor("#d6d3d1").stroke().restore();
      return;
    }
    case "code": {
      const text = toWinAnsi(block.text);
      doc.font("Courier").fontSize(9);
      const height = doc.heightOfString(text, { width: width - 12 });
      keepSpace(doc, Math.min(height + 12, 200));
      const top = doc.y;
      if (height + 12 < doc.page.height - MARGIN - top) doc.save().rect(x, top, width, height + 12).fill("#f5f5f4").restore();
      doc.fillColor(INK).text(text, x + 6, top + 6, { width: width - 12 });
      doc.y = Math.max(doc.y, top + height + 12);
      doc.moveDown(0.5);
      return;
    }
    case "table":
      drawTable(doc, block.header.map((cell) => segments(cell, 9.5, { bold: true })), block.rows.map((row) => row.map((cell) => segments(cell, 9.5))), layout);
      return;
    case "rule": {
      doc.moveDown(0.3);
      doc.save().moveTo(x, doc.y).lineTo(x + width, doc.y).lineWidth(0.5).strokeColor("#a8a29e").stroke().restore();
      doc.moveDown(0.8);
      return;
    }
  }
}

/** Which page is being written: pages are buffered, so the index is the last one's. */
function currentPage(doc: Doc): number {
  const range = doc.bufferedPageRange();
  return range.start + range.count - 1;
}

/**
 * A table drawn row by row: each row is measured first and moved whole to the next page
 * when it does not fit, where the header row is repeated.
 */
function drawTable(doc: Doc, header: Segment[][], rows: Segment[][][], layout: Layout, weights?: number[]) {
  const columns = Math.max(header.length, ...rows.map((r) => r.length));
  if (columns === 0) return;
  const w = weights ?? Array.from({ length: columns }, () => 1);
  const total = w.reduce((a, b) => a + b, 0);
  const widths = w.map((weight) => (layout.width * weight) / total);
  const pad = 4;

  const measure = (cells: Segment[][]) =>
    Math.max(
      ...widths.map((cw, i) => {
        const cell = cells[i] ?? [];
        const size = cell[0]?.size ?? 9.5;
        // Measured in the bold face, the wider one, so that a measured row never overflows.
        doc.font("Times-Bold").fontSize(size);
        return doc.heightOfString(toWinAnsi(cell.map((s) => s.text).join("")) || " ", { width: cw - pad * 2, lineGap: 1.5 });
      }),
    ) +
    pad * 2;

  const drawRow = (cells: Segment[][], fill?: string) => {
    const height = measure(cells);
    if (doc.y + height > doc.page.height - MARGIN && doc.y > MARGIN + 1) {
      doc.addPage();
      if (cells !== header) drawRow(header, "#f5f5f4");
    }
    const top = doc.y;
    let cx = layout.x;
    let bottom = top + height;
    widths.forEach((cw, i) => {
      if (fill) doc.save().rect(cx, top, cw, height).fill(fill).restore();
      richText(doc, cells[i] ?? [], cx + pad, cw - pad * 2, { y: top + pad });
      bottom = Math.max(bottom, doc.y + pad);
      cx += cw;
    });
    cx = layout.x;
    doc.save().lineWidth(0.5).strokeColor("#a8a29e");
    for (const cw of widths) {
      doc.rect(cx, top, cw, bottom - top).stroke();
      cx += cw;
    }
    doc.restore();
    doc.x = layout.x;
    doc.y = bottom;
  };

  doc.moveDown(0.3);
  drawRow(header, "#f5f5f4");
  for (const row of rows) drawRow(row);
  doc.x = layout.x;
  doc.moveDown(0.8);
}

function heading(doc: Doc, text: string, layout: Layout) {
  renderBlock(doc, { kind: "heading", level: 1, children: [{ kind: "text", text }] }, layout);
}

/**
 * The brief as a PDF in the standard fonts: a title block, the body, numbered endnotes
 * under "Notes" (the note numbers in the text are raised and smaller), the bibliography,
 * the optional appendix on its own page, and "Page n of m" at the foot of every page.
 */
export function writeBriefPdf(document: BriefDocument): Promise<Buffer> {
  const doc = new PDFDocument({
    size: "A4",
    margins: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN },
    bufferPages: true,
    info: { Title: document.title, Author: document.authors.join("; "), Subject: document.summary, Creator: "Claimwork", Producer: "Claimwork" },
    lang: "en",
    displayTitle: true,
  });
  const chunks: Buffer[] = [];
  doc.on("data", (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });

  const layout: Layout = { x: MARGIN, width: doc.page.width - MARGIN * 2 };
  doc.font("Helvetica-Bold").fontSize(20).fillColor(INK).text(toWinAnsi(document.title), MARGIN, MARGIN, { width: layout.width });
  doc.moveDown(0.4);
  if (document.summary) {
    doc.font("Times-Italic").fontSize(12).fillColor(INK).text(toWinAnsi(document.summary), { width: layout.width });
    doc.moveDown(0.4);
  }
  for (const [label, value] of titleBlockLines(document)) {
    richText(doc, [
      { text: `${label}: `, font: "Helvetica-Bold", size: 9.5, color: MUTED },
      { text: value, font: "Helvetica", size: 9.5, color: MUTED },
    ], MARGIN, layout.width);
  }
  doc.moveDown(1);
  renderBlocks(doc, document.blocks, layout);

  if (document.footnotes.length) {
    heading(doc, "Notes", layout);
    for (const note of document.footnotes) {
      keepSpace(doc, 24);
      const top = doc.y;
      doc.font("Times-Roman").fontSize(9.5).fillColor(INK).text(`${note.n}.`, MARGIN, top, { width: 22, align: "right", lineBreak: false });
      doc.font("Times-Roman").fontSize(9.5).text(toWinAnsi(note.text), MARGIN + 28, top, { width: layout.width - 28, lineGap: 1 });
      doc.moveDown(0.3);
    }
  }
  if (document.bibliography.length) {
    heading(doc, document.bibliographyTitle, layout);
    for (const entry of document.bibliography) {
      keepSpace(doc, 24);
      doc.font("Times-Roman").fontSize(10).fillColor(INK).text(toWinAnsi(entry.text), MARGIN, doc.y, { width: layout.width, lineGap: 1 });
      doc.moveDown(0.4);
    }
  }
  if (document.appendix?.length) {
    doc.addPage();
    doc.y = MARGIN;
    doc.font("Helvetica-Bold").fontSize(16).fillColor(INK).text("Appendix: claims used", MARGIN, MARGIN, { width: layout.width });
    doc.moveDown(0.5);
    const cell = (text: string, bold = false): Segment[] => [{ text, font: bold ? "Times-Bold" : "Times-Roman", size: 8.5, color: INK }];
    drawTable(
      doc,
      APPENDIX_COLUMNS.map((c) => cell(c, true)),
      document.appendix.map((claim) => appendixRow(claim).map((text) => cell(text))),
      layout,
      [0.55, 2.4, 2.8, 1.8, 1, 1.1, 1.3, 1.1],
    );
  }

  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    // Writing inside the bottom margin would otherwise make pdfkit start a new page.
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc.font("Helvetica").fontSize(8.5).fillColor(MUTED).text(`Page ${i + 1} of ${range.count}`, MARGIN, doc.page.height - 44, {
      width: layout.width,
      align: "center",
      lineBreak: false,
    });
    doc.page.margins.bottom = bottom;
  }
  doc.end();
  return done;
}

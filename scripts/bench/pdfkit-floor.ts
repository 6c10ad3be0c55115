/**
 * The floor under the Typst PDF writer: the same brief written by pdfkit with the same Noto fonts
 * embedded (and subset), as plain flowing text: the title block, the body's paragraphs, headings
 * and list items, the notes together at the end, the bibliography, "Page n of m". No page
 * footnotes, no font fallback, no tables: what it costs at least to lay out and embed that many
 * words in those fonts, in this process.
 */
import { createRequire } from "node:module";
import path from "node:path";
import type { Block, BriefDocument, Inline } from "../../lib/briefs/document";

const require = createRequire(path.join(process.cwd(), "package.json"));
const font = (name: string, face: string, file: string) =>
  path.join(path.dirname(require.resolve(`@expo-google-fonts/${name}/package.json`)), face, file);
const FONTS = {
  regular: font("noto-serif", "400Regular", "NotoSerif_400Regular.ttf"),
  bold: font("noto-serif", "700Bold", "NotoSerif_700Bold.ttf"),
  italic: font("noto-serif", "400Regular_Italic", "NotoSerif_400Regular_Italic.ttf"),
};

const words = (inlines: Inline[]): string =>
  inlines
    .map((inline) => {
      switch (inline.kind) {
        case "text":
        case "citation":
          return inline.text;
        case "link":
          return words(inline.children);
        case "footnote":
          return `[${inline.n}]`;
        case "missing-claim":
          return "[missing claim]";
        case "break":
          return "\n";
      }
    })
    .join("");

function paragraphs(blocks: Block[]): { text: string; heading: boolean }[] {
  return blocks.flatMap((block) => {
    switch (block.kind) {
      case "heading":
        return [{ text: words(block.children), heading: true }];
      case "paragraph":
        return [{ text: words(block.children), heading: false }];
      case "list":
        return block.items.flatMap((item) => paragraphs(item));
      case "quote":
        return paragraphs(block.children);
      case "code":
        return [{ text: block.text, heading: false }];
      default:
        return [];
    }
  });
}

export async function writeBriefPdfWithPdfkit(document: BriefDocument): Promise<Buffer> {
  const { default: PDFDocument } = await import("pdfkit");
  const doc = new PDFDocument({ size: "A4", margin: 72, bufferPages: true, info: { Title: document.title, Author: document.authors.join(", ") } });
  doc.registerFont("regular", FONTS.regular).registerFont("bold", FONTS.bold).registerFont("italic", FONTS.italic);
  const chunks: Buffer[] = [];
  doc.on("data", (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });
  doc.font("bold").fontSize(20).text(document.title).moveDown(0.4);
  doc.font("italic").fontSize(12).text(document.summary).moveDown(1);
  for (const { text, heading } of paragraphs(document.blocks)) {
    if (heading) doc.moveDown(0.4).font("bold").fontSize(13.5).text(text).moveDown(0.3);
    else doc.font("regular").fontSize(11).text(text, { align: "justify" }).moveDown(0.5);
  }
  doc.font("bold").fontSize(16).text("Notes").moveDown(0.3);
  for (const note of document.footnotes) doc.font("regular").fontSize(9.5).text(`${note.n}. ${note.text}`).moveDown(0.3);
  doc.font("bold").fontSize(16).text(document.bibliographyTitle).moveDown(0.3);
  for (const entry of document.bibliography) doc.font("regular").fontSize(10).text(entry.text).moveDown(0.4);
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc.font("regular").fontSize(8.5).text(`Page ${i + 1} of ${range.count}`, 72, doc.page.height - 44, { width: doc.page.width - 144, align: "center", lineBreak: false });
    doc.page.margins.bottom = bottom;
  }
  doc.end();
  return done;
}

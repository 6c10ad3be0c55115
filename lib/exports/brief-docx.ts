import {
  AlignmentType,
  BorderStyle,
  Document,
  ExternalHyperlink,
  Footer,
  FootnoteReferenceRun,
  HeadingLevel,
  LevelFormat,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type ParagraphChild,
} from "docx";
import type { Block, BriefDocument, Inline } from "@/lib/briefs/document";
import { isSafeUrl } from "./brief-markdown";
import { APPENDIX_COLUMNS, appendixRow, MISSING_CLAIM, titleBlockLines } from "./brief-text";

const HEADINGS = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3, HeadingLevel.HEADING_4, HeadingLevel.HEADING_5, HeadingLevel.HEADING_6] as const;
const INDENT = 720;
const MONO = "Consolas";
const URL_PATTERN = /(https?:\/\/[^\s<>"]+[^\s<>".,;:!?)\]'’”])/;

type RunStyle = { bold?: boolean; italics?: boolean; strike?: boolean };

function runs(inlines: Inline[], style: RunStyle = {}): ParagraphChild[] {
  return inlines.flatMap((inline): ParagraphChild[] => {
    switch (inline.kind) {
      case "text":
        return [
          new TextRun({
            text: inline.text,
            bold: inline.bold || style.bold,
            italics: inline.italic || style.italics,
            strike: inline.strike || style.strike,
            ...(inline.code ? { font: MONO } : {}),
          }),
        ];
      case "link": {
        if (!isSafeUrl(inline.url)) return runs(inline.children, style);
        return [new ExternalHyperlink({ link: inline.url, children: linkRuns(inline.children, style) })];
      }
      case "footnote":
        return [new FootnoteReferenceRun(inline.n)];
      case "citation":
        return [new TextRun({ text: inline.text, bold: style.bold, italics: style.italics })];
      case "missing-claim":
        return [new TextRun({ text: MISSING_CLAIM, bold: true, color: "B91C1C" })];
      case "break":
        return [new TextRun({ break: 1 })];
    }
  });
}

/** The runs inside a hyperlink: Word's Hyperlink style, keeping the text's own emphasis. */
function linkRuns(inlines: Inline[], style: RunStyle): TextRun[] {
  return inlines.flatMap((c) => {
    if (c.kind === "text") return [new TextRun({ text: c.text, style: "Hyperlink", bold: c.bold || style.bold, italics: c.italic || style.italics })];
    if (c.kind === "link") return linkRuns(c.children, style);
    return [];
  });
}

/** A reference's text with its web addresses as live links. */
function linkedText(text: string): ParagraphChild[] {
  // split() with a capturing group puts the addresses at the odd indices.
  return text
    .split(URL_PATTERN)
    .flatMap((part, i): ParagraphChild[] =>
      i % 2 === 1 ? [new ExternalHyperlink({ link: part, children: [new TextRun({ text: part, style: "Hyperlink" })] })] : part ? [new TextRun(part)] : [],
    );
}

type ListState = { next: number };

function blocks(list: Block[], state: ListState, depth = 0, quote = false): (Paragraph | Table)[] {
  return list.flatMap((block) => render(block, state, depth, quote));
}

function render(block: Block, state: ListState, depth: number, quote: boolean): (Paragraph | Table)[] {
  const indent = depth || quote ? { left: INDENT * (depth + (quote ? 1 : 0)) } : undefined;
  const border = quote ? { left: { style: BorderStyle.SINGLE, size: 12, color: "D6D3D1", space: 8 } } : undefined;
  switch (block.kind) {
    case "heading":
      return [new Paragraph({ heading: HEADINGS[block.level - 1], children: runs(block.children) })];
    case "paragraph":
      return [new Paragraph({ children: runs(block.children, quote ? { italics: true } : {}), indent, border })];
    case "list": {
      const instance = state.next++;
      return block.items.flatMap((item) =>
        item.flatMap((child, i) => {
          if (i === 0 && child.kind === "paragraph") {
            return [
              new Paragraph({
                children: runs(child.children),
                numbering: { reference: block.ordered ? "numbers" : "bullets", level: Math.min(depth, 8), instance },
              }),
            ];
          }
          return render(child, state, depth + 1, quote);
        }),
      );
    }
    case "quote":
      return blocks(block.children, state, depth, true);
    case "code":
      return block.text.split("\n").map(
        (line) => new Paragraph({ children: [new TextRun({ text: line, font: MONO, size: 19 })], indent, spacing: { after: 0 }, shading: { fill: "F5F5F4", type: "clear", color: "auto" } }),
      );
    case "table":
      return [table(block.header.map((cell) => runs(cell, { bold: true })), block.rows.map((row) => row.map((cell) => runs(cell))))];
    case "rule":
      return [new Paragraph({ children: [], border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: "A8A29E", space: 1 } } })];
  }
}

function table(header: ParagraphChild[][], rows: ParagraphChild[][][]): Table {
  const row = (cells: ParagraphChild[][], isHeader: boolean) =>
    new TableRow({
      tableHeader: isHeader,
      cantSplit: true,
      children: cells.map((children) => new TableCell({ children: [new Paragraph({ children })], ...(isHeader ? { shading: { fill: "F5F5F4", type: "clear", color: "auto" } } : {}) })),
    });
  return new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows: [row(header, true), ...rows.map((r) => row(r, false))] });
}

const bulletLevels = Array.from({ length: 9 }, (_, level) => ({
  level,
  format: LevelFormat.BULLET,
  text: ["•", "◦", "▪"][level % 3]!,
  alignment: AlignmentType.LEFT,
  style: { paragraph: { indent: { left: INDENT * (level + 1), hanging: 360 } } },
}));
const numberLevels = Array.from({ length: 9 }, (_, level) => ({
  level,
  format: [LevelFormat.DECIMAL, LevelFormat.LOWER_LETTER, LevelFormat.LOWER_ROMAN][level % 3]!,
  text: `%${level + 1}.`,
  alignment: AlignmentType.LEFT,
  style: { paragraph: { indent: { left: INDENT * (level + 1), hanging: 360 } } },
}));

/**
 * The brief as a Word document: real footnotes (Word numbers and places them), Word's
 * heading styles (so the navigation pane and a table of contents work), lists, tables and
 * links, a title block, the bibliography and the optional appendix; page numbers in the footer.
 */
export async function writeBriefDocx(document: BriefDocument): Promise<Buffer> {
  const state: ListState = { next: 1 };
  const meta = titleBlockLines(document);
  const children: (Paragraph | Table)[] = [
    new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(document.title)] }),
    ...(document.summary ? [new Paragraph({ children: [new TextRun({ text: document.summary, italics: true, size: 26 })] })] : []),
    ...meta.map(([label, value]) => new Paragraph({ spacing: { after: 0 }, children: [new TextRun({ text: `${label}: `, bold: true }), new TextRun(value)] })),
    new Paragraph({ children: [] }),
    ...blocks(document.blocks, state),
  ];
  if (document.bibliography.length) {
    children.push(new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun("Bibliography")] }));
    for (const entry of document.bibliography) children.push(new Paragraph({ indent: { left: INDENT, hanging: INDENT }, children: linkedText(entry.text) }));
  }
  if (document.appendix?.length) {
    children.push(new Paragraph({ heading: HeadingLevel.HEADING_1, pageBreakBefore: true, children: [new TextRun("Appendix: claims used")] }));
    children.push(
      table(
        APPENDIX_COLUMNS.map((c) => [new TextRun({ text: c, bold: true })]),
        document.appendix.map((claim) => appendixRow(claim).map((cell) => [new TextRun(cell)])),
      ),
    );
  }
  const doc = new Document({
    title: document.title,
    description: document.summary,
    subject: document.audience,
    creator: document.authors.join("; ") || "Claimwork",
    lastModifiedBy: "Claimwork",
    numbering: {
      config: [
        { reference: "bullets", levels: bulletLevels },
        { reference: "numbers", levels: numberLevels },
      ],
    },
    footnotes: Object.fromEntries(document.footnotes.map((note) => [note.n, { children: [new Paragraph({ children: linkedText(note.text) })] }])),
    sections: [
      {
        footers: {
          default: new Footer({
            children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: ["Page ", PageNumber.CURRENT, " of ", PageNumber.TOTAL_PAGES], size: 18 })] })],
          }),
        },
        children,
      },
    ],
  });
  return Packer.toBuffer(doc);
}

import {
  AlignmentType,
  BorderStyle,
  Document,
  EndnoteReferenceRun,
  ExternalHyperlink,
  Footer,
  FootnoteReferenceRun,
  Header,
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
import type { Block, BriefDocument, Inline, SourcesAnnex, StyledRun } from "@/lib/briefs/document";
import { isSafeUrl } from "./brief-markdown";
import {
  APPENDIX_COLUMNS,
  appendixRow,
  MISSING_CLAIM,
  SINGLE_ORIGIN_TITLE,
  singleOriginLine,
  SOURCE_DESCRIPTORS_TITLE,
  sourceDescriptorLines,
  SOURCES_TITLE,
  titleBlockLines,
} from "./brief-text";
import { applyDocxTemplate, readDocxTemplate } from "./docx-template";

const HEADINGS = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3, HeadingLevel.HEADING_4, HeadingLevel.HEADING_5, HeadingLevel.HEADING_6] as const;
const INDENT = 720;
const MONO = "Consolas";
const URL_PATTERN = /(https?:\/\/[^\s<>"]+[^\s<>".,;:!?)\]'’”])/;

type RunStyle = { bold?: boolean; italics?: boolean; strike?: boolean };
type NoteKind = BriefDocument["notes"];

function runs(inlines: Inline[], style: RunStyle = {}, notes: NoteKind = "footnotes"): ParagraphChild[] {
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
        if (!isSafeUrl(inline.url)) return runs(inline.children, style, notes);
        return [new ExternalHyperlink({ link: inline.url, children: linkRuns(inline.children, style) })];
      }
      case "footnote":
        return [notes === "endnotes" ? new EndnoteReferenceRun(inline.n) : new FootnoteReferenceRun(inline.n)];
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

/** A reference's text with its web addresses as live links, in the style its citation style gives the run. */
function linkedText(text: string, run: Omit<StyledRun, "text"> = {}): ParagraphChild[] {
  const style = { italics: run.italic, bold: run.bold, smallCaps: run.smallCaps, superScript: run.superscript };
  // split() with a capturing group puts the addresses at the odd indices.
  return text
    .split(URL_PATTERN)
    .flatMap((part, i): ParagraphChild[] =>
      i % 2 === 1
        ? [new ExternalHyperlink({ link: part, children: [new TextRun({ text: part, style: "Hyperlink", ...style })] })]
        : part
          ? [new TextRun({ text: part, ...style })]
          : [],
    );
}

/** A note or bibliography entry: its styled runs where the citation style gives some, else its text. */
const reference = (entry: { text: string; runs?: StyledRun[] }): ParagraphChild[] =>
  entry.runs?.length ? entry.runs.flatMap(({ text, ...style }) => linkedText(text, style)) : linkedText(entry.text);

type ListState = { next: number; notes: NoteKind };

function blocks(list: Block[], state: ListState, depth = 0, quote = false): (Paragraph | Table)[] {
  return list.flatMap((block) => render(block, state, depth, quote));
}

function render(block: Block, state: ListState, depth: number, quote: boolean): (Paragraph | Table)[] {
  const indent = depth || quote ? { left: INDENT * (depth + (quote ? 1 : 0)) } : undefined;
  const border = quote ? { left: { style: BorderStyle.SINGLE, size: 12, color: "D6D3D1", space: 8 } } : undefined;
  switch (block.kind) {
    case "heading":
      return [new Paragraph({ heading: HEADINGS[block.level - 1], children: runs(block.children, {}, state.notes) })];
    case "paragraph":
      return [new Paragraph({ children: runs(block.children, quote ? { italics: true } : {}, state.notes), indent, border })];
    case "list": {
      const instance = state.next++;
      return block.items.flatMap((item) =>
        item.flatMap((child, i) => {
          if (i === 0 && child.kind === "paragraph") {
            return [
              new Paragraph({
                children: runs(child.children, {}, state.notes),
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
      return [table(block.header.map((cell) => runs(cell, { bold: true }, state.notes)), block.rows.map((row) => row.map((cell) => runs(cell, {}, state.notes))))];
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

/** The Sources annex: its statement, each source's descriptor as a titled group of lines, then the single-origin claims. */
function sourcesAnnex(annex: SourcesAnnex): Paragraph[] {
  const out = [new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(SOURCES_TITLE)] }), new Paragraph({ children: [new TextRun(annex.statement)] })];
  if (annex.sources.length) out.push(new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun(SOURCE_DESCRIPTORS_TITLE)] }));
  for (const source of annex.sources) {
    out.push(new Paragraph({ keepNext: true, spacing: { before: 160, after: 40 }, children: [new TextRun({ text: `${source.n}. ${source.title}`, bold: true })] }));
    const lines = sourceDescriptorLines(source);
    lines.forEach(([label, value], i) => {
      const text = label === "Access" ? linkedText(value) : [new TextRun({ text: value, ...(label === "Status" ? { color: "B91C1C" } : {}) })];
      out.push(new Paragraph({ indent: { left: INDENT / 2 }, keepNext: i < lines.length - 1, spacing: { after: 0 }, children: [new TextRun({ text: `${label}: `, bold: true }), ...text] }));
    });
  }
  if (annex.singleOrigin.length) {
    out.push(new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun(SINGLE_ORIGIN_TITLE)] }));
    for (const claim of annex.singleOrigin) out.push(new Paragraph({ numbering: { reference: "bullets", level: 0 }, children: [new TextRun(singleOriginLine(claim))] }));
  }
  return out;
}

const markingParagraph = (marking: string) => new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: marking, bold: true })] });
const pageNumberParagraph = () =>
  new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: ["Page ", PageNumber.CURRENT, " of ", PageNumber.TOTAL_PAGES], size: 18 })] });

export type DocxOptions = {
  /** The project's Word template (a .docx checked by checkDocxTemplate): its styles, theme, header and footer. */
  template?: Uint8Array | null;
};

/**
 * The brief as a Word document: real footnotes or endnotes (Word numbers and places them),
 * Word's heading styles (so the navigation pane and a table of contents work), lists,
 * tables and links, a title block, the bibliography and the optional appendix; page
 * numbers in the footer, and the marking, if any, centred in bold in the header and the
 * footer of every page.
 *
 * With a template, the document takes its styles, theme, fonts and numbering, and its
 * default header and footer, images included: the marking stays first in its header and
 * last in its footer, and our page numbers are added to its footer unless it numbers
 * its pages itself.
 */
export async function writeBriefDocx(document: BriefDocument, options: DocxOptions = {}): Promise<Buffer> {
  const template = options.template ? await readDocxTemplate(options.template) : null;
  const state: ListState = { next: 1, notes: document.notes };
  const meta = titleBlockLines(document);
  const children: (Paragraph | Table)[] = [
    new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(document.title)] }),
    ...(document.summary ? [new Paragraph({ children: [new TextRun({ text: document.summary, italics: true, size: 26 })] })] : []),
    ...meta.map(([label, value]) => new Paragraph({ spacing: { after: 0 }, children: [new TextRun({ text: `${label}: `, bold: true }), new TextRun(value)] })),
    new Paragraph({ children: [] }),
    ...blocks(document.blocks, state),
  ];
  if (document.bibliography.length) {
    children.push(new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(document.bibliographyTitle || "Bibliography")] }));
    for (const entry of document.bibliography) children.push(new Paragraph({ indent: { left: INDENT, hanging: INDENT }, children: reference(entry) }));
  }
  if (document.sources) children.push(...sourcesAnnex(document.sources));
  if (document.appendix?.length) {
    children.push(new Paragraph({ heading: HeadingLevel.HEADING_1, pageBreakBefore: true, children: [new TextRun("Appendix: claims used")] }));
    children.push(
      table(
        APPENDIX_COLUMNS.map((c) => [new TextRun({ text: c, bold: true })]),
        document.appendix.map((claim) => appendixRow(claim).map((cell) => [new TextRun(cell)])),
      ),
    );
  }
  const notes = Object.fromEntries(document.footnotes.map((note) => [note.n, { children: [new Paragraph({ children: reference(note) })] }]));
  const { marking } = document;
  // The header always exists, empty without a marking, so that a template's header has a part to go into.
  const header = new Header({ children: [marking ? markingParagraph(marking) : new Paragraph({ children: [] })] });
  const footer = new Footer({ children: [pageNumberParagraph(), ...(marking ? [markingParagraph(marking)] : [])] });
  const doc = new Document({
    title: document.title,
    description: document.summary,
    subject: document.audience,
    creator: document.authors.join("; ") || "Claimwork",
    lastModifiedBy: "Claimwork",
    ...(template ? { externalStyles: template.styles } : {}),
    numbering: {
      config: [
        { reference: "bullets", levels: bulletLevels },
        { reference: "numbers", levels: numberLevels },
      ],
    },
    ...(document.notes === "endnotes" ? { endnotes: notes } : { footnotes: notes }),
    sections: [{ headers: { default: header }, footers: { default: footer }, children }],
  });
  const written = await Packer.toBuffer(doc);
  if (!template) return written;
  return applyDocxTemplate(written, template, {
    headerParagraphs: (ours) => (marking ? ours.slice(0, 1) : []),
    footerParagraphs: (ours, numbered) => (numbered ? ours.slice(1) : ours),
  });
}

/**
 * The brief as the data the Typst template (brief.typ) reads with `json(...)`: the template
 * builds every piece of content from these values as text, so no word of a brief is ever
 * parsed as Typst markup. What needs a decision is decided here, in TypeScript: which links
 * are safe to keep, which reference to a footnote is its first (the one that prints the note
 * at the foot of its page), how the title block and the appendix read.
 */
import type { Block, BriefDocument, Inline, StyledRun } from "@/lib/briefs/document";
import { isSafeUrl } from "../brief-markdown";
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
} from "../brief-text";

export type TypstRun = { text: string; italic?: boolean; bold?: boolean; smallCaps?: boolean; superscript?: boolean; link?: string };

export type TypstInline =
  | { kind: "text"; text: string; bold?: boolean; italic?: boolean; code?: boolean; strike?: boolean }
  /** `url` null: an unsafe link, printed as its words only. */
  | { kind: "link"; url: string | null; children: TypstInline[] }
  /** `first`: the reference that carries the note; later ones point back to it. */
  | { kind: "note"; n: number; first: boolean }
  | { kind: "missing"; text: string }
  | { kind: "citation"; text: string }
  | { kind: "break" };

export type TypstBlock =
  | { kind: "heading"; level: number; children: TypstInline[] }
  /** `notes`: the notes this paragraph carries (its first references to them). */
  | { kind: "paragraph"; children: TypstInline[]; notes: number[] }
  | { kind: "list"; ordered: boolean; items: TypstBlock[][] }
  | { kind: "quote"; children: TypstBlock[] }
  | { kind: "code"; text: string }
  /** Every row has `columns` cells. */
  | { kind: "table"; columns: number; header: TypstInline[][]; rows: TypstInline[][][] }
  | { kind: "rule" };

export type TypstNote = { n: number; runs: TypstRun[] };

export type TypstBrief = {
  title: string;
  /** The title in the page header: one line's worth. */
  runningTitle: string;
  summary: string;
  authors: string[];
  /** The title block's lines under the summary: label and value. */
  meta: [string, string][];
  marking: string | null;
  notes: "footnotes" | "endnotes";
  blocks: TypstBlock[];
  /** Every note, by number, for the first reference (footnotes) or the list under "Notes" (endnotes). */
  footnotes: TypstNote[];
  /** Notes no reference in the text carries (footnotes mode): listed under "Notes" so that none is lost. */
  unreferenced: number[];
  bibliographyTitle: string;
  bibliography: TypstRun[][];
  appendix: { columns: string[]; rows: string[][] } | null;
  /** The Sources annex, its headings and lines already in words; `link` on a descriptor: its safe URL. */
  sources: {
    title: string;
    statement: string;
    descriptorsTitle: string;
    descriptors: { heading: string; lines: [string, string][]; link: string | null }[];
    singleOriginTitle: string;
    singleOrigin: string[];
  } | null;
};

/**
 * A note's runs, with its URL (where the text shows it whole inside one run) made a link.
 * Notes without runs are one plain run of their text.
 */
function noteRuns(text: string, runs: StyledRun[] | undefined, url: string | null | undefined): TypstRun[] {
  const plain: TypstRun[] = runs?.length ? runs.map((run) => ({ ...run })) : [{ text }];
  if (!url || !isSafeUrl(url)) return plain;
  const at = plain.findIndex((run) => run.text.includes(url));
  if (at < 0) return plain;
  const run = plain[at]!;
  const start = run.text.indexOf(url);
  const pieces: TypstRun[] = [
    { ...run, text: run.text.slice(0, start) },
    { ...run, text: url, link: url },
    { ...run, text: run.text.slice(start + url.length) },
  ].filter((piece) => piece.text.length > 0);
  return [...plain.slice(0, at), ...pieces, ...plain.slice(at + 1)];
}

/** Some 100 characters fit the header's line in its small size: a longer title is cut at a word, with "…". */
function runningTitle(title: string, max = 100): string {
  const chars = [...title];
  if (chars.length <= max) return title;
  const cut = chars.slice(0, max - 1).join("");
  const space = cut.lastIndexOf(" ");
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

function firstNotes(inlines: TypstInline[]): number[] {
  return inlines.flatMap((inline) => (inline.kind === "note" && inline.first ? [inline.n] : inline.kind === "link" ? firstNotes(inline.children) : []));
}

class Converter {
  readonly cited = new Set<number>();

  inlines(inlines: Inline[]): TypstInline[] {
    return inlines.map((inline): TypstInline => {
      switch (inline.kind) {
        case "text":
          return inline;
        case "link":
          return { kind: "link", url: isSafeUrl(inline.url) ? inline.url.trim() : null, children: this.inlines(inline.children) };
        case "footnote": {
          const first = !this.cited.has(inline.n);
          this.cited.add(inline.n);
          return { kind: "note", n: inline.n, first };
        }
        case "missing-claim":
          return { kind: "missing", text: MISSING_CLAIM };
        case "citation":
          return { kind: "citation", text: inline.text };
        case "break":
          return { kind: "break" };
      }
    });
  }

  blocks(blocks: Block[]): TypstBlock[] {
    return blocks.map((block): TypstBlock => {
      switch (block.kind) {
        case "heading":
          return { ...block, children: this.inlines(block.children) };
        case "paragraph": {
          const children = this.inlines(block.children);
          return { kind: "paragraph", children, notes: firstNotes(children) };
        }
        case "list":
          return { kind: "list", ordered: block.ordered, items: block.items.map((item) => this.blocks(item)) };
        case "quote":
          return { kind: "quote", children: this.blocks(block.children) };
        case "code":
        case "rule":
          return block;
        case "table": {
          const columns = Math.max(1, block.header.length, ...block.rows.map((row) => row.length));
          const pad = (cells: Inline[][]) => Array.from({ length: columns }, (_, i) => this.inlines(cells[i] ?? []));
          return { kind: "table", columns, header: pad(block.header), rows: block.rows.map(pad) };
        }
      }
    });
  }
}

export function toTypstBrief(document: BriefDocument): TypstBrief {
  const converter = new Converter();
  const blocks = converter.blocks(document.blocks);
  return {
    title: document.title,
    runningTitle: runningTitle(document.title),
    summary: document.summary,
    authors: document.authors,
    meta: titleBlockLines(document),
    marking: document.marking?.trim() ? document.marking.trim() : null,
    notes: document.notes,
    blocks,
    footnotes: document.footnotes.map((note) => ({ n: note.n, runs: noteRuns(note.text, note.runs, note.url) })),
    unreferenced: document.notes === "footnotes" ? document.footnotes.map((note) => note.n).filter((n) => !converter.cited.has(n)) : [],
    bibliographyTitle: document.bibliographyTitle,
    bibliography: document.bibliography.map((entry) => noteRuns(entry.text, entry.runs, null)),
    appendix: document.appendix?.length ? { columns: [...APPENDIX_COLUMNS], rows: document.appendix.map(appendixRow) } : null,
    sources: document.sources
      ? {
          title: SOURCES_TITLE,
          statement: document.sources.statement,
          descriptorsTitle: SOURCE_DESCRIPTORS_TITLE,
          descriptors: document.sources.sources.map((source) => ({
            heading: `${source.n}. ${source.title}`,
            lines: sourceDescriptorLines(source),
            link: source.url && isSafeUrl(source.url) ? source.url.trim() : null,
          })),
          singleOriginTitle: SINGLE_ORIGIN_TITLE,
          singleOrigin: document.sources.singleOrigin.map(singleOriginLine),
        }
      : null,
  };
}

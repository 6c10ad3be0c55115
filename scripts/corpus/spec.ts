/**
 * The corpus spec: one original commentary per JSON file in corpus/texts/, and the producers that
 * turn it into the documents under corpus/files/<slug>/. See corpus/README.md.
 */
import { z } from "zod";

/**
 * Inline text: *italic*, **bold**, [^label] note references, [link text](https://…) links. Nothing
 * else is markup.
 */
export type Inline = string;
export type Block = { heading: Inline } | { paragraph: Inline } | { list: Inline[] };

export const PRODUCERS = [
  "markdown",
  "markdown-header",
  "text-plain",
  "text-markdown",
  "html-pandoc",
  "html-word",
  "html-libreoffice",
  "html-wordpress",
  "html-references",
  "html-cms",
  "docx-pandoc",
  "docx-libreoffice",
  "pdf-libreoffice",
  "pdf-pdftex",
  "pdf-pdftex-2col",
  "pdf-chromium",
] as const;
export type Producer = (typeof PRODUCERS)[number];

export type CorpusText = {
  slug: string;
  /** Label printed above the title, or null. */
  series: string | null;
  title: string;
  authors: string[];
  /** "A and B" alone on a line, or "By A and B". */
  byline: "names" | "by";
  /** ISO YYYY-MM-DD. */
  date: string;
  /** The date as printed. */
  dateText: string;
  /** The institute's full name, e.g. "Institute for Mekong Connectivity Studies". */
  publisher: string;
  notesAs: "footnotes" | "endnotes";
  /** Headings, paragraphs, lists, in order (no title/byline here). */
  body: Block[];
  /** Label ("1", "2"…) → the note as printed; URLs written out in full; *italic* titles allowed. */
  notes: Record<string, Inline>;
  /** About the Author, disclaimer, copyright line: back matter, never body. */
  back: Block[];
  /** Which files to make from this text. */
  producers: Producer[];
};

export type DocumentFormat = "text" | "markdown" | "html" | "docx" | "pdf";

export const EXTENSIONS: Record<Producer, string> = {
  markdown: "md",
  "markdown-header": "md",
  "text-plain": "txt",
  "text-markdown": "txt",
  "html-pandoc": "html",
  "html-word": "html",
  "html-libreoffice": "html",
  "html-wordpress": "html",
  "html-references": "html",
  "html-cms": "html",
  "docx-pandoc": "docx",
  "docx-libreoffice": "docx",
  "pdf-libreoffice": "pdf",
  "pdf-pdftex": "pdf",
  "pdf-pdftex-2col": "pdf",
  "pdf-chromium": "pdf",
};

/** The format the importer sees: .md is markdown, .txt is text whatever it contains. */
export function formatOf(producer: Producer): DocumentFormat {
  const ext = EXTENSIONS[producer];
  return ext === "md" ? "markdown" : ext === "txt" ? "text" : (ext as DocumentFormat);
}

const inline = z.string().min(1);
const block = z.union([
  z.strictObject({ heading: inline }),
  z.strictObject({ paragraph: inline }),
  z.strictObject({ list: z.array(inline).min(2) }),
]);

const schema = z.strictObject({
  slug: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
  series: z.string().min(1).nullable(),
  title: z.string().min(1),
  authors: z.array(z.string().min(1)).min(1),
  byline: z.enum(["names", "by"]),
  date: z.iso.date(),
  dateText: z.string().min(1),
  publisher: z.string().min(1),
  notesAs: z.enum(["footnotes", "endnotes"]),
  body: z.array(block).min(1),
  notes: z.record(z.string(), inline),
  back: z.array(block),
  producers: z.array(z.enum(PRODUCERS)).min(1),
});

const NOTE_REF = /\[\^([^\]\s]+)\]/g;
const LINK = /\[[^\]^][^\]]*\]\([^)]*\)/;

/** Every inline of a block list, in order. */
export function inlinesOf(blocks: Block[]): Inline[] {
  return blocks.flatMap((b) => ("heading" in b ? [b.heading] : "paragraph" in b ? [b.paragraph] : b.list));
}

export function wordCount(blocks: Block[]): number {
  return inlinesOf(blocks)
    .map((s) => s.replace(NOTE_REF, "").replace(/[*]/g, ""))
    .join(" ")
    .split(/\s+/)
    .filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/**
 * Parses a text and checks the rules the importer tests rely on: every note referenced exactly once,
 * labels 1..N in order of first reference, no links in body or notes, no numbered lists.
 */
export function parseCorpusText(json: unknown, fileSlug: string): CorpusText {
  const text: CorpusText = schema.parse(json);
  const problems: string[] = [];
  if (text.slug !== fileSlug) problems.push(`slug ${text.slug} differs from its file name ${fileSlug}`);
  const refs = inlinesOf(text.body).flatMap((s) => [...s.matchAll(NOTE_REF)].map((m) => m[1]!));
  refs.forEach((label, i) => {
    if (label !== String(i + 1)) problems.push(`note reference ${i + 1} is [^${label}]`);
  });
  const labels = Object.keys(text.notes);
  if (labels.join(",") !== refs.join(",")) problems.push(`notes ${labels.join(",")} but references ${refs.join(",")}`);
  for (const s of inlinesOf(text.body)) {
    if (LINK.test(s)) problems.push(`link in body: ${s.slice(0, 60)}`);
    if (/^\d+[.)]\s/.test(s)) problems.push(`body text starting like a numbered item: ${s.slice(0, 60)}`);
  }
  for (const [label, note] of Object.entries(text.notes)) {
    if (LINK.test(note) || note.includes("[^")) problems.push(`note ${label} has markup other than italic`);
    if (note.includes("**")) problems.push(`note ${label} has bold`);
  }
  for (const s of inlinesOf(text.back)) if (s.includes("[^")) problems.push(`note reference in back matter`);
  if (new Set(text.producers).size !== text.producers.length) problems.push("a producer twice");
  const words = wordCount(text.body);
  if (words < 600 || words > 1000) problems.push(`body has ${words} words (600–1,000 wanted)`);
  if (problems.length > 0) throw new Error(`${fileSlug}: ${problems.join("; ")}`);
  return text;
}

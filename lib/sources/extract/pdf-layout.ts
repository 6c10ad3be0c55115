import { dominantSize, pageLines, type PdfLine, type PdfPage } from "./pdf-lines";
import { fromSuperscript, SUPERSCRIPT_CLASS, toSuperscript } from "./superscript";

type Block = { kind: "heading" | "paragraph" | "item"; text: string; size: number };
type Page = { blocks: Block[]; notes: string[] };

const PAGE_NUMBER = /^(?:page\s+)?\d{1,4}(?:\s*(?:of|\/)\s*\d{1,4})?$|^[-–—]\s*\d{1,4}\s*[-–—]$|^[ivxlcdm]{1,7}$/i;
const NOTE_START = new RegExp(
  `^(?:([${SUPERSCRIPT_CLASS}]{1,3})\\s*|(\\d{1,3})(?:[.)]?\\s+|(?=\\p{Lu})))(\\S.*)$`,
  "u",
);
const BULLET = /^(?:[•◦▪‣●○■□–-]\s+|\d{1,2}[.)]\s+)/;
const SENTENCE_END = new RegExp(`[.!?:…]["”’)\\]]*[${SUPERSCRIPT_CLASS},]*$`);
const STARTS_WITH_SUPERSCRIPT = new RegExp(`^[${SUPERSCRIPT_CLASS}]`);
/** 12-point headings over 11-point text are common; sizes are compared after rounding to half a point. */
const HEADING_RATIO = 1.08;
const MAX_HEADING = 200;
const NOTE_RATIO = 0.9;

/** "infor-" + "mation" → "information", but "long-" + "term" stays "long-term" when the text spells it so elsewhere. */
function joinLines(before: string, after: string, hyphenated: Set<string>): string {
  if (before.endsWith("\u00AD")) return before.slice(0, -1) + after;
  const m = /(\p{L}+)-$/u.exec(before);
  const next = /^(\p{Ll}\p{L}*)/u.exec(after);
  if (m && next && !hyphenated.has(`${m[1]}-${next[1]}`.toLowerCase())) return before.slice(0, -1) + after;
  if (m && next) return before + after;
  return `${before} ${after}`;
}

const runningKey = (l: PdfLine) => l.text.toLowerCase().replace(/\d+/g, "#");
const atEdge = (l: PdfLine, height: number) => l.y > 0.88 * height || l.y < 0.12 * height;

/** Lines that repeat at the top or bottom of most pages (running headers and footers), digits ignored. */
function runningLines(pages: PdfLine[][], heights: number[]): Set<string> {
  const counts = new Map<string, number>();
  pages.forEach((lines, p) => {
    // A footnote ("¹ Ibid.") is never a running footer, however often it recurs.
    const edge = lines.filter(
      (l, i) => (i < 2 || i >= lines.length - 2) && atEdge(l, heights[p]!) && !STARTS_WITH_SUPERSCRIPT.test(l.text),
    );
    for (const k of new Set(edge.map(runningKey))) counts.set(k, (counts.get(k) ?? 0) + 1);
  });
  const repeated = new Set<string>();
  for (const [k, n] of counts) {
    const numbered = /^[#]/.test(k); // could be a footnote ("# Ibid.") on several pages: ask for more
    if (pages.length >= 2 && n >= Math.max(numbered ? 3 : 2, Math.ceil((numbered ? 0.6 : 0.5) * pages.length))) {
      repeated.add(k);
    }
  }
  return repeated;
}

/** The footnotes at the bottom of a page: a run of smaller lines, the first starting with a note number. */
function takeNotes(lines: PdfLine[], bodySize: number, hyphenated: Set<string>): { body: PdfLine[]; notes: string[] } {
  let start = lines.length;
  while (start > 0 && lines[start - 1]!.size <= NOTE_RATIO * bodySize) start--;
  if (start === 0 || start === lines.length) return { body: lines, notes: [] };
  const first = lines.slice(start).findIndex((l) => NOTE_START.test(l.text));
  if (first === -1) return { body: lines, notes: [] };
  start += first;

  const notes: { n: number; text: string }[] = [];
  for (const line of lines.slice(start)) {
    const m = NOTE_START.exec(line.text);
    const n = m ? Number(m[1] ? fromSuperscript(m[1]) : m[2]) : NaN;
    const last = notes.at(-1);
    if (m && (!last || n === last.n + 1 || (m[1] && n > last.n))) notes.push({ n, text: m[3]! });
    else if (last) last.text = joinLines(last.text, line.text, hyphenated);
  }
  // The superscript form: parseDocument takes these out at a page break and joins the sentence they interrupt.
  return { body: lines.slice(0, start), notes: notes.map((note) => `${toSuperscript(String(note.n))} ${note.text}`) };
}

function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function toBlocks(lines: PdfLine[], bodySize: number, hyphenated: Set<string>): Block[] {
  const body = lines.filter((l) => Math.abs(l.size - bodySize) < 0.5);
  const left = median(body.map((l) => Math.round(l.x))) ?? 0;
  const right = body.reduce((max, l) => Math.max(max, l.right), 0);
  const spacing = median(
    body
      .slice(1)
      .map((l, i) => body[i]!.y - l.y)
      .filter((gap) => gap > 0 && gap < 2.5 * bodySize),
  );
  const blocks: Block[] = [];
  lines.forEach((line, i) => {
    const prev = i > 0 ? lines[i - 1]! : null;
    const last = blocks.at(-1);
    const heading = line.size >= HEADING_RATIO * bodySize && line.text.length <= MAX_HEADING;
    const kind: Block["kind"] = heading ? "heading" : BULLET.test(line.text) ? "item" : "paragraph";
    const gap = prev ? prev.y - line.y : Infinity;
    const indented = (l: PdfLine) => l.x - left > 0.8 * l.size && l.x - left < 6 * l.size;
    const continues =
      last &&
      prev &&
      kind !== "item" &&
      (last.kind === "heading") === heading &&
      Math.abs(prev.size - line.size) < 0.5 &&
      gap < (spacing ? spacing * 1.35 : 1.6 * line.size) &&
      // A first-line indent starts a paragraph; a list item's wrapped lines hang indented under it.
      !(last.kind === "paragraph" && indented(line) && !indented(prev)) &&
      !(heading ? false : prev.right < right - 4 * line.size && SENTENCE_END.test(prev.text));
    if (continues) last.text = joinLines(last.text, line.text, hyphenated);
    else
      blocks.push({
        kind,
        text: kind === "item" ? line.text.replace(/^[•◦▪‣●○■□–]\s+/, "- ") : line.text,
        size: line.size,
      });
  });
  // Larger type running on for lines is a lead paragraph, not a heading.
  for (const block of blocks) if (block.kind === "heading" && block.text.length > MAX_HEADING) block.kind = "paragraph";
  return blocks;
}

/** Heading levels by size: "#" for a title (the largest size, used once, first thing in the document), else "##"… */
function headingLevels(pages: Page[]): (size: number) => string {
  const sizes = pages.flatMap((p) => p.blocks.filter((b) => b.kind === "heading").map((b) => Math.round(b.size)));
  const distinct = [...new Set(sizes)].sort((a, b) => b - a);
  const first = pages.find((p) => p.blocks.length > 0)?.blocks[0];
  const title = first?.kind === "heading" && Math.round(first.size) === distinct[0];
  const offset = title && sizes.filter((s) => s === distinct[0]).length === 1 ? 1 : 2;
  return (size) => "#".repeat(Math.min(6, distinct.indexOf(Math.round(size)) + offset));
}

/**
 * Rebuilds Markdown-ish text from the positioned text of a PDF: lines from baselines, paragraphs from gaps and
 * indents, headings from larger type, superscript markers, and each page's footnotes as "¹ text" lines after its
 * text (see parseDocument's page-footer notes). Running headers, footers and page numbers are dropped.
 */
export function layoutPdf(input: PdfPage[]): string {
  const allLines = input.map(pageLines);
  // Footnotes at page bottoms can outweigh a short text: the body's size is read from the upper part of pages.
  const upper = allLines.flatMap((lines, p) => lines.filter((l) => l.y > 0.4 * input[p]!.height));
  const bodySize = dominantSize(upper.length > 0 ? upper : allLines.flat());
  const words = allLines.flat().flatMap((l) => l.text.toLowerCase().match(/\p{L}+-\p{L}+/gu) ?? []);
  const hyphenated = new Set(words);
  const running = runningLines(
    allLines,
    input.map((p) => p.height),
  );

  const pages: Page[] = allLines.map((lines, p) => {
    const height = input[p]!.height;
    const kept = lines.filter((l, i) => {
      if (i > 0 && i < lines.length - 1 && !atEdge(l, height)) return true;
      const outer = i < 2 || i >= lines.length - 2;
      return !PAGE_NUMBER.test(l.text) && !(outer && atEdge(l, height) && running.has(runningKey(l)));
    });
    const { body, notes } = takeNotes(kept, bodySize, hyphenated);
    return { blocks: toBlocks(body, bodySize, hyphenated), notes };
  });

  // A paragraph running on to the next page: joined here, unless footnotes stand between (parseDocument joins
  // those); then only a word hyphenated across the break is moved to the next page so it can be rejoined.
  for (let p = 0; p + 1 < pages.length; p++) {
    const last = pages[p]!.blocks.at(-1);
    const next = pages[p + 1]!.blocks[0];
    if (!last || !next || last.kind === "heading" || next.kind !== "paragraph" || SENTENCE_END.test(last.text))
      continue;
    if (pages[p]!.notes.length === 0) {
      // Carried forward, so a paragraph spanning three pages joins whole.
      next.text = joinLines(last.text, next.text, hyphenated);
      pages[p]!.blocks.pop();
    } else {
      const m = /\s(\p{L}+-)$/u.exec(last.text);
      if (m && /^\p{Ll}/u.test(next.text)) {
        last.text = last.text.slice(0, m.index);
        next.text = joinLines(m[1]!, next.text, hyphenated);
      }
    }
  }

  const level = headingLevels(pages);
  const out: string[] = [];
  for (const page of pages) {
    page.blocks.forEach((block, i) => {
      const text = block.kind === "heading" ? `${level(block.size)} ${block.text}` : block.text;
      const sameList = block.kind === "item" && page.blocks[i - 1]?.kind === "item";
      if (sameList) out[out.length - 1] += `\n${text}`;
      else out.push(text);
    });
    if (page.notes.length > 0) out.push(page.notes.join("\n"));
  }
  return out.join("\n\n");
}

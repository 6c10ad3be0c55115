import fs from "node:fs";
import path from "node:path";
import { columnRegions, dominantSize, pageLines, type PdfLine, type PdfPage, type PdfRule } from "./pdf-lines";
import { fromSuperscript, SUPERSCRIPT_CLASS } from "./superscript";

type Block = { kind: "heading" | "paragraph" | "item"; text: string; size: number };
type Page = { blocks: Block[] };

const PAGE_NUMBER = /^(?:page\s+)?\d{1,4}(?:\s*(?:of|\/)\s*\d{1,4})?$|^[-–—]\s*\d{1,4}\s*[-–—]$|^[ivxlcdm]{1,7}$/i;
const NOTE_START = new RegExp(
  `^(?:([${SUPERSCRIPT_CLASS}]{1,3})\\s*|(\\d{1,3})(?:[.)]?\\s+|(?=\\p{Lu})))(\\S.*)$`,
  "u",
);
const BULLET = /^(?:[•◦▪‣●○■□–-]\s+|\d{1,2}[.)]\s+)/;
const SENTENCE_END = new RegExp(`[.!?:…]["”’)\\]]*(?:[${SUPERSCRIPT_CLASS},]|\\[\\d{1,3}\\])*$`);
const STARTS_WITH_SUPERSCRIPT = new RegExp(`^[${SUPERSCRIPT_CLASS}]`);
/** 12-point headings over 11-point text are common; sizes are compared after rounding to half a point. */
const HEADING_RATIO = 1.08;
const MAX_HEADING = 200;
const NOTE_RATIO = 0.9;

let english: Set<string> | null = null;

/** English words (an-array-of-english-words), read from disk the first time a line ends in a hyphen. */
function isEnglishWord(word: string): boolean {
  english ??= new Set(
    JSON.parse(fs.readFileSync(path.join(process.cwd(), "node_modules", "an-array-of-english-words", "index.json"), "utf8")) as string[],
  );
  return english.has(word.toLowerCase());
}

/** Prefixes that British and think-tank usage mostly hyphenates before a whole word. */
const PREFIX = /^(?:anti|non|co|self|ex|post|pre|multi|semi|quasi|neo|pan|counter|cross|geo|socio)$/i;
const MONTHS = /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/;
const URL_AT_END = /(?:^|\s)(?:https?:\/\/|www\.)\S*$/;

/**
 * Joins two lines of one paragraph. A word hyphenated at the line end is joined ("infor-" + "mation"), unless it is
 * a real compound: written so elsewhere in the text, or not an English word without its hyphen ("lower-" +
 * "secondary"). A web address broken across lines is joined without a space, its hyphens kept.
 */
function joinLines(before: string, after: string, hyphenated: Set<string>): string {
  if (before.endsWith("\u00AD")) return before.slice(0, -1) + after;
  // "Japan–" + "Laos": a line broken after an unspaced dash or slash joins without a space.
  if (/\p{L}[–—/]$/u.test(before) && /^\p{L}/u.test(after)) return before + after;
  if (/(?:^|\s)https?:$/.test(before) && after.startsWith("//")) return before + after;
  // A web address broken at a line end: joined when the next line goes on with more of it ("mrcmekong." +
  // "org/assets/…", "Statement_" + "44th…"), not when a sentence follows the address.
  if (URL_AT_END.test(before) && (/[/\-_=&?#%~]$/.test(before) || (!/[,;)]$/.test(before) && /^[\p{Ll}\d][^\s]*[/.=?&#%_-]/u.test(after)) || (!/[.,;)]$/.test(before) && /^[\p{Ll}\d\-_/.?=&#%~]/u.test(after)))) {
    return before + after;
  }
  // "44-" + "metre": a hyphen after a number is a compound's too.
  if (/\d-$/.test(before) && /^\p{L}/u.test(after)) return before + after;
  // "04speech." + "html": a file name's extension on the next line.
  if (URL_AT_END.test(before) && before.endsWith(".") && /^(?:html?|pdf|aspx?|php|jsp|docx?)(?=$|[\s.,;)])/.test(after)) return before + after;
  // "Export-" + "Import", "U.S.-" + "Vietnam": a hyphen before a capital is a compound's.
  if (/\p{L}\.?-$/u.test(before) && /^\p{Lu}/u.test(after)) return before + after;
  const m = /(\p{L}+)-$/u.exec(before);
  const next = /^(\p{Ll}\p{L}*)/u.exec(after);
  if (m && next) {
    const compound = `${m[1]}-${next[1]}`.toLowerCase();
    const joined = `${m[1]}${next[1]}`;
    // "anti-" + "corruption", "co-" + "operation": a prefix before a whole word keeps its hyphen, unless the text
    // writes the word closed elsewhere.
    if (PREFIX.test(m[1]!) && next[1]!.length >= 4 && isEnglishWord(next[1]!) && !hyphenated.has(joined.toLowerCase())) return before + after;
    if (!hyphenated.has(compound) && (hyphenated.has(joined.toLowerCase()) || MONTHS.test(joined) || isEnglishWord(joined))) return before.slice(0, -1) + after;
    return before + after;
  }
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

type Note = { n: number; text: string };

/**
 * The footnote separator of a page or column: a drawn line at the text's left edge, standing apart from the text
 * above it (an underline runs just under its words), with a note, or the rest of the last one, below it. Its
 * height, or null.
 */
function separatorOf(lines: PdfLine[], rules: PdfRule[] | undefined, bodySize: number, last: number | null): number | null {
  if (!rules?.length || lines.length === 0) return null;
  const left = Math.min(...lines.map((l) => l.x));
  const right = Math.max(...lines.map((l) => l.right));
  for (const rule of rules) {
    if (Math.abs(rule.x - left) > 12 || rule.x + rule.width > right + 12) continue;
    const below = lines.find((l) => l.y < rule.y);
    const above = lines.filter((l) => l.y >= rule.y);
    if (!below || above.length === 0 || Math.min(...above.map((l) => l.y - rule.y)) < 0.5 * bodySize) continue;
    if (NOTE_START.test(below.text) || last !== null) return rule.y;
  }
  return null;
}

/**
 * The footnotes at the bottom of a page (or column): a run of smaller lines. Lines of that run before its first
 * numbered note continue the last note of the page before (a note that runs on to the next page); `last` is that
 * note's number, so that "12 March 2025, …" on a continued line is not taken for note 12.
 */
function takeNotes(
  lines: PdfLine[],
  bodySize: number,
  hyphenated: Set<string>,
  last: number | null,
  separator: number | null,
): { body: PdfLine[]; notes: Note[]; continuation: string | null } {
  let start = lines.length;
  if (separator !== null) start = lines.findIndex((l) => l.y < separator);
  else while (start > 0 && lines[start - 1]!.size <= NOTE_RATIO * bodySize) start--;
  if (start === lines.length) return { body: lines, notes: [], continuation: null };
  const tail = lines.slice(start);
  const numbered = (l: PdfLine, after: number | null) => {
    const m = NOTE_START.exec(l.text);
    if (!m) return null;
    const n = Number(m[1] ? fromSuperscript(m[1]) : m[2]);
    return after === null || n === after + 1 || (m[1] !== undefined && n > after && n <= after + 3) ? { n, text: m[3]! } : null;
  };
  const first = tail.findIndex((l) => numbered(l, last) !== null);
  // A page wholly in small type (an endnotes page) is text, not footnotes; so is small type with no note in it,
  // unless a note of the page before runs on into it.
  if ((start === 0 && first !== -1 && last === null) || (first === -1 && last === null)) {
    return { body: lines, notes: [], continuation: null };
  }
  if (start === 0 && first === -1) return { body: lines, notes: [], continuation: null };
  const carried = first === -1 ? tail : tail.slice(0, first);
  let continuation: string | null = null;
  for (const line of carried) continuation = continuation === null ? line.text : joinLines(continuation, line.text, hyphenated);
  const notes: Note[] = [];
  for (const line of first === -1 ? [] : tail.slice(first)) {
    const note = numbered(line, notes.at(-1)?.n ?? last);
    if (note) notes.push(note);
    else notes.at(-1)!.text = joinLines(notes.at(-1)!.text, line.text, hyphenated);
  }
  return { body: lines.slice(0, start), notes, continuation };
}

function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/** The gap between two lines of the body's size, or null when they are not consecutive lines of running text. */
function lineGap(prev: PdfLine, line: PdfLine, bodySize: number): number | null {
  if (Math.abs(prev.size - bodySize) >= 0.5 || Math.abs(line.size - bodySize) >= 0.5) return null;
  const gap = prev.y - line.y;
  return gap > 0 && gap < 2.5 * bodySize ? gap : null;
}

/**
 * The body's line spacing, read over the whole document (a page's last few lines are too few to tell), and whether
 * the document sets its paragraphs apart with space (a web page's margins, a "space after" style): then a
 * gap of plain line spacing continues a paragraph even after a short line that ends a sentence, as ragged-right
 * text has many. Documents without it (indented paragraphs, as TeX sets them) need the short line to tell.
 */
function lineSpacing(regions: PdfLine[][], bodySize: number): { spacing: number | null; spaced: boolean } {
  const gaps = regions.flatMap((lines) => lines.slice(1).map((l, i) => lineGap(lines[i]!, l, bodySize)).filter((g) => g !== null));
  const spacing = median(gaps);
  if (spacing === null) return { spacing, spaced: false };
  const wide = gaps.filter((g) => g > 1.3 * spacing).length;
  return { spacing, spaced: wide >= 2 && wide >= 0.05 * gaps.length };
}

function toBlocks(lines: PdfLine[], bodySize: number, hyphenated: Set<string>, { spacing, spaced }: ReturnType<typeof lineSpacing>): Block[] {
  const body = lines.filter((l) => Math.abs(l.size - bodySize) < 0.5);
  const left = median(body.map((l) => Math.round(l.x))) ?? 0;
  const right = body.reduce((max, l) => Math.max(max, l.right), 0);
  // A list whose bullets are drawn, not written (a browser's print): a run of two or more lines indented past the
  // text, after a line that ends in a colon; a new item starts after a line that ends in ";" or ".".
  const listIndented = (l: PdfLine) => Math.abs(l.size - bodySize) < 0.5 && l.x - left > 1.2 * l.size && l.x - left < 6 * l.size;
  const unmarked = lines.map(() => false);
  for (let i = 1; i < lines.length; i++) {
    if (!listIndented(lines[i]!) || listIndented(lines[i - 1]!) || !/:$/.test(lines[i - 1]!.text)) continue;
    let end = i;
    while (end + 1 < lines.length && listIndented(lines[end + 1]!) && Math.abs(lines[end + 1]!.x - lines[i]!.x) < 2) end++;
    if (end > i) for (let k = i; k <= end; k++) unmarked[k] = true;
  }
  const blocks: Block[] = [];
  lines.forEach((line, i) => {
    const prev = i > 0 ? lines[i - 1]! : null;
    const last = blocks.at(-1);
    const heading = line.size >= HEADING_RATIO * bodySize && line.text.length <= MAX_HEADING;
    if (unmarked[i] && (!unmarked[i - 1] || /[;.]$/.test(prev!.text))) {
      blocks.push({ kind: "item", text: `- ${line.text}`, size: line.size });
      return;
    }
    if (unmarked[i]) {
      last!.text = joinLines(last!.text, line.text, hyphenated);
      return;
    }
    const kind: Block["kind"] = heading ? "heading" : BULLET.test(line.text) ? "item" : "paragraph";
    const gap = prev ? prev.y - line.y : Infinity;
    const indented = (l: PdfLine) => l.x - left > 0.8 * l.size && l.x - left < 6 * l.size;
    const continues =
      last &&
      prev &&
      kind !== "item" &&
      (last.kind === "heading") === heading &&
      Math.abs(prev.size - line.size) < 0.5 &&
      // (Smaller type, a page's footer or a caption, is set with proportionally tighter spacing.)
      gap < (heading ? 1.5 * line.size : spacing ? spacing * 1.35 * Math.min(1, line.size / bodySize) : 1.6 * line.size) &&
      // A first-line indent starts a paragraph; a list item's wrapped lines hang indented under it.
      !(last.kind === "paragraph" && indented(line) && !indented(prev)) &&
      // (A list's items are not spaced apart like paragraphs: the short line ends an item there too.)
      !(heading || (spaced && last.kind !== "item") ? false : prev.right < right - 4 * line.size && SENTENCE_END.test(prev.text)) &&
      // A short line, then one that starts with a note's number: an endnote begins.
      !(prev.right < right - 4 * line.size && /^(?:\d{1,3}|[⁰¹²³⁴-⁹]{1,3})\s*\p{Lu}/u.test(line.text));
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

export type PdfLayout = {
  /** Markdown-ish text: headings as "#" lines, blank-line paragraphs, and every page's footnotes, joined across
   * pages, in a final "## Notes" section. */
  text: string;
  /** The largest type on the first page (not a running header): the likeliest title. */
  largest: string | null;
};

/**
 * Rebuilds Markdown-ish text from the positioned text of a PDF: columns read one after another, lines from
 * baselines, paragraphs from gaps and indents, headings from larger type, superscript markers, and the footnotes at
 * the foot of each page or column, a note that runs on to the next page joined to its start. Running headers,
 * footers (a browser's print header and footer among them) and page numbers are dropped.
 */
export function layoutPdf(input: PdfPage[]): PdfLayout {
  // Each column of each page is read as a page of its own, in reading order.
  const regions = input.flatMap((page) =>
    columnRegions(page).map((items, r, all) => ({ page, lines: pageLines({ ...page, items }), first: r === 0, last: r === all.length - 1 })),
  );
  const allLines = regions.map((r) => r.lines);
  // Footnotes at page bottoms can outweigh a short text: the body's size is read from the upper part of pages.
  const upper = regions.flatMap((r) => r.lines.filter((l) => l.y > 0.4 * r.page.height));
  const bodySize = dominantSize(upper.length > 0 ? upper : allLines.flat());
  // Compounds the text writes with a hyphen, and words it writes whole: how a hyphen at a line end is judged.
  const words = allLines.flat().flatMap((l) => l.text.toLowerCase().match(/\p{L}+(?:-\p{L}+)?/gu) ?? []);
  const hyphenated = new Set(words);
  // Running lines are judged per page: the first region's top lines and the last region's bottom lines.
  const byPage = input.map((page) => regions.filter((r) => r.page === page).flatMap((r) => r.lines));
  const running = runningLines(
    byPage,
    input.map((p) => p.height),
  );

  // A running header that names the title in small type, on a document too short for it to repeat often.
  const key = (t: string) => t.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "");
  const firstLines = byPage[0] ?? [];
  const titleLine = firstLines.reduce<PdfLine | null>((best, l) => (!best || l.size > best.size ? l : best), null);
  const titleKey = titleLine && titleLine.size > bodySize ? key(titleLine.text) : "";
  // The title, or its first words (a shortened title), after at most a short label ("Perspective Fire on the Moei").
  const namesTitle = (l: PdfLine, p: number) => {
    if (p === 0 || titleKey.length < 12 || l.size >= bodySize) return false;
    const line = key(l.text);
    if (line.includes(titleKey.slice(0, 16))) return true;
    const at = line.indexOf(titleKey.slice(0, 8));
    return at !== -1 && at <= 24 && titleKey.startsWith(line.slice(at));
  };

  const spacing = lineSpacing(allLines, bodySize);

  const notes: Note[] = [];
  const pages: Page[] = regions.map((region) => {
    const { lines, page } = region;
    const pageAll = byPage[input.indexOf(page)]!;
    const kept = lines.filter((l, r) => {
      const i = pageAll.indexOf(l);
      // A header split in two (a label on the left, the title on the right) tops each column of its own.
      const top = i < 2 || r === 0;
      if (top && atEdge(l, page.height) && namesTitle(l, input.indexOf(page))) return false;
      if (i > 0 && i < pageAll.length - 1 && !atEdge(l, page.height)) return true;
      const outer = top || i >= pageAll.length - 2;
      return !PAGE_NUMBER.test(l.text) && !(outer && atEdge(l, page.height) && running.has(runningKey(l)));
    });
    const last = notes.at(-1)?.n ?? null;
    const taken = takeNotes(kept, bodySize, hyphenated, last, separatorOf(kept, page.rules, bodySize, last));
    if (taken.continuation !== null && notes.length > 0) {
      notes.at(-1)!.text = joinLines(notes.at(-1)!.text, taken.continuation, hyphenated);
    }
    notes.push(...taken.notes);
    return { blocks: toBlocks(taken.body, bodySize, hyphenated, spacing) };
  });

  // A paragraph running on to the next page or column is joined (carried forward, so one spanning three joins whole).
  for (let p = 0; p + 1 < pages.length; p++) {
    const last = pages[p]!.blocks.at(-1);
    const next = pages[p + 1]!.blocks[0];
    if (!last || !next || last.kind === "heading" || next.kind !== "paragraph" || SENTENCE_END.test(last.text)) continue;
    // Type of another size is another block: a page of endnotes in small type, then "About the Authors".
    if (Math.abs(last.size - next.size) >= 0.5) continue;
    // A copyright line ends the text; a page that starts with a note's number starts the endnotes.
    if (/^(?:©|copyright\b)/i.test(last.text) || /^(?:\d{1,3}|[⁰¹²³⁴-⁹]{1,3})\s*\p{Lu}/u.test(next.text)) continue;
    next.text = joinLines(last.text, next.text, hyphenated);
    pages[p]!.blocks.pop();
  }

  const firstPage = pages.find((p) => p.blocks.length > 0);
  const largest = firstPage?.blocks
    .filter((b) => b.kind !== "item" && b.text.length <= MAX_HEADING)
    .reduce<Block | null>((best, b) => (!best || b.size > best.size + 0.25 ? b : best), null);

  const level = headingLevels(pages);
  const out: string[] = [];
  let previous: Block | undefined;
  for (const block of pages.flatMap((p) => p.blocks)) {
    const text = block.kind === "heading" ? `${level(block.size)} ${block.text}` : block.text;
    // A list goes on in the next column or on the next page.
    if (block.kind === "item" && previous?.kind === "item") out[out.length - 1] += `\n${text}`;
    else out.push(text);
    previous = block;
  }
  if (notes.length > 0) out.push("## Notes", notes.map((n) => `${n.n}. ${n.text}`).join("\n"));
  return { text: out.join("\n\n"), largest: largest && largest.size > bodySize ? largest.text : null };
}

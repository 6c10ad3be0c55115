import { getResolvedPDFJS } from "unpdf";
import { IDENTITY, multiply, operatorList, toMatrix, type Matrix, type OperatorPage } from "./pdf-operators";
import type { PdfItem } from "./pdf-lines";

/** A text item, with the font pdf.js drew it in when the reader knows it (pdf-read's ReadItem). */
type Item = PdfItem & { font?: string };
/** One glyph as the page draws it: its text, where it starts on its baseline and how far it advances, and its font. */
export type Glyph = { str: string; x: number; y: number; width: number; font: string };
type Box = { char: string; start: number; end: number };

const REPLACEMENT = "\uFFFD";
const WHITESPACE = /\s/u;
const LETTER = /\p{L}/u;
const HAS_MARK = /\p{M}/u;

/** Spacing accents that TeX and other producers draw as glyphs of their own over a letter, and the mark each stands for. */
const SPACING_ACCENTS: Record<string, string> = {
  "`": "\u0300",
  "\u02CB": "\u0300",
  "\u00B4": "\u0301",
  "\u02CA": "\u0301",
  "^": "\u0302",
  "\u02C6": "\u0302",
  "~": "\u0303",
  "\u02DC": "\u0303",
  "\u00AF": "\u0304",
  "\u02C9": "\u0304",
  "\u02D8": "\u0306",
  "\u02D9": "\u0307",
  "\u00A8": "\u0308",
  "\u02DA": "\u030A",
  "\u02DD": "\u030B",
  "\u02C7": "\u030C",
  "\u00B8": "\u0327",
  "\u02DB": "\u0328",
};
/** Punctuation that, drawn lower than a letter and inside its box, is a mark under it (TeX's \d{o}, a comma below). */
const MARKS_BELOW: Record<string, string> = { ".": "\u0323", ",": "\u0326" };

/**
 * Advance widths of ASCII 32–126 in hundredths of an em, between Times's and Helvetica's. pdf.js gives one box per
 * run of text, not per glyph: these place a character inside its run closely enough to tell which word it is in.
 */
const ADVANCES = [
  26, 31, 38, 53, 53, 86, 72, 28, 33, 33, 44, 57, 26, 33, 26, 28, 53, 53, 53, 53, 53, 53, 53, 53, 53, 53, 28, 28, 57, 57, 57, 50,
  97, 69, 67, 69, 72, 64, 58, 75, 72, 31, 44, 69, 58, 86, 72, 75, 61, 75, 69, 61, 61, 72, 69, 94, 69, 69, 61, 31, 28, 31, 47, 53,
  28, 50, 53, 47, 53, 50, 31, 53, 53, 25, 25, 50, 25, 81, 53, 53, 53, 53, 33, 44, 28, 53, 50, 72, 50, 50, 47, 41, 23, 41, 56,
];
const SPACE_ADVANCE = ADVANCES[0]!;

/** A character's estimated advance in hundredths of an em: an accented letter is as wide as its base letter. */
function advance(char: string): number {
  if (HAS_MARK.test(char)) return 0;
  const code = char.normalize("NFD").codePointAt(0) ?? 0;
  if (code >= 32 && code <= 126) return ADVANCES[code - 32]!;
  if (char === "‘" || char === "’") return 28;
  if (char === "“" || char === "”") return 39;
  if (char === "—" || char === "…") return 100;
  return 53;
}

/** The parts of a pdf.js page that reading its glyphs needs. */
type DrawnPage = OperatorPage & { commonObjs: { get(name: string): unknown } };
type DrawnGlyph = { unicode: string; width: number; isSpace: boolean };
/** The text state of PDF drawing (PDF 32000 §9.3), as far as glyph positions depend on it. */
type TextState = {
  ctm: Matrix;
  matrix: Matrix;
  lineX: number;
  lineY: number;
  x: number;
  y: number;
  font: string;
  size: number;
  direction: number;
  glyphScale: number;
  charSpacing: number;
  wordSpacing: number;
  hScale: number;
  leading: number;
  rise: number;
};


/** The glyphs of one text-showing operation, placed on the page; the state's pen moves past them. */
function showGlyphs(state: TextState, shown: (DrawnGlyph | number)[], out: Glyph[]) {
  const scale = state.hScale * state.direction;
  const page = multiply(state.ctm, state.matrix);
  const upright = page[0] > 0 && Math.abs(page[1]) < 1e-6 && Math.abs(page[2]) < 1e-6;
  let pen = 0;
  for (const glyph of shown) {
    if (typeof glyph === "number") {
      pen -= (glyph * state.size) / 1000;
      continue;
    }
    const advance = glyph.width * state.size * state.glyphScale;
    if (upright) {
      const x = page[0] * (state.x + pen * scale) + page[4];
      const y = page[3] * (state.y + state.rise) + page[5];
      out.push({ str: glyph.unicode, x, y, width: page[0] * advance * scale, font: state.font });
    }
    pen += advance + ((glyph.isSpace ? state.wordSpacing : 0) + state.charSpacing) * state.direction;
  }
  state.x += pen * scale;
}

/**
 * The glyphs a page draws, each where it is drawn, from its operator list. Reading a page's drawing costs more than
 * reading its text: only a page that wants them (wantsGlyphs) is read so.
 */
export async function readGlyphs(page: DrawnPage): Promise<Glyph[]> {
  const { OPS } = (await getResolvedPDFJS()) as unknown as { OPS: Record<string, number> };
  const { fnArray, argsArray } = await operatorList(page);
  const glyphScaleOf = (font: string) => {
    try {
      return (page.commonObjs.get(font) as { fontMatrix?: number[] } | null)?.fontMatrix?.[0] ?? 0.001;
    } catch {
      return 0.001;
    }
  };
  const out: Glyph[] = [];
  const stack: TextState[] = [];
  let s: TextState = {
    ...{ ctm: IDENTITY, matrix: IDENTITY, lineX: 0, lineY: 0, x: 0, y: 0, font: "", size: 0, direction: 1, glyphScale: 0.001 },
    ...{ charSpacing: 0, wordSpacing: 0, hScale: 1, leading: 0, rise: 0 },
  };
  const moveText = (x: number, y: number) => {
    s.x = s.lineX += x;
    s.y = s.lineY += y;
  };
  fnArray.forEach((fn, i) => {
    const args = (argsArray[i] ?? []) as unknown[];
    const n = (k: number) => Number(args[k]) || 0;
    if (fn === OPS.save) stack.push({ ...s });
    else if (fn === OPS.restore || fn === OPS.paintFormXObjectEnd) s = stack.pop() ?? s;
    else if (fn === OPS.paintFormXObjectBegin) {
      stack.push({ ...s });
      if (args[0]) s.ctm = multiply(s.ctm, toMatrix(args[0]));
    } else if (fn === OPS.transform) s.ctm = multiply(s.ctm, toMatrix(args));
    else if (fn === OPS.beginText) Object.assign(s, { matrix: IDENTITY, lineX: 0, lineY: 0, x: 0, y: 0 });
    else if (fn === OPS.setTextMatrix) Object.assign(s, { matrix: toMatrix(args[0]), lineX: 0, lineY: 0, x: 0, y: 0 });
    else if (fn === OPS.setFont) {
      s.font = String(args[0]);
      s.size = Math.abs(n(1));
      s.direction = n(1) < 0 ? -1 : 1;
      s.glyphScale = glyphScaleOf(s.font);
    } else if (fn === OPS.moveText) moveText(n(0), n(1));
    else if (fn === OPS.setLeadingMoveText) {
      s.leading = n(1);
      moveText(n(0), n(1));
    } else if (fn === OPS.nextLine) moveText(0, s.leading);
    else if (fn === OPS.setLeading) s.leading = -n(0);
    else if (fn === OPS.setCharSpacing) s.charSpacing = n(0);
    else if (fn === OPS.setWordSpacing) s.wordSpacing = n(0);
    else if (fn === OPS.setHScale) s.hScale = n(0) / 100;
    else if (fn === OPS.setTextRise) s.rise = n(0);
    else if (fn === OPS.showText || fn === OPS.showSpacedText) showGlyphs(s, args[0] as DrawnGlyph[], out);
    else if (fn === OPS.nextLineShowText) {
      moveText(0, s.leading);
      showGlyphs(s, args[0] as DrawnGlyph[], out);
    } else if (fn === OPS.nextLineSetSpacingShowText) {
      s.wordSpacing = n(0);
      s.charSpacing = n(1);
      moveText(0, s.leading);
      showGlyphs(s, args[2] as DrawnGlyph[], out);
    }
  });
  return out;
}

const right = (item: PdfItem) => item.x + item.width;
const isBlank = (item: PdfItem) => item.str.trim() === "";
/** Two items set on one baseline in about one size. */
const onBaseline = (a: PdfItem, b: PdfItem) =>
  Math.abs(a.y - b.y) <= 0.1 * Math.min(a.size, b.size) && Math.abs(a.size - b.size) <= 0.2 * Math.max(a.size, b.size);
const fontsDiffer = (a: Item, b: Item) => a.font !== undefined && b.font !== undefined && a.font !== b.font;

/** Items by height, to find those near a line without looking at the whole page. */
function byHeight<T extends PdfItem>(items: T[]): (y: number, below: number, above: number) => T[] {
  const sorted = [...items].sort((a, b) => a.y - b.y);
  const first = (y: number) => {
    let [lo, hi] = [0, sorted.length];
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sorted[mid]!.y < y) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  return (y, below, above) => {
    const out: T[] = [];
    for (let i = first(y - below); i < sorted.length && sorted[i]!.y <= y + above; i++) out.push(sorted[i]!);
    return out;
  };
}

/** Estimated start and end of each character (code point) of an item, its advances scaled to the item's width. */
function estimatedBoxes(item: PdfItem): Box[] {
  const chars = [...item.str];
  const advances = chars.map(advance);
  const total = advances.reduce((sum, a) => sum + a, 0);
  const scale = total > 0 ? item.width / total : 0;
  let at = item.x;
  return chars.map((char, i) => {
    const start = at;
    at += advances[i]! * scale;
    return { char, start, end: at };
  });
}

/**
 * Where each character of an item is, from the glyphs the page draws along it (`skip`: glyphs of items not yet
 * placed in it); a space gets the room between its neighbours. Null when the glyphs do not spell the item's text.
 */
function drawnBoxes(item: PdfItem, glyphs: Glyph[], skip: Item[]): Box[] | null {
  const tolerance = 0.15 * item.size;
  const skipped = (g: Glyph) => skip.some((i) => i.font === g.font && g.x >= i.x - tolerance && g.x + g.width <= right(i) + tolerance);
  const pieces = glyphs
    .filter((g) => Math.abs(g.y - item.y) <= 0.1 * item.size && g.x >= item.x - tolerance && g.x + g.width <= right(item) + tolerance)
    .filter((g) => g.str.trim() !== "" && !skipped(g))
    .sort((a, b) => a.x - b.x)
    .flatMap((g) => {
      const chars = [...g.str.normalize("NFKC")];
      return chars.map((char, i) => ({ char, start: g.x + (i * g.width) / chars.length, end: g.x + ((i + 1) * g.width) / chars.length }));
    });
  const chars = [...item.str];
  const letters = chars.filter((c) => !WHITESPACE.test(c));
  if (pieces.length !== letters.length || pieces.some((p, i) => p.char !== letters[i])) return null;
  let n = 0;
  return chars.map((char) => {
    if (!WHITESPACE.test(char)) return pieces[n++]!;
    return { char, start: pieces[n - 1]?.end ?? item.x, end: pieces[n]?.start ?? right(item) };
  });
}

const bare = (s: string) => s.normalize("NFD").replace(/\p{M}/gu, "");
const markCount = (s: string) => s.normalize("NFD").length - bare(s).length;

/**
 * Text drawn twice at one place is read once: fake bold, and the invisible copy of a letter laid under its visible,
 * accented form (pdfTeX's ActualText spans). Of the two, the one with more marks stays ("ê" over "e").
 */
function dropDoubles<T extends Item>(items: T[]): T[] {
  const order = new Map(items.map((item, i) => [item, i]));
  const near = byHeight(items.filter((i) => !isBlank(i)));
  const dropped = new Set<T>();
  for (const a of items) {
    if (isBlank(a) || dropped.has(a)) continue;
    for (const b of near(a.y, 0.05 * a.size, 0.05 * a.size)) {
      if (b === a || dropped.has(b)) continue;
      const tolerance = 0.1 * Math.min(a.size, b.size);
      if (Math.abs(a.x - b.x) > tolerance || Math.abs(a.width - b.width) > tolerance || bare(a.str) !== bare(b.str)) continue;
      const [ma, mb] = [markCount(a.str), markCount(b.str)];
      const drop = mb > ma || (mb === ma && order.get(b)! < order.get(a)!) ? a : b;
      dropped.add(drop);
      if (drop === a) break;
    }
  }
  return dropped.size ? items.filter((i) => !dropped.has(i)) : items;
}

/** The combining mark a separate item stands for, and where it sits: above its letter, below it, or either. */
function markOf(item: PdfItem): { mark: string; place: "above" | "below" | "any" } | null {
  const str = item.str.trim();
  if ([...str].length !== 1) return null;
  if (/^\p{Mn}$/u.test(str)) return { mark: str, place: "any" };
  if (SPACING_ACCENTS[str]) return { mark: SPACING_ACCENTS[str], place: "above" };
  if (MARKS_BELOW[str]) return { mark: MARKS_BELOW[str], place: "below" };
  return null;
}

/** How far (in ems of the letter's size) a mark may sit above or below the letter's baseline. */
const RISE: Record<"above" | "below" | "any", [number, number]> = { above: [-0.1, 0.8], below: [-0.5, -0.1], any: [-0.5, 0.8] };

/** The letter a mark belongs to: the one, in another item, whose box holds the mark's middle, at a height the mark can have. */
function markTarget<T extends Item>(mark: T, place: keyof typeof RISE, near: T[], boxes: (item: T) => Box[]): { item: T; index: number } | null {
  const middle = mark.x + mark.width / 2;
  const [low, high] = RISE[place];
  let best: { item: T; index: number; distance: number } | null = null;
  for (const item of near) {
    if (item === mark || isBlank(item) || markOf(item) || mark.size > 1.3 * item.size || mark.size < 0.5 * item.size) continue;
    const rise = (mark.y - item.y) / item.size;
    if (middle < item.x || middle > right(item) || rise < low || rise > high) continue;
    boxes(item).forEach((box, index) => {
      if (!LETTER.test(box.char) || middle < box.start || middle > box.end) return;
      const distance = Math.abs(middle - (box.start + box.end) / 2);
      if (!best || distance < best.distance) best = { item, index, distance };
    });
  }
  return best;
}

/** A string with combining marks put after some of its letters (after the marks each has already), composed. */
function withMarks(str: string, marks: Map<number, string[]>): string {
  const chars = [...str];
  let out = "";
  for (let i = 0; i < chars.length; ) {
    let end = i + 1;
    while (end < chars.length && HAS_MARK.test(chars[end]!)) end++;
    const cluster = chars.slice(i, end).join("");
    const added = (marks.get(i) ?? []).filter((m) => !cluster.normalize("NFD").includes(m));
    out += cluster + added.join("");
    i = end;
  }
  return out.normalize("NFC");
}

/**
 * Accents drawn as glyphs of their own over (or under) a letter become that letter's combining marks: pdfTeX stacks
 * "˜" over "ê" for "ễ", and sets a "." under "o" for "ọ".
 */
function attachMarks<T extends Item>(items: T[], glyphs: Glyph[]): T[] {
  const near = byHeight(items);
  const boxes = (item: T) => drawnBoxes(item, glyphs, []) ?? estimatedBoxes(item);
  const edits = new Map<T, Map<number, string[]>>();
  const used = new Set<T>();
  for (const item of items) {
    const kind = markOf(item);
    if (!kind) continue;
    const target = markTarget(item, kind.place, near(item.y, 2 * item.size, 2 * item.size), boxes);
    if (!target) continue;
    const marks = edits.get(target.item) ?? new Map<number, string[]>();
    marks.set(target.index, [...(marks.get(target.index) ?? []), kind.mark]);
    edits.set(target.item, marks);
    used.add(item);
  }
  if (!used.size) return items;
  return items.flatMap((i) => {
    if (used.has(i)) return [];
    const marks = edits.get(i);
    return marks ? [{ ...i, str: withMarks(i.str, marks) }] : [i];
  });
}

/** The space pdf.js put into a run for the room a glyph of another font fills, and whether real spaces flank the glyph. */
type Gap = { index: number; before: boolean; after: boolean };

/** The space of `host` whose room, as the page draws it, holds `glyph`; what is left of the room on either side is a space. */
function drawnGap(host: PdfItem, glyph: PdfItem, boxes: Box[]): Gap | null {
  const tolerance = 0.2 * host.size;
  const index = boxes.findIndex((b) => WHITESPACE.test(b.char) && glyph.x >= b.start - tolerance && right(glyph) <= b.end + tolerance);
  const room = boxes[index];
  if (!room) return null;
  const space = 0.15 * host.size;
  return { index, before: glyph.x - room.start >= space, after: room.end - right(glyph) >= space };
}

/**
 * Which space of `host` stands for the room `glyph` is drawn in, when the page's glyphs are not at hand. pdf.js
 * writes a gap of up to 0.6 em inside a run as a space; the glyph's left edge (or its right edge, if the run's right
 * end is nearer) says which one it is. A real space beside the glyph widens the room, which a glyph too wide to
 * leave room for one rules out.
 */
function estimatedGap(host: PdfItem, glyph: PdfItem): Gap | null {
  const chars = [...host.str];
  const advances = chars.map(advance);
  const total = advances.reduce((sum, a) => sum + a, 0);
  const room = 0.6 * host.size - glyph.width >= 0.2 * host.size;
  const fits: (Gap & { miss: number })[] = [];
  let before = 0;
  chars.forEach((char, index) => {
    const after = total - before - advances[index]!;
    const rest = before + after;
    if (WHITESPACE.test(char) && rest > 0) {
      const scale = (host.width - glyph.width) / rest;
      const space = scale * SPACE_ADVANCE;
      const start = host.x + scale * before;
      const end = right(host) - scale * after;
      const spaceBefore = room && glyph.x - start > 0.5 * space;
      const spaceAfter = room && end - right(glyph) > 0.5 * space;
      const miss =
        before <= after ? Math.abs(start + (spaceBefore ? space : 0) - glyph.x) : Math.abs(end - (spaceAfter ? space : 0) - right(glyph));
      fits.push({ index, before: spaceBefore, after: spaceAfter, miss });
    }
    before += advances[index]!;
  });
  fits.sort((a, b) => a.miss - b.miss);
  const [best, next] = fits;
  if (!best || best.miss > 0.4 * host.size || (next && next.miss - best.miss < 0.25 * host.size)) return null;
  return best;
}

/** A blank item of another font that starts where the glyph does: the room a fallback font's glyph was left in its line. */
function blankHost<T extends Item>(glyph: T, line: T[]): T | undefined {
  const tolerance = 0.2 * glyph.size;
  return line.find(
    (w) => isBlank(w) && w.width > 0 && fontsDiffer(w, glyph) && Math.abs(w.x - glyph.x) <= tolerance && right(glyph) <= right(w) + tolerance,
  );
}

/** A run of another font that the glyph lies inside. */
function textHost<T extends Item>(glyph: T, line: T[]): T | undefined {
  return line.find((b) => !isBlank(b) && fontsDiffer(b, glyph) && glyph.x > b.x && right(glyph) <= right(b) + 0.2 * glyph.size);
}

/** The glyph put into the room a blank item held, joined with the runs that end and start at that room. */
function fillBlank<T extends Item>(glyph: T, blank: T, items: T[]): T[] {
  const tolerance = 0.15 * blank.size;
  const run = (i: T) => i !== glyph && !isBlank(i) && onBaseline(i, blank) && !fontsDiffer(i, blank);
  const left = items.find((i) => run(i) && Math.abs(right(i) - blank.x) <= tolerance);
  const next = items.find((i) => run(i) && Math.abs(i.x - right(blank)) <= tolerance);
  const spaceBefore = left && glyph.x - blank.x >= tolerance ? " " : "";
  const spaceAfter = next && right(blank) - right(glyph) >= tolerance ? " " : "";
  const first = left ?? glyph;
  const last = next ?? glyph;
  const joined: T = {
    ...(left ?? next ?? glyph),
    str: `${left?.str ?? ""}${spaceBefore}${glyph.str}${spaceAfter}${next?.str ?? ""}`,
    x: first.x,
    width: right(last) - first.x,
  };
  return items.flatMap((i) => (i === first ? [joined] : i === glyph || i === blank || i === left || i === next ? [] : [i]));
}

/** The glyph written into the space of the run that stood for its gap. */
function fillGap<T extends Item>(glyph: T, host: T, gap: Gap, items: T[]): T[] {
  const chars = [...host.str];
  const str = [...chars.slice(0, gap.index), gap.before ? " " : "", glyph.str, gap.after ? " " : "", ...chars.slice(gap.index + 1)].join("");
  return items.flatMap((i) => (i === host ? [{ ...host, str }] : i === glyph ? [] : [i]));
}

/**
 * Short runs of text drawn after another font's run that they lie over, on its baseline: glyphs of a fallback font,
 * which LibreOffice draws after their line, each in the room the line's font left for it.
 */
function fallbackGlyphs<T extends Item>(items: T[]): T[] {
  const near = byHeight(items);
  const order = new Map(items.map((item, i) => [item, i]));
  const under = (g: T, b: T) => fontsDiffer(g, b) && onBaseline(g, b) && b.x < right(g) && g.x < right(b) && order.get(b)! < order.get(g)!;
  return items
    .filter((g) => g.font !== undefined && !isBlank(g) && !WHITESPACE.test(g.str) && [...g.str].length <= 8)
    .filter((g) => near(g.y, 0.1 * g.size, 0.1 * g.size).some((b) => under(g, b)));
}

/**
 * Whether a page has a fallback font's glyph over a space pdf.js put into another font's run: where in the run that
 * space is, and whether the glyph leaves part of its room for a real space, only the glyphs the page draws tell.
 */
export function wantsGlyphs(items: Item[]): boolean {
  const glyphs = fallbackGlyphs(items);
  if (!glyphs.length) return false;
  const near = byHeight(items);
  return glyphs.some((g) => {
    const host = textHost(g, near(g.y, 0.1 * g.size, 0.1 * g.size).filter((i) => i !== g && onBaseline(i, g)));
    return host !== undefined && WHITESPACE.test(host.str);
  });
}

/**
 * A fallback font's glyphs go back into the rooms their line left for them, as one text with the letters around
 * them: "Ph m Minh" and "ạ" drawn after the line are "Phạm Minh". The blank items pdf.js reads between the fallback
 * font's glyphs are that font's moves from one glyph to the next, not spaces of the text, and go.
 */
function placeFallbackGlyphs<T extends Item>(items: T[], drawn: Glyph[]): T[] {
  const pending = fallbackGlyphs(items).sort((a, b) => b.y - a.y || a.x - b.x);
  let out = items;
  const placed: T[] = [];
  for (const glyph of [...pending]) {
    const line = out.filter((i) => i !== glyph && onBaseline(i, glyph));
    const blank = blankHost(glyph, line);
    const host = blank ? undefined : textHost(glyph, line);
    const boxes = host && drawnBoxes(host, drawn, pending);
    const gap = host && (boxes ? drawnGap(host, glyph, boxes) : estimatedGap(host, glyph));
    if (blank) out = fillBlank(glyph, blank, out);
    else if (host && gap) out = fillGap(glyph, host, gap, out);
    else continue;
    placed.push(glyph);
    pending.splice(pending.indexOf(glyph), 1);
  }
  if (!placed.length) return items;
  const move = (w: T) => isBlank(w) && placed.some((g) => w.font === g.font && onBaseline(w, g) && Math.abs(w.x - right(g)) <= 0.2 * g.size);
  return out.filter((w) => !move(w));
}

/**
 * A page's text items with their letters composed (NFC) before the layout reads them: accents drawn as glyphs of
 * their own are joined to their letters, text drawn twice is read once, and a fallback font's glyphs go back into
 * the words they belong to, so that each word is one run of text whatever way the producer drew it.
 */
export function composeDiacritics<P extends { items: Item[]; glyphs?: Glyph[] }>(page: P): P {
  const glyphs = page.glyphs ?? [];
  const items = placeFallbackGlyphs(attachMarks(dropDoubles(page.items), glyphs), glyphs);
  const composed = items.map((i) => (HAS_MARK.test(i.str) && i.str.normalize("NFC") !== i.str ? { ...i, str: i.str.normalize("NFC") } : i));
  const same = composed.length === page.items.length && composed.every((i, n) => i === page.items[n]);
  return same ? page : { ...page, items: composed };
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const WORD = /[\p{L}\p{M}\uFFFD]+/gu;
/** At most this many damaged words are looked up. */
const MAX_LOST = 50;

/** A pattern for a word whose U+FFFD runs stand for a letter each or more (a run has one U+FFFD per byte of UTF-8). */
function lostPattern(word: string): string {
  return word
    .split(/(\uFFFD+)/u)
    .map((part) => (part.startsWith(REPLACEMENT) ? `(?:\\p{L}\\p{M}*){1,${part.length}}` : escape(part)))
    .join("");
}

/** The text's words, and its pairs of words with only a space between them, each once. */
function vocabulary(text: string): { words: string[]; pairs: string[] } {
  const words = new Set<string>();
  const pairs = new Set<string>();
  let last: { word: string; end: number } | null = null;
  for (const m of text.matchAll(WORD)) {
    const word = m[0];
    if (word.includes(REPLACEMENT)) {
      last = null;
      continue;
    }
    words.add(word);
    if (last && /^[^\S\n]+$/u.test(text.slice(last.end, m.index))) pairs.add(`${last.word} ${word}`);
    last = { word, end: m.index + word.length };
  }
  return { words: [...words], pairs: [...pairs] };
}

/** The one spelling of a damaged word that the text's words have, looked for alone and then with a neighbour. */
function restoreWord(word: string, prev: string | undefined, next: string | undefined, known: ReturnType<typeof vocabulary>): string | null {
  const own = `(${lostPattern(word)})`;
  const anchor = word.split(/\uFFFD+/u).reduce((a, b) => (b.length > a.length ? b : a));
  const tries: [string[], string][] = [[known.words, own]];
  if (next) tries.push([known.pairs, `${own} ${lostPattern(next)}`]);
  if (prev) tries.push([known.pairs, `${lostPattern(prev)} ${own}`]);
  for (const [n, [list, pattern]] of tries.entries()) {
    const re = new RegExp(`^${pattern}$`, "u");
    const found = new Set(list.flatMap((w) => (w.includes(anchor) ? (re.exec(w)?.[1] ?? []) : [])));
    if (found.size === 1) return [...found][0]!;
    // A word the text never spells is not found with a neighbour either.
    if (found.size === 0 && n === 0) return null;
  }
  return null;
}

/**
 * Letters a producer wrote as U+FFFD (a font that had no glyph for them, or text in a wrong encoding) are taken
 * from the same word elsewhere in the document, when the rest of the text spells it one way only: "Nguy���n Th���
 * Lan Anh" on a byline from "Nguyễn Thị Lan Anh" in the note about the authors. A word the text spells no way, or
 * more than one, stays as it is.
 */
export function restoreLostLetters<P extends { items: PdfItem[] }>(pages: P[]): P[] {
  if (!pages.some((p) => p.items.some((i) => i.str.includes(REPLACEMENT)))) return pages;
  const known = vocabulary(pages.map((p) => p.items.map((i) => i.str).join(" ")).join("\n"));
  const found = new Map<string, string | null>();
  const restore = (str: string) => {
    const words = [...str.matchAll(WORD)].map((m) => m[0]);
    let n = -1;
    return str.replace(WORD, (word) => {
      n++;
      if (!word.includes(REPLACEMENT) || !LETTER.test(word)) return word;
      const [prev, next] = [words[n - 1], words[n + 1]];
      const key = `${prev ?? ""} ${word} ${next ?? ""}`;
      if (!found.has(key)) {
        if (found.size >= MAX_LOST) return word;
        found.set(key, restoreWord(word, prev, next, known));
      }
      return found.get(key) ?? word;
    });
  };
  return pages.map((p) =>
    p.items.some((i) => i.str.includes(REPLACEMENT))
      ? { ...p, items: p.items.map((i) => (i.str.includes(REPLACEMENT) ? { ...i, str: restore(i.str).normalize("NFC") } : i)) }
      : p,
  );
}

import { toSuperscript } from "./superscript";

/** One text run as pdf.js reports it, in PDF units (y grows upwards from the page's bottom edge). */
export type PdfItem = { str: string; x: number; y: number; width: number; size: number };
/** A short horizontal line the page draws (a footnote separator, an underline), y from the page bottom. */
export type PdfRule = { x: number; y: number; width: number };
export type PdfPage = { width: number; height: number; items: PdfItem[]; rules?: PdfRule[] };
export type PdfLine = {
  text: string;
  x: number;
  right: number;
  /** Baseline of the line's main text, not of its superscripts. */
  y: number;
  /** Font size of most of the line's characters. */
  size: number;
};

/** Superscript footnote markers: digits, optionally listed ("1,2") or ranged ("1–3"). */
const MARKER_TEXT = /^\d{1,3}(?:\s*[,–-]\s*\d{1,3})*$/;
/** Other small raised or lowered pieces of a line: note symbols, ordinals ("1st"), subscripts ("CO₂"). */
const SMALL_PIECE = /^\S{1,4}$/;
const SMALLER = 0.85;

type Cluster = { y: number; size: number; items: (PdfItem & { sup?: boolean })[] };

/** The font size that most characters in `items` have, weighted by length. */
export function dominantSize(items: { str?: string; text?: string; size: number }[]): number {
  const weights = new Map<number, number>();
  for (const item of items) {
    const key = Math.round(item.size * 2) / 2;
    weights.set(key, (weights.get(key) ?? 0) + (item.str ?? item.text ?? "").length);
  }
  let best = 0;
  let weight = -1;
  for (const [size, w] of weights) if (w > weight || (w === weight && size > best)) [best, weight] = [size, w];
  return best;
}

function cluster(items: PdfItem[]): Cluster[] {
  const sorted = [...items].sort((a, b) => b.y - a.y || a.x - b.x);
  const clusters: Cluster[] = [];
  for (const item of sorted) {
    const last = clusters.at(-1);
    if (last && Math.abs(last.y - item.y) <= 0.3 * Math.min(last.size, item.size)) {
      last.items.push(item);
      last.size = Math.max(last.size, item.size);
    } else {
      clusters.push({ y: item.y, size: item.size, items: [item] });
    }
  }
  for (const c of clusters) {
    const size = dominantSize(c.items);
    const main = c.items.filter((i) => Math.abs(Math.round(i.size * 2) / 2 - size) < 0.01);
    c.size = size;
    c.y = main[0]?.y ?? c.y;
  }
  return clusters;
}

const left = (items: PdfItem[]) => items.reduce((min, i) => Math.min(min, i.x), Infinity);
const right = (items: PdfItem[]) => items.reduce((max, i) => Math.max(max, i.x + i.width), -Infinity);

function overlaps(a: Cluster, b: Cluster): boolean {
  return left(a.items) <= right(b.items) + b.size && right(a.items) >= left(b.items) - b.size;
}

/**
 * A run of small digits drawn a little above a line is that line's footnote marker (a "raised" cluster of its own
 * when the raise is large); so is a small raised item inside a line. Other small pieces just above or below a line
 * (a "*", a subscript) join it as plain text rather than standing as lines of their own.
 */
function markSuperscripts(clusters: Cluster[]): Cluster[] {
  const out: Cluster[] = [];
  for (let i = 0; i < clusters.length; i++) {
    const c = clusters[i]!;
    const text = c.items.map((it) => it.str.trim()).join("");
    const small = (line: Cluster | undefined): line is Cluster =>
      line !== undefined && c.size <= SMALLER * line.size && overlaps(c, line);
    const below = clusters[i + 1];
    const raise = below ? c.y - below.y : 0;
    if (small(below) && raise >= 0.15 * below.size && raise <= 0.8 * below.size) {
      if (MARKER_TEXT.test(text)) {
        below.items.push(...c.items.map((it) => ({ ...it, sup: true })));
        continue;
      }
      if (SMALL_PIECE.test(text)) {
        below.items.push(...c.items);
        continue;
      }
    }
    const above = out.at(-1);
    if (small(above) && SMALL_PIECE.test(text) && above.y - c.y <= 0.5 * above.size) {
      above.items.push(...c.items);
      continue;
    }
    out.push(c);
  }
  for (const c of out) {
    for (const item of c.items) {
      const raised = item.y - c.y >= 0.15 * c.size;
      if (!item.sup && raised && item.size <= SMALLER * c.size && MARKER_TEXT.test(item.str.trim())) item.sup = true;
    }
  }
  return out;
}

function lineText(c: Cluster): string {
  const items = [...c.items].sort((a, b) => a.x - b.x);
  let text = "";
  let end = -Infinity;
  for (const item of items) {
    const str = item.sup ? toSuperscript(item.str.replace(/\s+/g, "")) : item.str;
    const gap = item.x - end;
    const joined = /\s$/.test(text) || /^\s/.test(str);
    if (text && !item.sup && !joined && gap > 0.2 * Math.min(item.size, c.size)) text += " ";
    text += str;
    end = Math.max(end, item.x + item.width);
  }
  return text.replace(/\s+/g, " ").trim();
}

/** Lines of one page from top to bottom, superscript markers turned into superscript numerals. */
export function pageLines(page: PdfPage): PdfLine[] {
  const items = page.items.filter((i) => i.str.trim() !== "" && i.size > 0);
  return markSuperscripts(cluster(items))
    .map((c) => ({
      text: lineText(c),
      x: left(c.items.filter((i) => !i.sup)),
      right: right(c.items),
      y: c.y,
      size: c.size,
    }))
    .filter((l) => l.text !== "" && Number.isFinite(l.x));
}

/**
 * A page's text items by column: for pages set in two or three columns (a vertical gutter that no line crosses),
 * what spans the columns above them (a title, an abstract), then each column from left to right, then what spans
 * below. A page in one column is one region.
 */
export function columnRegions(page: PdfPage): PdfItem[][] {
  const items = page.items.filter((i) => i.str.trim() !== "" && i.size > 0);
  if (items.length < 20) return [items];
  const chars = items.reduce((n, i) => n + i.str.length, 0);
  const gutters: number[] = [];
  const crossing = (x: number) => items.filter((i) => i.x < x - 1 && i.x + i.width > x + 1);
  // Candidate gutters, every 2 points across the middle of the page; a gutter is crossed by almost nothing.
  for (const [from, to] of [
    [0.25, 0.75],
    [0.55, 0.8],
  ] as const) {
    let best: { x: number; crossed: number } | null = null;
    for (let x = from * page.width; x <= to * page.width; x += 2) {
      if (gutters.some((g) => Math.abs(g - x) < 0.15 * page.width)) continue;
      const crossed = crossing(x).reduce((n, i) => n + i.str.length, 0);
      if (!best || crossed < best.crossed) best = { x, crossed };
    }
    if (!best || best.crossed > 0.12 * chars) continue;
    const left = items.filter((i) => i.x + i.width <= best.x).reduce((n, i) => n + i.str.length, 0);
    const right = items.filter((i) => i.x >= best.x).reduce((n, i) => n + i.str.length, 0);
    if (left > 0.1 * chars && right > 0.1 * chars) gutters.push(best.x);
  }
  if (gutters.length === 0) return [items];
  gutters.sort((a, b) => a - b);
  const spanning = (i: PdfItem) => gutters.some((g) => i.x < g - 1 && i.x + i.width > g + 1);
  const inColumns = items.filter((i) => !spanning(i));
  const top = Math.max(...inColumns.map((i) => i.y));
  const bottom = Math.min(...inColumns.map((i) => i.y));
  const above = items.filter((i) => spanning(i) && i.y > top);
  const below = items.filter((i) => spanning(i) && i.y < bottom);
  const columns = [...gutters, Infinity].map((g, c) =>
    items.filter(
      (i) => !above.includes(i) && !below.includes(i) && i.x < g && (c === 0 || i.x >= gutters[c - 1]! - 1),
    ),
  );
  return [above, ...columns, below].filter((r) => r.length > 0);
}

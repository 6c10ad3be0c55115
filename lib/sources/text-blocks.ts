import type { ParsedMarker } from "./parse-document";

export type TextSegment = { kind: "text"; text: string; start: number; claimIds: string[] };
export type MarkerSegment = { kind: "marker"; label: string; index: number; offset: number };
export type Segment = TextSegment | MarkerSegment;
export type Block = {
  /** Offset of the block's first character in the body (headings include their # marks). */
  start: number;
  end: number;
  /** 0 for a paragraph, 1–6 for a heading. */
  level: number;
  segments: Segment[];
};
export type Range = { id: string; start: number; end: number };

/**
 * Cuts a normalised body into paragraphs and headings (blank-line separated,
 * "#" headings as Markdown writes them), places each footnote marker in its
 * block, and splits text where claim ranges begin or end, so that each text
 * segment knows which claims cover it. Offsets stay those of the body.
 */
export function toBlocks(body: string, markers: readonly ParsedMarker[], ranges: readonly Range[] = []): Block[] {
  const sorted = [...markers].sort((a, b) => a.offset - b.offset);
  const bounds = [...new Set(ranges.flatMap((r) => [r.start, r.end]))].sort((a, b) => a - b);
  const seen = new Map<string, number>();
  const blocks: Block[] = [];
  let m = 0;
  let b = 0;

  const covering = (at: number) => ranges.filter((r) => r.start <= at && at < r.end).map((r) => r.id);
  const pushText = (segments: Segment[], from: number, to: number) => {
    // Split [from, to) at every claim boundary inside it.
    while (b < bounds.length && bounds[b]! <= from) b++;
    let cursor = from;
    for (let k = b; k < bounds.length && bounds[k]! < to; k++) {
      segments.push({ kind: "text", text: body.slice(cursor, bounds[k]), start: cursor, claimIds: covering(cursor) });
      cursor = bounds[k]!;
    }
    if (cursor < to) segments.push({ kind: "text", text: body.slice(cursor, to), start: cursor, claimIds: covering(cursor) });
  };

  const separator = /\n{2,}/g;
  const spans: [number, number][] = [];
  let start = 0;
  for (let match = separator.exec(body); match; match = separator.exec(body)) {
    spans.push([start, match.index]);
    start = match.index + match[0].length;
  }
  spans.push([start, body.length]);

  for (const [from, to] of spans) {
    const text = body.slice(from, to);
    if (!text.trim()) continue;
    const heading = /^(#{1,6})\s+/.exec(text);
    const level = heading ? heading[1]!.length : 0;
    const segments: Segment[] = [];
    let cursor = from + (heading ? heading[0].length : 0);
    while (m < sorted.length && sorted[m]!.offset <= to) {
      const marker = sorted[m++]!;
      const at = Math.max(marker.offset, cursor);
      if (at > cursor) pushText(segments, cursor, at);
      const index = (seen.get(marker.label) ?? 0) + 1;
      seen.set(marker.label, index);
      segments.push({ kind: "marker", label: marker.label, index, offset: at });
      cursor = at;
    }
    if (cursor < to) pushText(segments, cursor, to);
    blocks.push({ start: from, end: to, level, segments });
  }
  return blocks;
}

export type Part = { index: number; start: number; end: number; firstBlock: number; lastBlock: number };

/**
 * Groups blocks into parts of about `size` characters, cut between blocks, so
 * that a very long source is read (and rendered) a part at a time. A source
 * shorter than one part is a single part.
 */
export function toParts(blocks: readonly Block[], size = 25_000): Part[] {
  const parts: Part[] = [];
  let first = 0;
  for (let i = 0; i < blocks.length; i++) {
    const isLast = i === blocks.length - 1;
    if (isLast || blocks[i + 1]!.start - blocks[first]!.start >= size) {
      parts.push({ index: parts.length, start: blocks[first]!.start, end: blocks[i]!.end, firstBlock: first, lastBlock: i });
      first = i + 1;
    }
  }
  return parts;
}

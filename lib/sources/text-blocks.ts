import type { ParsedMarker } from "./parse-document";

export type Segment = { kind: "text"; text: string } | { kind: "marker"; label: string; index: number };
export type Block = {
  /** Offset of the block's first character in the body (headings include their # marks). */
  start: number;
  end: number;
  /** 0 for a paragraph, 1–6 for a heading. */
  level: number;
  segments: Segment[];
};

/**
 * Cuts a normalised body into paragraphs and headings (blank-line separated,
 * "#" headings as Markdown writes them) and places each footnote marker in
 * its block. Offsets stay those of the body, which claims point into.
 */
export function toBlocks(body: string, markers: readonly ParsedMarker[]): Block[] {
  const sorted = [...markers].sort((a, b) => a.offset - b.offset);
  const seen = new Map<string, number>();
  const blocks: Block[] = [];
  let m = 0;
  const separator = /\n{2,}/g;
  let start = 0;
  const spans: [number, number][] = [];
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
    const skip = heading ? heading[0].length : 0;
    const segments: Segment[] = [];
    let cursor = from + skip;
    while (m < sorted.length && sorted[m]!.offset <= to) {
      const marker = sorted[m++]!;
      const at = Math.max(marker.offset, cursor);
      if (at > cursor) segments.push({ kind: "text", text: body.slice(cursor, at) });
      const index = (seen.get(marker.label) ?? 0) + 1;
      seen.set(marker.label, index);
      segments.push({ kind: "marker", label: marker.label, index });
      cursor = at;
    }
    if (cursor < to) segments.push({ kind: "text", text: body.slice(cursor, to) });
    blocks.push({ start: from, end: to, level, segments });
  }
  return blocks;
}

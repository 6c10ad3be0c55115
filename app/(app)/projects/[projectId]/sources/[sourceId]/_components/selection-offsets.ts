import { markersInSentences } from "@/lib/sources/sentences";
import type { Selection } from "./reader-types";

/**
 * Maps a DOM point inside the reader to a body offset. Text pieces carry
 * their body offset in data-o; footnote markers (not part of the body) carry
 * the offset they stand at.
 */
function pointToOffset(container: HTMLElement, node: Node, offset: number): number | null {
  if (node.nodeType === Node.TEXT_NODE) {
    const holder = node.parentElement?.closest<HTMLElement>("[data-o]");
    if (holder && container.contains(holder)) return Number(holder.dataset.o) + offset;
    const marker = node.parentElement?.closest<HTMLElement>("[data-marker-offset]");
    if (marker) return Number(marker.dataset.markerOffset);
    return null;
  }
  // An element and a child index: use the nearest text piece at or after it, else the end of the one before.
  const element = node as Element;
  const child = element.childNodes[offset] ?? null;
  const pieces = [...container.querySelectorAll<HTMLElement>("[data-o]")];
  const point = document.createRange();
  if (child) point.setStartBefore(child);
  else point.setStart(element, offset);
  for (const piece of pieces) {
    if (point.comparePoint(piece, 0) >= 0) return Number(piece.dataset.o);
  }
  const last = pieces[pieces.length - 1];
  return last ? Number(last.dataset.o) + (last.textContent?.length ?? 0) : null;
}

/** The text of the body between two offsets, read back from the pieces on the page. */
function quoteBetween(container: HTMLElement, start: number, end: number): string {
  let quote = "";
  let lastEnd = -1;
  for (const piece of container.querySelectorAll<HTMLElement>("[data-o]")) {
    const from = Number(piece.dataset.o);
    const text = piece.textContent ?? "";
    const to = from + text.length;
    if (to <= start || from >= end) continue;
    if (lastEnd !== -1 && from > lastEnd) quote += from - lastEnd > 1 ? "\n\n" : " ";
    quote += text.slice(Math.max(0, start - from), Math.min(text.length, end - from));
    lastEnd = to;
  }
  return quote;
}

/** The reader's current selection as body offsets, or null when there is none inside it. */
export function readSelection(container: HTMLElement): Selection | null {
  const selection = window.getSelection();
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  if (!container.contains(range.commonAncestorContainer)) return null;
  const a = pointToOffset(container, range.startContainer, range.startOffset);
  const b = pointToOffset(container, range.endContainer, range.endOffset);
  if (a === null || b === null) return null;
  const start = Math.min(a, b);
  const end = Math.max(a, b);
  const quote = quoteBetween(container, start, end);
  if (!quote.trim()) return null;
  // Selections usually catch a space at either end: the claim is the words.
  const lead = quote.length - quote.trimStart().length;
  const trail = quote.length - quote.trimEnd().length;
  return { start: start + lead, end: end - trail, quote: quote.trim() };
}

/**
 * Footnote markers in the sentences a selection touches, read block by block
 * from the page (each block carries data-block; sentences never cross blocks).
 */
export function markersInTouchedSentences(container: HTMLElement, start: number, end: number): string[] {
  const labels: string[] = [];
  for (const block of container.querySelectorAll<HTMLElement>("[data-block]")) {
    const pieces = [...block.querySelectorAll<HTMLElement>("[data-o]")];
    const base = Number(pieces[0]?.dataset.o);
    const text = pieces.map((p) => p.textContent ?? "").join("");
    if (!pieces.length || base >= end || base + text.length <= start) continue;
    const markers = [...block.querySelectorAll<HTMLElement>("[data-marker-offset]")].flatMap((m) => {
      const label = m.querySelector<HTMLElement>("[data-marker]")?.dataset.marker;
      return label ? [{ label, offset: Number(m.dataset.markerOffset) - base }] : [];
    });
    for (const label of markersInSentences(text, markers, Math.max(0, start - base), Math.min(text.length, end - base))) {
      if (!labels.includes(label)) labels.push(label);
    }
  }
  return labels;
}

/** Where the selection ends on screen, the edge the adder stands by: the last line's box (the first's when selected backwards). */
export function selectionEndBox(range: Range, backwards: boolean): DOMRect | null {
  const rects = [...range.getClientRects()].filter((r) => r.width > 0 || r.height > 0);
  return (backwards ? rects[0] : rects.at(-1)) ?? null;
}

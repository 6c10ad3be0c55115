/**
 * The outline of a source: its headings, each with the anchor the reader gives
 * it and the part of a long source it is read in, so that a heading in another
 * part can link to that part.
 */
import type { Block, Part } from "./text-blocks";

export type OutlineHeading = { id: string; text: string; level: number; part: number };

const blockWords = (block: Block) =>
  block.segments
    .map((s) => (s.kind === "text" ? s.text : ""))
    .join("")
    .trim();

/** A heading's anchor: its words, and where it starts in the text so that two headings alike stay apart. */
export function headingAnchor(block: Block): string {
  const words = blockWords(block)
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60);
  return `${words || "section"}-${block.start}`;
}

/** Every heading of the text's blocks, in reading order, with the index of its part. */
export function readOutline(blocks: readonly Block[], parts: readonly Pick<Part, "index" | "firstBlock" | "lastBlock">[]): OutlineHeading[] {
  const headings: OutlineHeading[] = [];
  blocks.forEach((block, i) => {
    if (block.level === 0) return;
    const part = parts.find((p) => i >= p.firstBlock && i <= p.lastBlock)?.index ?? 0;
    headings.push({ id: headingAnchor(block), text: blockWords(block), level: block.level, part });
  });
  return headings;
}

/**
 * The Contents of the part on screen: its own headings, and for each other part
 * its first heading only, so that a long source with hundreds of headings keeps
 * a short list (and a light page) while every part stays one jump away.
 */
export function contentsOf(outline: readonly OutlineHeading[], shownPart: number): OutlineHeading[] {
  const seen = new Set<number>();
  return outline.filter((h) => {
    if (h.part === shownPart) return true;
    if (seen.has(h.part)) return false;
    seen.add(h.part);
    return true;
  });
}

/**
 * What the source reader shows, worked out without I/O. A long source is read a
 * part at a time, so the page stays light however long the text: `chooseSourcePart`
 * picks the part on screen from the claims' anchors alone, and tells which stretch's
 * claims to load; `readSourceView` then lays out that part with those claims and the
 * notes it cites.
 */
import type { ParsedMarker } from "./parse-document";
import { readOutline, type OutlineHeading } from "./outline";
import { toBlocks, toParts, type Block, type Part } from "./text-blocks";

type SourceText = { body: string; markers: readonly ParsedMarker[] };
type Anchor = { id: string; start: number; end: number; orphaned: boolean };

export type SourcePart = Part & {
  /** How many of the source's claims start in this part. */
  claims: number;
};

export type SourcePartChoice = {
  parts: SourcePart[];
  /** The part on screen; none only for a text with no blocks. */
  current: SourcePart | undefined;
  /** The claim a link asked for, when its quote is in the text shown. */
  linkedClaimId: string | undefined;
  /** The stretch of text whose claims the panel lists; none means all of them. */
  within: { start: number; end: number } | undefined;
  /** The text's headings, each with its part, for the reader's Contents. */
  outline: OutlineHeading[];
};

/**
 * The parts of the text, the one on screen, the claims each holds and the
 * headings (from the same pass over the text). A link to a
 * claim (without a part) opens the part that holds it; otherwise `part` is clamped
 * to the parts there are. Highlights belong to the current version: an older one
 * is shown plain, whole claim list and all.
 */
export function chooseSourcePart(options: {
  text: SourceText;
  isCurrentVersion: boolean;
  anchors: readonly Anchor[];
  /** The `part` search parameter, as typed. */
  part?: string;
  /** The `claim` search parameter: a claim to open. */
  claimId?: string;
  partSize?: number;
}): SourcePartChoice {
  const { text, isCurrentVersion, part, claimId } = options;
  const anchored = isCurrentVersion ? options.anchors.filter((c) => !c.orphaned) : [];
  // Parts depend on the text alone; highlights are then cut only into the part on screen.
  const blocks = toBlocks(text.body, text.markers);
  const bare = toParts(blocks, options.partSize);
  const claimsPerPart = bare.map(() => 0);
  for (const c of anchored) {
    const index = bare.findIndex((p) => c.start >= p.start && c.start <= p.end);
    if (index >= 0) claimsPerPart[index]! += 1;
  }
  const parts = bare.map((p) => ({ ...p, claims: claimsPerPart[p.index]! }));

  const linked = claimId ? anchored.find((c) => c.id === claimId) : undefined;
  const linkedPart = linked && part === undefined ? parts.findIndex((p) => linked.start >= p.start && linked.start < p.end) : -1;
  const current = parts[linkedPart >= 0 ? linkedPart : Math.min(Math.max(Number(part) || 0, 0), parts.length - 1)] ?? parts[0];
  const paged = parts.length > 1 && current !== undefined && isCurrentVersion;
  return { parts, current, linkedClaimId: linked?.id, within: paged ? { start: current.start, end: current.end } : undefined, outline: readOutline(blocks, bare) };
}

/** The grey of a highlight whose claim has no theme. */
export const UNTHEMED_COLOUR = "#a8a29e";

/**
 * The part on screen laid out for reading: its blocks with the claims' highlights
 * cut in, each highlight's colour (its claim's first theme), and the notes to list
 * under it: those its text cites and, under the last part, those cited nowhere.
 */
export function readSourceView<N extends { label: string }, C extends Anchor & { themes: readonly { colour: string }[] }>(options: {
  text: SourceText;
  isCurrentVersion: boolean;
  choice: Pick<SourcePartChoice, "parts" | "current">;
  /** The source's notes, in order. */
  citations: readonly N[];
  /** The claims of the part on screen (and those whose quote was lost). */
  claims: readonly C[];
}): { blocks: Block[]; colours: Map<string, string>; notes: N[]; markedLabels: Set<string> } {
  const { text, choice } = options;
  const { parts, current } = choice;
  const highlighted = options.isCurrentVersion ? options.claims.filter((c) => !c.orphaned) : [];
  const all = toBlocks(text.body, text.markers, highlighted);
  const blocks = current ? all.slice(current.firstBlock, current.lastBlock + 1) : all;
  const markedLabels = new Set(text.markers.map((m) => m.label));
  const citedHere = new Set(blocks.flatMap((b) => b.segments.flatMap((seg) => (seg.kind === "marker" ? [seg.label] : []))));
  const lastPart = !current || current.index === parts.length - 1;
  const notes = parts.length > 1 ? options.citations.filter((c) => citedHere.has(c.label) || (lastPart && !markedLabels.has(c.label))) : [...options.citations];
  const colours = new Map(highlighted.map((c) => [c.id, c.themes[0]?.colour ?? UNTHEMED_COLOUR]));
  return { blocks, colours, notes, markedLabels };
}

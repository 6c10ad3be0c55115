/**
 * The export rule of markings: a brief is marked at least as high as every
 * claim it cites (a claim stands at the higher of its own marking and its
 * source's), or the claims above its marking are withheld: their text and
 * their notes become "[withheld]" and their sources leave the bibliography.
 * Pure: the caller passes the instance's list.
 */
import type { BriefDocument, Inline, Block } from "@/lib/briefs/document";
import { covers, highest } from "./markings";

/** What a withheld claim's text, quote and note read. */
export const WITHHELD = "[withheld]";

/** What the rule needs of a cited claim. */
export type MarkedClaim = { id: string; marking: string | null; source: { marking: string | null } };

/** How far a brief's marking falls short of what it cites. */
export type MarkingShortfall = {
  /** The brief's own marking. */
  marking: string | null;
  /** The marking the brief would need to cite everything as it is; null when it needs none above its own. */
  required: string | null;
  /** The claims above the brief's marking, in the order given. */
  claimIds: string[];
  /** The refusal to show, or null when nothing is above the brief's marking. */
  message: string | null;
};

/** A claim's marking: the higher of its own and its source's. */
export function claimMarking(claim: MarkedClaim, list: readonly string[]): string | null {
  return highest([claim.marking, claim.source.marking], list);
}

const plural = (n: number) => `${n} claim${n === 1 ? "" : "s"}`;

/**
 * The claims a brief marked `marking` cannot print as they are. With
 * markings turned off (an empty list) nothing can be chosen, so nothing is
 * refused; the brief's stored marking still prints.
 */
export function markingShortfall(marking: string | null, claims: Iterable<MarkedClaim>, list: readonly string[]): MarkingShortfall {
  if (list.length === 0) return { marking, required: null, claimIds: [], message: null };
  const above: { id: string; marking: string }[] = [];
  const seen = new Set<string>();
  for (const claim of claims) {
    if (seen.has(claim.id)) continue;
    seen.add(claim.id);
    const own = claimMarking(claim, list);
    if (own !== null && !covers(marking, own, list)) above.push({ id: claim.id, marking: own });
  }
  const required = highest(above.map((a) => a.marking), list);
  if (required === null) return { marking, required: null, claimIds: [], message: null };
  const alike = above.every((a) => a.marking === required);
  const what = alike ? `${plural(above.length)} marked ${required}` : `${plural(above.length)} marked above ${marking ?? "nothing"}, up to ${required}`;
  return {
    marking,
    required,
    claimIds: above.map((a) => a.id),
    message: `This brief cites ${what}; mark the brief ${required}, or export with ${above.length === 1 ? "that claim" : "those claims"} withheld.`,
  };
}

/**
 * A stand-in for a withheld claim's source, carried through the renderer so
 * that whatever a citation style makes of it (a note, a bibliography entry,
 * an in-text citation) can be found and replaced afterwards.
 */
const WITHHELD_SOURCE = "withheld-source-q7x2k";
const TOKEN = new RegExp(WITHHELD_SOURCE, "i");

/** A value of the same kind that says nothing: "", [], null (a flag stays). */
function blank(value: unknown): unknown {
  if (Array.isArray(value)) return [];
  if (typeof value === "string") return "";
  if (typeof value === "boolean") return value;
  return null;
}

type WithholdableClaim = { id: string; paraphrase: string; exact: string; notes: unknown[]; reviewer: string | null; source: { id: string; title: string } };

/**
 * The claims with those named withheld, before they are rendered: the text
 * and quote read "[withheld]", the source is a blank stand-in (every field
 * emptied, whatever fields it has, so that nothing of it reaches a note) and
 * the source's own notes are dropped. Pass the document through
 * `scrubWithheld` after rendering.
 */
export function withholdClaims<T extends WithholdableClaim>(claims: readonly T[], claimIds: Iterable<string>): T[] {
  const ids = new Set(claimIds);
  return claims.map((claim) => {
    if (!ids.has(claim.id)) return claim;
    const source = Object.fromEntries(Object.entries(claim.source).map(([key, value]) => [key, blank(value)])) as T["source"];
    return {
      ...claim,
      paraphrase: WITHHELD,
      exact: WITHHELD,
      notes: [],
      reviewer: null,
      source: { ...source, id: WITHHELD_SOURCE, title: WITHHELD_SOURCE },
    };
  });
}

function scrubInlines(inlines: Inline[]): Inline[] {
  return inlines.map((inline) => {
    if ((inline.kind === "citation" || inline.kind === "text") && TOKEN.test(inline.text)) return { ...inline, text: WITHHELD };
    if (inline.kind === "link") return { ...inline, children: scrubInlines(inline.children) };
    return inline;
  });
}

function scrubBlock(block: Block): Block {
  switch (block.kind) {
    case "heading":
    case "paragraph":
      return { ...block, children: scrubInlines(block.children) };
    case "list":
      return { ...block, items: block.items.map((item) => item.map(scrubBlock)) };
    case "quote":
      return { ...block, children: block.children.map(scrubBlock) };
    case "table":
      return { ...block, header: block.header.map(scrubInlines), rows: block.rows.map((row) => row.map(scrubInlines)) };
    default:
      return block;
  }
}

/**
 * A rendered document with every trace of a withheld claim's source
 * replaced: its notes read "[withheld]" (no address), its in-text citations
 * too, its bibliography entry is gone, and its appendix row names no source.
 * A document without withheld claims comes back as it was.
 */
export function scrubWithheld(document: BriefDocument): BriefDocument {
  return {
    ...document,
    blocks: document.blocks.map(scrubBlock),
    footnotes: document.footnotes.map((note) => (TOKEN.test(note.text) ? { n: note.n, text: WITHHELD, url: null } : note)),
    bibliography: document.bibliography.filter((entry) => !TOKEN.test(entry.text)),
    appendix: document.appendix?.map((row) => (TOKEN.test(row.source) ? { ...row, source: WITHHELD, reliability: "", reviewer: null } : row)) ?? null,
  };
}

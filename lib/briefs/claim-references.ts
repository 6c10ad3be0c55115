/**
 * How a brief refers to a claim: the token `[[claim:<claimId>]]` in its
 * Markdown. The token stands for the claim, never a copy of it: the preview
 * and every export put the claim's current paraphrase and a footnote in its
 * place, so an edit of the claim reaches every brief that uses it.
 *
 * The token survives Markdown parsing as plain text (no Markdown syntax in
 * it; ids are letters, digits and hyphens), inside paragraphs, headings,
 * list items, table cells and emphasis alike.
 */
export const CLAIM_TOKEN = /\[\[claim:([A-Za-z0-9-]{1,64})\]\]/g;

export function claimToken(claimId: string): string {
  return `[[claim:${claimId}]]`;
}

/** The claim ids a body refers to, each once, in order of first use. */
export function referencedClaimIds(body: string): string[] {
  const ids = new Set<string>();
  for (const match of body.matchAll(CLAIM_TOKEN)) ids.add(match[1]!);
  return [...ids];
}

export type TextPart = { kind: "text"; text: string } | { kind: "claim"; claimId: string };

/** Cuts a text into plain runs and claim references. */
export function splitClaimTokens(text: string): TextPart[] {
  const parts: TextPart[] = [];
  let last = 0;
  for (const match of text.matchAll(CLAIM_TOKEN)) {
    if (match.index > last) parts.push({ kind: "text", text: text.slice(last, match.index) });
    parts.push({ kind: "claim", claimId: match[1]! });
    last = match.index + match[0].length;
  }
  if (last < text.length) parts.push({ kind: "text", text: text.slice(last) });
  return parts;
}

/**
 * How a brief cites a source directly, without a claim (a reference-only
 * source imported from a reference manager has no text to claim from): the
 * token `[[source:<sourceId>]]`. The editor keeps it as text, and may save it
 * with its brackets escaped (`\[\[source:<id>]]`), which Markdown reads back
 * as the same token; both spellings are found here.
 */
export const SOURCE_TOKEN = /\\?\[\\?\[source:([A-Za-z0-9-]{1,64})\]\]/g;

export function sourceToken(sourceId: string): string {
  return `[[source:${sourceId}]]`;
}

/** The source ids a body cites directly, each once, in order of first use. */
export function referencedSourceIds(body: string): string[] {
  const ids = new Set<string>();
  for (const match of body.matchAll(SOURCE_TOKEN)) ids.add(match[1]!);
  return [...ids];
}

export type ReferencePart = TextPart | { kind: "source"; sourceId: string };

const REFERENCE_TOKEN = /\[\[(claim|source):([A-Za-z0-9-]{1,64})\]\]/g;

/** Cuts a text into plain runs, claim references and direct citations of sources. */
export function splitReferenceTokens(text: string): ReferencePart[] {
  const parts: ReferencePart[] = [];
  let last = 0;
  for (const match of text.matchAll(REFERENCE_TOKEN)) {
    if (match.index > last) parts.push({ kind: "text", text: text.slice(last, match.index) });
    parts.push(match[1] === "claim" ? { kind: "claim", claimId: match[2]! } : { kind: "source", sourceId: match[2]! });
    last = match.index + match[0].length;
  }
  if (last < text.length) parts.push({ kind: "text", text: text.slice(last) });
  return parts;
}

/** Marks PostgreSQL's ts_headline puts around hits: control characters that normalised text never holds. */
export const HIT_START = "\u0002";
export const HIT_END = "\u0003";

export type SnippetPart = { text: string; hit: boolean };

/** Splits a marked snippet into plain parts, to be rendered as text, never as HTML. */
export function splitSnippet(marked: string): SnippetPart[] {
  const parts: SnippetPart[] = [];
  for (const [i, piece] of marked.split(new RegExp(`[${HIT_START}${HIT_END}]`)).entries()) {
    // Heading marks of the normalised body mean nothing in a one-line snippet.
    const text = piece.replace(/(^|\s)#{1,6}(?=\s)/g, "$1");
    if (text) parts.push({ text, hit: i % 2 === 1 });
  }
  return parts;
}

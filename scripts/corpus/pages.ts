/** Finds the notes a PDF continues on the next page, from pdftotext's per-page text. */
import { plain } from "./inline";
import type { CorpusText } from "./spec";
import { pdfPages } from "./tools";

/** Letters and digits only, accents and ligatures decomposed: what survives any PDF's text layer. */
export const normalise = (s: string) =>
  s
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]/g, "");

export type NotePages = { label: string; first: number; last: number };

/**
 * For each note, the page its first words are on and the page its last words are on (1-based).
 * Notes are looked for in order, each after the previous one's start, so a title that recurs in a
 * later note is not taken for an earlier one; a note must be found almost whole.
 */
export function notePages(pdf: string, text: CorpusText, columns: 1 | 2 = 1): NotePages[] {
  const pages = pdfPages(pdf, { columns }).map(normalise);
  const offsets: number[] = [];
  let all = "";
  for (const p of pages) {
    offsets.push(all.length);
    all += p;
  }
  const pageAt = (pos: number) => offsets.findLastIndex((o) => o <= pos) + 1;
  const result: NotePages[] = [];
  let cursor = 0;
  for (const [label, note] of Object.entries(text.notes)) {
    const words = normalise(plain(note));
    const head = words.slice(0, 40);
    const start = all.indexOf(head, cursor);
    if (start < 0) throw new Error(`${pdf}: the start of note ${label} is not in the text layer`);
    // The rest in pieces, each looked for after the previous one: a piece cut by a page break (and
    // the body, header and footer lines between the two parts) is skipped.
    let pos = start + head.length;
    let found = 0;
    let pieces = 0;
    for (let i = head.length; i < words.length; i += 12) {
      const piece = words.slice(i, i + 12);
      pieces++;
      const at = all.indexOf(piece, pos);
      if (at >= 0 && at - pos < 6000) {
        pos = at + piece.length;
        found++;
      }
    }
    if (found < pieces * 0.8) throw new Error(`${pdf}: only ${found} of ${pieces} pieces of note ${label} are in the text layer`);
    result.push({ label, first: pageAt(start), last: pageAt(pos - 1) });
    cursor = start + 1;
  }
  return result;
}

export const notesAcrossPages = (pdf: string, text: CorpusText, columns: 1 | 2 = 1) =>
  notePages(pdf, text, columns)
    .filter((n) => n.last > n.first)
    .map((n) => n.label);

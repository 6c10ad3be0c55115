/**
 * A source's note in one readable line, for checklists and lists where the whole
 * note would be a blob: who and what it cites, e.g. "Ministry of Foreign Affairs
 * of Japan, ‘Japan–Laos Relations’ (2024)", shown after the note's number. A note
 * the importer found no title in shows the start of its text instead.
 */

type Note = { text: string; title: string | null; authors: readonly string[]; publisher: string | null; issued: string | null };

const TITLE_LENGTH = 90;
const TEXT_LENGTH = 110;

/** Cuts at the last word boundary before `length`, marking the cut. */
function clip(text: string, length: number): string {
  if (text.length <= length) return text;
  const cut = text.slice(0, length);
  const space = cut.lastIndexOf(" ");
  return `${(space > length / 2 ? cut.slice(0, space) : cut).replace(/[\s,.;:–—-]+$/, "")}…`;
}

/** The note's subject line without its number: who, ‘what’ (year). */
export function describeNote(note: Note): string {
  if (!note.title) return clip(note.text.replace(/\s*https?:\/\/\S+/g, "").replace(/\s+/g, " ").trim(), TEXT_LENGTH);
  const who = note.authors.length ? note.authors.join(", ") : note.publisher;
  const year = note.issued?.match(/\b(?:1[5-9]|20)\d{2}\b/g)?.at(-1);
  return [who ? `${who}, ` : "", `‘${clip(note.title, TITLE_LENGTH)}’`, year ? ` (${year})` : ""].join("");
}

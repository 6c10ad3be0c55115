/**
 * How Claimwork cites: a source as "Authors, “Title”, Publisher, date, URL",
 * and a claim that relies on a source's own footnotes as the original
 * reference "(note 3), cited in" the source. Pure: the preview and every
 * export format the same way.
 */
import type { NoteForCitation, SourceForCitation } from "./citation-fields";

const longDate = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });

/** "12 March 2025" (dates are stored as calendar days, in UTC). */
export function formatLongDate(date: Date): string {
  return longDate.format(date);
}

/** "A", "A and B", "A, B and C". */
export function formatAuthors(authors: string[]): string {
  const names = authors.map((a) => a.trim()).filter(Boolean);
  if (names.length <= 1) return names[0] ?? "";
  return `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}`;
}

const clean = (value: string | null | undefined) => value?.replace(/\s+/g, " ").trim() ?? "";

/** Joins the parts that are present with ", ". */
function join(parts: (string | null | undefined)[]): string {
  return parts.map(clean).filter(Boolean).join(", ");
}

const quoted = (title: string) => (title ? `“${clean(title)}”` : "");

/** A source as a reference: "Kanya R., “Beyond the Donor's Chair”, Institute, 12 March 2025, https://…". */
export function formatSourceReference(source: SourceForCitation): string {
  return join([
    formatAuthors(source.authors),
    quoted(source.title),
    source.publisher,
    source.publishedOn ? formatLongDate(source.publishedOn) : null,
    source.url,
  ]);
}

/**
 * One of a source's own notes. A note the importer understood (title or
 * authors) is formatted like a source; otherwise its text is kept as printed,
 * with its address added when the text does not already show it.
 */
export function formatNoteReference(note: NoteForCitation): string {
  if (note.title || note.authors.length > 0) {
    return join([formatAuthors(note.authors), quoted(note.title ?? ""), note.publisher, note.issued, note.url]);
  }
  const text = clean(note.text).replace(/[.;,]+$/, "");
  if (note.url && !text.includes(note.url)) return join([text, note.url]);
  return text;
}

/**
 * The footnote of a claim: its source, preceded by the source's notes the
 * claim relies on: "JICA, “Annual Report 2024”, 2024, https://… (note 3),
 * cited in Kanya R., “Beyond the Donor's Chair”, …".
 */
export function formatClaimFootnote(source: SourceForCitation, notes: NoteForCitation[]): string {
  const reference = formatSourceReference(source);
  if (notes.length === 0) return `${reference}.`;
  const originals = [...notes]
    .sort((a, b) => compareLabels(a.label, b.label))
    .map((note) => `${formatNoteReference(note)} (note ${clean(note.label)})`)
    .join("; ");
  return `${originals}, cited in ${reference}.`;
}

/** Notes in their printed order: "2" before "10", then letters. */
export function compareLabels(a: string, b: string): number {
  const na = Number(a);
  const nb = Number(b);
  if (Number.isFinite(na) && Number.isFinite(nb)) return na - nb;
  return a.localeCompare(b, "en", { numeric: true });
}

/** A bibliography: one entry per source, sorted by author (or title), then title. */
export function formatBibliography(sources: SourceForCitation[]): string[] {
  const seen = new Map<string, string>();
  for (const source of sources) if (!seen.has(source.id)) seen.set(source.id, `${formatSourceReference(source)}.`);
  const sortKey = (entry: string) => entry.replace(/^[^\p{L}\p{N}]+/u, "");
  return [...seen.values()].sort((a, b) => sortKey(a).localeCompare(sortKey(b), "en", { sensitivity: "base" }));
}

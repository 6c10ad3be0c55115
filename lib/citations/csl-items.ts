/**
 * Sources and their notes as CSL-JSON items for citeproc. Names and dates
 * follow the rules of the CSL export (lib/exports/csl.ts): an author with an
 * organisation's word ("Ministry", "Institute", "JICA"…), a digit or an
 * ampersand, or of one word, stays a literal name; a personal name splits
 * into family and given names. A note's free-text date becomes date parts
 * where it reads as one ("5 March 2025", "2024"), a literal otherwise. Pure.
 */
import type { NoteForCitation, SourceForCitation } from "@/lib/briefs/citation-fields";
import { citationType, cslDate, cslName, cslType } from "@/lib/exports/csl";

export type CslItemData = { id: string; type: string; title?: string } & Record<string, unknown>;

/** A source as a brief cites it: the edited fields, with its kind and any imported CSL-JSON when the loader has them. */
export type CitableSource = SourceForCitation & { kind?: string | null; csl?: unknown };

/** Kinds whose publisher is where the piece appeared: a newspaper, a journal, a web site. */
const CONTAINED = new Set(["article-newspaper", "article-journal", "article-magazine", "webpage", "post-weblog"]);

const utcDate = (date: Date) => ({ "date-parts": [[date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()]] });

const NAME_VARIABLES = new Set(["author", "editor", "translator", "container-author", "collection-editor", "composer", "director", "interviewer", "recipient", "reviewed-author", "illustrator", "original-author", "editorial-director"]);
const DATE_VARIABLES = new Set(["issued", "accessed", "event-date", "original-date", "submitted", "available-date"]);

const isRecord = (value: unknown): value is Record<string, unknown> => !!value && typeof value === "object" && !Array.isArray(value);
const isName = (value: unknown) => isRecord(value) && Object.values(value).every((part) => typeof part === "string" || typeof part === "number" || typeof part === "boolean");
const isDate = (value: unknown) =>
  isRecord(value) &&
  (typeof value.literal === "string" ||
    typeof value.raw === "string" ||
    (Array.isArray(value["date-parts"]) && value["date-parts"].every((parts) => Array.isArray(parts) && parts.every((p) => typeof p === "number" || typeof p === "string"))));

/** Imported CSL-JSON, kept only where each variable has the shape CSL gives it, so that a malformed import cannot upset the processor. */
function importedCsl(value: unknown): Record<string, unknown> {
  if (!isRecord(value)) return {};
  const kept: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) {
    if (key === "id") continue;
    if (NAME_VARIABLES.has(key) ? Array.isArray(v) && v.every(isName) : DATE_VARIABLES.has(key) ? isDate(v) : typeof v === "string" || typeof v === "number") kept[key] = v;
  }
  return kept;
}

const present = (value: string | null | undefined) => (value?.trim() ? value.trim() : undefined);

/**
 * The CSL item of a source: its imported CSL-JSON, when it has one, is the
 * base (container title, volume, DOI…), and the fields an analyst edits in
 * Claimwork (title, authors, publisher, date, address) override it.
 */
export function sourceToItem(source: CitableSource, id: string): CslItemData {
  const base = importedCsl(source.csl);
  const type = typeof base.type === "string" && base.type ? base.type : cslType(source.kind ?? "OTHER", source.url);
  const item: CslItemData = { ...base, id, type, title: source.title.trim() };
  const authors = source.authors.map((a) => a.trim()).filter(Boolean);
  if (authors.length > 0) item.author = authors.map(cslName);
  const publisher = present(source.publisher);
  if (publisher) {
    if (CONTAINED.has(type) && !base["container-title"]) item["container-title"] = publisher;
    else if (!CONTAINED.has(type)) item.publisher = publisher;
  }
  if (source.publishedOn) item.issued = utcDate(source.publishedOn);
  const url = present(source.url);
  if (url) item.URL = url;
  return item;
}

/** Whether a note was understood well enough (a title or authors) to be formatted in the style; otherwise its text is quoted as printed. */
export function noteIsStructured(note: NoteForCitation): boolean {
  return !!note.title?.trim() || note.authors.some((a) => a.trim());
}

/** The CSL item of one of a source's notes that the importer understood. */
export function noteToItem(note: NoteForCitation, id: string): CslItemData {
  const url = present(note.url);
  const type = citationType({ id, ...note });
  const item: CslItemData = { id, type, title: present(note.title) ?? note.text.trim() };
  const authors = note.authors.map((a) => a.trim()).filter(Boolean);
  if (authors.length > 0) item.author = authors.map(cslName);
  const publisher = present(note.publisher);
  if (publisher) item[CONTAINED.has(type) ? "container-title" : "publisher"] = publisher;
  const issued = cslDate(note.issued);
  if (issued) item.issued = issued;
  if (url) item.URL = url;
  return item;
}

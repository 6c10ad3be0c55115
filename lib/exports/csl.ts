/**
 * Sources and their footnotes as CSL-JSON items (https://citeproc-js.readthedocs.io/en/latest/csl-json/markup.html),
 * the format Zotero, Pandoc and every citation processor read. Pure: no database.
 */
import { gradeText } from "@/lib/sources/labels";
import { sourceKindOf } from "@/lib/sources/references/reference-source";
import type { CslCitation, CslSource } from "./csl-fields";

export type CslName = { family: string; given?: string } | { literal: string };
export type CslDate = { "date-parts": [[number, number?, number?]] } | { literal: string };
export type CslItem = {
  /** Any other CSL field (volume, page, DOI…), as a reference manager gave it. */
  [field: string]: unknown;
  id: string;
  type: string;
  title: string;
  author?: CslName[];
  publisher?: string;
  issued?: CslDate;
  URL?: string;
  language?: string;
  note?: string;
  "container-title"?: string;
};

const KIND_TYPES: Record<string, string> = {
  REPORT: "report",
  NEWS: "article-newspaper",
  ACADEMIC: "article-journal",
  OFFICIAL_STATEMENT: "document",
};

/** CSL's type for a source's kind. A commentary or other piece on the web is a web page. */
export function cslType(kind: string, url: string | null): string {
  return KIND_TYPES[kind] ?? (url ? "webpage" : "article");
}

/** Words that make an author name an organisation, printed as given rather than split into family and given names. */
const ORGANISATION =
  /\b(ministry|bank|institute|institution|university|agency|government|office|department|council|cent(re|er)|foundation|organi[sz]ation|association|committee|fund|programme|program|embassy|commission|group|news|times|post|press|house|forum|society|board|network|union|nations|secretariat|inc|ltd|llc|corporation|company|jica|asean|imf|oecd|unicef|undp)\b/i;

/** "Jane Doe" → Doe, Jane; "Doe, Jane" likewise; an organisation or a one-word name stays literal. */
export function cslName(name: string): CslName {
  const trimmed = name.trim().replace(/\s+/g, " ");
  if (ORGANISATION.test(trimmed) || /[&\d]/.test(trimmed)) return { literal: trimmed };
  const comma = /^([^,]+),\s*([^,]+)$/.exec(trimmed);
  if (comma) return { family: comma[1]!.trim(), given: comma[2]!.trim() };
  const words = trimmed.split(" ");
  if (words.length < 2 || words.length > 4) return { literal: trimmed };
  // Particles (van, de, von, al-…) belong to the family name.
  let split = words.length - 1;
  while (split > 1 && /^(van|von|de|der|den|del|della|da|di|du|la|le|al|bin|ibn)$/i.test(words[split - 1]!)) split--;
  return { family: words.slice(split).join(" "), given: words.slice(0, split).join(" ") };
}

const MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];
const month = (word: string) => {
  const index = MONTHS.findIndex((m) => m.startsWith(word.toLowerCase().replace(/\.$/, "")) && word.length >= 3);
  return index === -1 ? undefined : index + 1;
};

/** A date as a note gives it ("5 March 2025", "March 5, 2025", "May 2024", "2024", "2025-03-05") as CSL date parts. */
export function cslDate(text: string | null): CslDate | undefined {
  if (!text?.trim()) return undefined;
  const value = text.trim();
  let m = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(value);
  if (m) return parts(Number(m[1]), Number(m[2]), m[3] ? Number(m[3]) : undefined);
  m = /^(\d{1,2})\s+([A-Za-z]+\.?)\s+(\d{4})$/.exec(value);
  if (m && month(m[2]!)) return parts(Number(m[3]), month(m[2]!), Number(m[1]));
  m = /^([A-Za-z]+\.?)\s+(\d{1,2}),?\s+(\d{4})$/.exec(value);
  if (m && month(m[1]!)) return parts(Number(m[3]), month(m[1]!), Number(m[2]));
  m = /^([A-Za-z]+\.?)\s+(\d{4})$/.exec(value);
  if (m && month(m[1]!)) return parts(Number(m[2]), month(m[1]!));
  m = /^(\d{4})$/.exec(value);
  if (m) return parts(Number(m[1]));
  return { literal: value };
}

function parts(year: number, monthNumber?: number, day?: number): CslDate {
  if (day && monthNumber) return { "date-parts": [[year, monthNumber, day]] };
  if (monthNumber) return { "date-parts": [[year, monthNumber]] };
  return { "date-parts": [[year]] };
}

const dateOf = (date: Date): CslDate => ({ "date-parts": [[date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()]] });

const clean = <T extends Record<string, unknown>>(item: T): T =>
  Object.fromEntries(Object.entries(item).filter(([, v]) => v !== undefined && v !== null && v !== "" && !(Array.isArray(v) && v.length === 0))) as T;

export const sourceItemId = (id: string) => `source-${id}`;
export const citationItemId = (id: string) => `citation-${id}`;

/** The CSL item a source was imported with, without its own id and the importer's bookkeeping. */
function storedItem(csl: unknown): Record<string, unknown> {
  if (!csl || typeof csl !== "object" || Array.isArray(csl)) return {};
  const { id, _graph, ...rest } = csl as Record<string, unknown>;
  void id;
  void _graph;
  return rest;
}

/** "Given Family", or the literal: how the stored item's names read as a source's authors. */
const storedName = (name: unknown) => {
  const n = (name ?? {}) as { family?: unknown; given?: unknown; literal?: unknown };
  if (typeof n.literal === "string") return n.literal.trim();
  return [n.given, n.family].filter((p) => typeof p === "string" && p).join(" ").replace(/\s+/g, " ").trim();
};

/**
 * A source as a CSL item. A source imported from a reference manager keeps the fields of
 * its CSL item that Claimwork has no column for (container, volume, pages, DOI…), and
 * those it has while they still say what the source's details say: its type while it is
 * of the source's kind, its names while they are the source's authors, its date when the
 * source has no day of publication. What an analyst corrected since wins.
 */
export function sourceToCsl(source: CslSource): CslItem {
  const stored = storedItem(source.csl);
  const storedType = typeof stored.type === "string" ? stored.type : undefined;
  const storedAuthors = Array.isArray(stored.author) ? stored.author : [];
  const sameAuthors = storedAuthors.length > 0 && storedAuthors.map(storedName).join("\n") === source.authors.join("\n");
  // A journal article's "publisher" is its journal, which the item has as its container.
  const publisherIsContainer = typeof stored["container-title"] === "string" && stored["container-title"].trim() === source.publisher && stored.publisher === undefined;
  return clean({
    ...stored,
    id: sourceItemId(source.id),
    type: storedType && sourceKindOf(storedType) === source.kind ? storedType : cslType(source.kind, source.url),
    title: source.title,
    author: sameAuthors ? (storedAuthors as CslName[]) : source.authors.map(cslName),
    publisher: publisherIsContainer ? undefined : (source.publisher ?? undefined),
    issued: source.publishedOn ? dateOf(source.publishedOn) : (stored.issued as CslDate | undefined),
    URL: source.url ?? undefined,
    language: source.language ?? undefined,
    note: `Source reliability (Admiralty): ${gradeText(source.reliability)}`,
  });
}

/** What kind of work a footnote cites, from the words of its text. */
export function citationType(citation: CslCitation): string {
  const text = `${citation.title ?? ""} ${citation.text}`;
  if (/\b(act|law|decree|regulation|treaty)\b/i.test(citation.title ?? "")) return "legislation";
  if (/\b(journal|vol\.|volume|pp\.|doi)\b/i.test(text)) return "article-journal";
  if (/\b(report|monitor|working paper|survey|outlook|review|consultation)\b/i.test(text)) return "report";
  if (/\b(times|post|news|herald|reuters|nikkei|guardian|tribune)\b/i.test(citation.publisher ?? "")) return "article-newspaper";
  return citation.url ? "webpage" : "document";
}

/** A footnote of a source as an item of its own, saying where it is cited. */
export function citationToCsl(citation: CslCitation, source: { title: string }): CslItem {
  return clean({
    id: citationItemId(citation.id),
    type: citationType(citation),
    title: citation.title ?? citation.text,
    author: citation.authors.map(cslName),
    publisher: citation.publisher ?? undefined,
    issued: cslDate(citation.issued),
    URL: citation.url ?? undefined,
    note: `Cited in “${source.title}”, note ${citation.label}: ${citation.text}`,
  });
}

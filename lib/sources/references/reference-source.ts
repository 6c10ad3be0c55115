import type { SourceKind } from "@/lib/generated/prisma/enums";
import type { CslInput } from "./parse-references";

/** A reference-only source as it will be stored, from one CSL item. */
export type ReferenceSource = {
  title: string;
  authors: string[];
  publisher: string | null;
  /** YYYY-MM-DD, only when the reference gives year, month and day: a year alone is not a day. */
  publishedOn: string | null;
  url: string | null;
  kind: SourceKind;
  /** The item as imported, minus citation-js's bookkeeping: citation styles read the rest from it. */
  csl: CslInput;
  /** What finds the same work already in the project: its DOI, lower-cased, and its title and year. */
  doi: string | null;
  key: string;
  year: number | null;
};

const KINDS: Record<string, SourceKind> = {
  report: "REPORT",
  "article-newspaper": "NEWS",
  "article-magazine": "NEWS",
  broadcast: "NEWS",
  "article-journal": "ACADEMIC",
  article: "ACADEMIC",
  book: "ACADEMIC",
  chapter: "ACADEMIC",
  "paper-conference": "ACADEMIC",
  thesis: "ACADEMIC",
  manuscript: "ACADEMIC",
  legislation: "OFFICIAL_STATEMENT",
  bill: "OFFICIAL_STATEMENT",
  regulation: "OFFICIAL_STATEMENT",
  treaty: "OFFICIAL_STATEMENT",
  legal_case: "OFFICIAL_STATEMENT",
  speech: "OFFICIAL_STATEMENT",
  "post-weblog": "COMMENTARY",
  post: "COMMENTARY",
  interview: "COMMENTARY",
  review: "COMMENTARY",
};

/** Claimwork's kind for a CSL type: reports, news, scholarship, official texts and commentary; the rest is "other". */
export const sourceKindOf = (type: string | undefined): SourceKind => KINDS[type ?? ""] ?? "OTHER";

const squash = (s: string) => s.replace(/\s+/g, " ").trim();

/** "Given Family", or the literal name (an organisation), as Claimwork's authors are written. */
export function authorName(name: { family?: string; given?: string; literal?: string }): string | null {
  if (name.literal?.trim()) return squash(name.literal);
  const full = squash([name.given, name.family].filter(Boolean).join(" "));
  return full || null;
}

/** A DOI as written anywhere ("doi:10.…", "https://doi.org/10.…"), bare and lower-cased. */
export function normaliseDoi(doi: string | null | undefined): string | null {
  const match = /10\.\d{4,9}\/\S+/i.exec(doi ?? "");
  return match ? match[0].replace(/[.,;]+$/, "").toLowerCase() : null;
}

/** A title and year to compare references by: case, punctuation and spacing aside. */
export function titleKey(title: string, year: number | null): string {
  const words = title
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
  return `${words}|${year ?? ""}`;
}

function dateParts(item: CslInput): number[] {
  const parts = item.issued?.["date-parts"]?.[0] ?? [];
  if (parts.length) return parts;
  const raw = item.issued?.raw ?? item.issued?.literal;
  const iso = raw ? /^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?/.exec(raw.trim()) : null;
  return iso ? iso.slice(1).filter(Boolean).map(Number) : [];
}

const pad = (n: number) => String(n).padStart(2, "0");

function isoDay(year: number, month: number, day: number): string | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day ? `${year}-${pad(month)}-${pad(day)}` : null;
}

const isHttp = (url: string) => url.length <= 2000 && /^https?:\/\/\S+$/i.test(url);

/** One CSL item as a reference-only source, or why it cannot be one. */
export function referenceSource(item: CslInput): ReferenceSource | { skip: string; title: string } {
  const title = squash(String(item.title ?? ""));
  if (!title) return { skip: "It has no title.", title: item.id ? `(${item.id})` : "(untitled)" };
  const [year, month, day] = dateParts(item);
  const validYear = year !== undefined && Number.isInteger(year) && year > 0 && year < 10000 ? year : null;
  const doi = normaliseDoi(item.DOI);
  const url = item.URL?.trim() && isHttp(item.URL.trim()) ? item.URL.trim() : doi ? `https://doi.org/${doi}` : null;
  const people = item.author?.length ? item.author : (item.editor ?? []);
  return {
    title: title.slice(0, 500),
    // The limits of a source's details form: the CSL item keeps the whole list.
    authors: people.map(authorName).filter((n): n is string => n !== null).slice(0, 50).map((n) => n.slice(0, 200)),
    publisher: squash(String(item.publisher ?? item["container-title"] ?? "")).slice(0, 300) || null,
    publishedOn: validYear && month && day ? isoDay(validYear, month, day) : null,
    url,
    kind: sourceKindOf(item.type),
    csl: item,
    doi,
    key: titleKey(title, validYear),
    year: validYear,
  };
}

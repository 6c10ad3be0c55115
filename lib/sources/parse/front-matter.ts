/**
 * A document's front matter (title, authors, date, publisher) from every clue it gives, combined by one rule.
 *
 * The clues, strongest first:
 * 1. What the text states in its own header block: YAML front matter, or the lines above the first paragraph
 *    (a series label such as "IMCS Commentary", the title, an author line with or without "By", a date, an
 *    institution). A line of the header block that a format's structure also names as the title (an `<h1>`, a
 *    Word "Title" paragraph, the largest type on a PDF's first page) is the title, and what stands above it is the
 *    series label, never the title.
 * 2. What the file says about itself (hints, in the order the format ranks them: `citation_*` and Dublin Core meta,
 *    Open Graph, JSON-LD, `<title>` without the site's name; Word's core properties; a PDF's document info), used
 *    for a field the text leaves open. A file's creation date is never a publication date.
 * 3. For the publisher: meta tags, then an institution in the byline or the header block, then the series label's
 *    acronym resolved against the document's own copyright or "About" lines, then the copyright line's holder.
 *
 * Every field keeps where it came from, for the import preview.
 */

import { fullDates } from "./dates";
import { looksLikePerson, ORG_WORDS, ROLE_WORDS, splitNames, stripEmphasis } from "./names";

export type FrontField = "title" | "authors" | "publishedOn" | "publisher";
export type Hint<T> = { value: T; origin: string };
/** What a file's format says about the front matter, strongest clue first in each list. */
export type FrontMatterHints = {
  title?: Hint<string>[];
  authors?: Hint<string[]>[];
  publishedOn?: Hint<string>[];
  publisher?: Hint<string>[];
};
export type FrontMatter = {
  title: string | null;
  authors: string[];
  publishedOn: string | null;
  publisher: string | null;
  /** The label printed above the title ("IMCS Commentary", "Issue Brief"), when there is one. */
  series: string | null;
  /** Where each field that has a value came from, in words. */
  origins: Partial<Record<FrontField, string>>;
};

type Lines = { text: string[]; removed: boolean[] };

const BYLINE = /^(?:[Ww]ritten\s+)?(?:By|BY|by)\s+(?=\p{Lu})/u;
const DATE_LINE = /^(?:(?:published|updated|posted|date|dated)(?:\s+on)?:?\s+)?(.+?)\.?$/i;
const SERIES =
  /\b(?:commentary|commentaries|issue briefs?|policy briefs?|briefs?|perspectives?|analysis|analyses|working papers?|occasional papers?|policy papers?|research papers?|discussion papers?|special reports?|reports?|viewpoints?|insights?|op-?eds?|opinion|comment|explainer|backgrounder|q\s?&\s?a|notes?|memo|update|bulletin|series|no\.\s*\d+)\b/i;
const HEADING = /^#{1,6}\s/;
const LIST_ITEM = /^(?:[-*+•]|\d{1,3}[.)])\s/;
const COPYRIGHT = /^(?:©|\(c\)|copyright\b)/i;
const NOTES_HEADING = /^#{1,6}\s+(?:notes|end\s?notes|foot\s?notes|references|sources)\s*:?$/i;

/** Lowercase letters and digits only: how a hinted title is matched to a line of text. */
export function titleKey(value: string): string {
  return value
    .normalize("NFKD")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, "");
}

function parseByline(line: string): { authors: string[]; publisher: string | null; date: string | null } {
  let s = stripEmphasis(line).replace(BYLINE, "");
  const date = fullDates(s)[0] ?? null;
  if (date) s = `${s.slice(0, date.index)} | ${s.slice(date.index + date.text.length)}`;
  const segments = s
    .split(/\s*[|—·•]\s*|\s+[–-]\s+/)
    .map((seg) => seg.replace(/^[\s,;]+|[\s,;]+$/g, "").replace(/^(?:published|updated|posted)(?:\s+on)?$/i, ""))
    .filter(Boolean);
  const authors: string[] = [];
  let publisher: string | null = null;
  const [people, ...rest] = segments;
  if (people) {
    const pieces = people
      .split(/\s*,\s*/)
      .map((p) => p.trim())
      .filter(Boolean);
    for (const [index, piece] of pieces.entries()) {
      const names = splitNames(piece.replace(/^and\s+/i, ""));
      if (index === 0 || names.every(looksLikePerson)) authors.push(...names);
      else if (publisher === null && !ROLE_WORDS.test(piece)) publisher = piece;
    }
  }
  for (const seg of rest) {
    if (publisher !== null) break;
    if (!ROLE_WORDS.test(seg)) publisher = seg;
  }
  return { authors, publisher, date: date?.iso ?? null };
}

const BYLINE_SMALL_WORDS = new Set(["and", "of", "for", "the", "on", "at", "in", "de", "van", "von", "der", "la"]);

/** "By Jane Doe, Some Institute — 14 April 2025", but not "By January, the budget had run out and". */
function isByline(line: string): boolean {
  const s = stripEmphasis(line);
  if (!BYLINE.test(s) || s.length > 250) return false;
  let rest = s.replace(BYLINE, "");
  for (const date of fullDates(rest).reverse()) {
    rest = rest.slice(0, date.index) + rest.slice(date.index + date.text.length);
  }
  const lowercase = rest.split(/[\s,|—–·•]+/).filter((w) => /^\p{Ll}/u.test(w) && !BYLINE_SMALL_WORDS.has(w));
  return lowercase.length <= 1 && !/\p{Ll}{2}[.!?]$/u.test(rest.trim());
}

/** "Jane Doe", "Jane Doe and John Roe", "Ana de la Cruz, Minh Anh Tran and Jo Lee": names and nothing else. */
function namesLine(line: string): string[] | null {
  const s = stripEmphasis(line).replace(/[.;]$/, "");
  if (s.length > 160 || /\d|:/.test(s) || isSeriesLabel(s) || /\b\p{Lu}{3,}\b/u.test(s)) return null;
  const names = s
    .split(/\s*,\s*(?:and\s+|&\s*)?|\s+and\s+|\s*&\s*/)
    .map((p) => p.trim())
    .filter(Boolean);
  return names.length > 0 && names.every(looksLikePerson) ? names : null;
}

export function dateOnlyLine(line: string): string | null {
  const s = stripEmphasis(line);
  const m = DATE_LINE.exec(s);
  if (!m) return null;
  const hit = fullDates(m[1]!)[0];
  return hit && hit.index === 0 && hit.text.length === m[1]!.replace(/\.$/, "").length ? hit.iso : null;
}

/** "I M C S C O M M E N TA R Y" (letter-spaced capitals, a space between every letter) → "IMCS COMMENTARY". */
function untracked(line: string): string {
  const tokens = line.trim().split(/\s+/);
  if (tokens.length < 5 || tokens.filter((t) => t.length <= 2).length < 0.7 * tokens.length) return line;
  return tokens.join("").replace(new RegExp(`(?<=\\S)(${SERIES.source.replace(/^\\b|\\b$/g, "")})$`, "i"), " $1");
}

function isSeriesLabel(line: string): boolean {
  const s = stripEmphasis(line);
  return s.length <= 60 && s.split(/\s+/).length <= 6 && SERIES.test(s) && !/[.!?,;]$/.test(s);
}

function institutionLine(line: string): string | null {
  const s = stripEmphasis(line).replace(/[.;,]$/, "");
  if (s.length > 120 || /\d{3}/.test(s) || !ORG_WORDS.test(s) || ROLE_WORDS.test(s) || /[.!?]\s/.test(s)) return null;
  return /^\p{Lu}/u.test(s) ? s : null;
}

/** A line that can be a title: short, not a sentence, not markup of another kind. */
function titleLike(line: string): boolean {
  const s = stripEmphasis(line.replace(/^#\s+/, ""));
  return (
    s.length > 0 &&
    s.length <= 250 &&
    !/[,;]$/.test(s) &&
    !/\p{Ll}{2}\.$/u.test(s) &&
    !LIST_ITEM.test(line) &&
    !/\p{Ll}{2}[.!?]\s+\p{Lu}/u.test(s) &&
    !COPYRIGHT.test(s)
  );
}

/** "---\ntitle: …\n---" at the very start: its fields, and the lines it spans (to take out of the body). */
export function readYamlFrontMatter(
  lines: Lines,
  parse: (yaml: string) => unknown,
): { fields: Record<string, unknown>; end: number } | null {
  const { text } = lines;
  if (text[0] !== "---") return null;
  const end = text.findIndex((l, i) => i > 0 && (l === "---" || l === "..."));
  if (end === -1 || end > 200) return null;
  let data: unknown;
  try {
    data = parse(text.slice(1, end).join("\n"));
  } catch {
    return null;
  }
  if (!data || typeof data !== "object" || Array.isArray(data)) return null;
  return { fields: data as Record<string, unknown>, end };
}

function yamlString(value: unknown): string | null {
  if (typeof value === "string") return value.trim() || null;
  if (typeof value === "number") return String(value);
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString().slice(0, 10);
  return null;
}

function yamlNames(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(yamlNames);
  if (value && typeof value === "object" && "name" in value) return yamlNames((value as { name: unknown }).name);
  const s = yamlString(value);
  return s ? splitNames(s) : [];
}

function yamlDate(value: unknown): string | null {
  const s = yamlString(value);
  if (!s) return null;
  const iso = /^(\d{4})-(\d{2})-(\d{2})/.exec(s);
  if (iso) return `${iso[1]}-${iso[2]}-${iso[3]}`;
  return fullDates(s)[0]?.iso ?? null;
}

/**
 * Reads the header block of `lines` (after any YAML front matter), marks the lines it uses as removed, and combines
 * what it found with the format's hints. The publisher may still be resolved later from the copyright and "About"
 * lines (see resolvePublisher).
 */
export function readFrontMatter(
  lines: Lines,
  hints: FrontMatterHints,
  parseYaml: (yaml: string) => unknown,
): FrontMatter {
  const { text, removed } = lines;
  const found: FrontMatter = { title: null, authors: [], publishedOn: null, publisher: null, series: null, origins: {} };
  const set = <K extends FrontField>(field: K, value: FrontMatter[K], origin: string) => {
    found[field] = value;
    found.origins[field] = origin;
  };

  const yaml = readYamlFrontMatter(lines, parseYaml);
  if (yaml) {
    for (let i = 0; i <= yaml.end; i++) removed[i] = true;
    const f = yaml.fields;
    const title = yamlString(f.title);
    const subtitle = yamlString(f.subtitle);
    if (title) set("title", subtitle ? `${title}: ${subtitle}` : title, "the YAML front matter");
    const authors = yamlNames(f.author ?? f.authors);
    if (authors.length) set("authors", authors, "the YAML front matter");
    const date = yamlDate(f.date ?? f.published);
    if (date) set("publishedOn", date, "the YAML front matter");
    const publisher = yamlString(f.publisher ?? f.institution ?? f.organization ?? f.organisation);
    if (publisher) set("publisher", publisher, "the YAML front matter");
    found.series = yamlString(f.series);
  }

  const hintedTitles = (hints.title ?? []).map((h) => ({ ...h, key: titleKey(h.value) })).filter((h) => h.key);
  const hinted = (line: string) => {
    const key = titleKey(line.replace(/^#{1,6}\s+/, ""));
    return hintedTitles.find((h) => key && (h.key === key || h.key.startsWith(key) || key.startsWith(h.key)));
  };

  // The header block: the first short lines, up to the first paragraph or the first heading after the title.
  const top: number[] = [];
  for (let i = 0; i < text.length && top.length < 8; i++) {
    if (removed[i] || !text[i]) continue;
    let line = text[i]!;
    if (NOTES_HEADING.test(line)) break;
    // A byline or a date set in larger type (a PDF's centred author and date lines) reads as a heading.
    const unmarked = line.replace(/^#{1,6}\s+/, "");
    if (unmarked !== line && (namesLine(unmarked) || dateOnlyLine(unmarked) || isByline(unmarked))) text[i] = line = unmarked;
    const heading = HEADING.test(line);
    // The block ends at its second heading: the first may be the title at any level (a PDF's sizes decide it).
    // (On a printed page, the site's name and navigation come before it: read on until the title the format names.)
    const titleSeen = hintedTitles.length === 0 || top.some((k) => hinted(text[k]!));
    if (heading && !/^#\s/.test(line) && titleSeen && top.some((k) => HEADING.test(text[k]!))) break;
    if (!heading && stripEmphasis(line).length > 250) break;
    top.push(i);
    // A line that ends a sentence and runs long is the first paragraph: nothing after it is front matter.
    if (!heading && stripEmphasis(line).length > 120 && /[.!?]["”’)]?$/.test(line)) break;
  }

  const take = (i: number) => (removed[i] = true);
  const lineOf = (i: number) => `line ${top.indexOf(i) + 1} of the text`;

  // The title: a top line the format names as the title, else a "# " heading, else the first title-like line.
  let titleAt = -1;
  let titleNamedByFormat = false;
  if (!found.title) {
    for (const i of top) {
      const hint = hinted(text[i]!);
      if (hint) {
        titleAt = i;
        titleNamedByFormat = true;
        set("title", stripEmphasis(text[i]!.replace(/^#{1,6}\s+/, "").replace(/\s+#+$/, "")), `${lineOf(i)}, named the title by ${hint.origin}`);
        break;
      }
    }
    if (titleAt === -1) {
      const h1 = top.find((i) => /^#\s+\S/.test(text[i]!));
      if (h1 !== undefined) {
        titleAt = h1;
        set("title", stripEmphasis(text[h1]!.replace(/^#\s+/, "").replace(/\s+#+$/, "")), `the top-level heading (${lineOf(h1)})`);
      }
    }
    if (titleAt === -1 && hintedTitles.length === 0) {
      // No other clue: the first title-like line, unless it is a label, a byline or a date — and only when a blank
      // line or another header line follows it (the first line of a pasted paragraph is not a title).
      const candidates = top.filter((i) => !isSeriesLabel(text[i]!) || top.length === 1);
      const first = candidates[0];
      const line = first === undefined ? "" : text[first]!;
      // (A header block may set its lines without blank lines between them: then a byline or a date follows.)
      const next = first === undefined ? undefined : text[first + 1];
      const alone =
        first !== undefined &&
        top.length > 1 &&
        (next === "" || (next !== undefined && (isByline(next) || namesLine(next) !== null || dateOnlyLine(next) !== null)));
      if (
        first !== undefined &&
        alone &&
        !line.startsWith("#") &&
        titleLike(line) &&
        !/[.:]$/.test(stripEmphasis(line)) &&
        !/[¹²³⁴-⁹]|\[\^?[^\]\s]+\]/.test(line) &&
        !isByline(line) &&
        namesLine(line) === null &&
        dateOnlyLine(line) === null
      ) {
        titleAt = first;
        set("title", stripEmphasis(line), `the first line of the text`);
      }
    }
    if (titleAt !== -1) take(titleAt);
    else if (hintedTitles[0]) set("title", hintedTitles[0].value, hintedTitles[0].origin);
  }

  // Lines above the title: a series label, or page furniture of a printed page (navigation, breadcrumbs) that the
  // format's hints agree is not the title. Lines below it: subtitle, byline, date, institution.
  const titleIndex = titleAt === -1 ? -1 : top.indexOf(titleAt);
  for (const [position, i] of top.entries()) {
    if (removed[i]) continue;
    const line = text[i]!;
    if (titleIndex !== -1 && position < titleIndex) {
      // Above the title: the series label, or a printed page's site name and navigation. Neither is the text.
      const label = untracked(line.replace(/^#{1,6}\s+/, ""));
      if (isSeriesLabel(label) && !found.series) {
        found.series = stripEmphasis(label);
        take(i);
      } else if (titleNamedByFormat && stripEmphasis(label).length <= 120) {
        // Only a format's own title (a printed page's <h1>, the largest type) shows the lines above it are furniture.
        take(i);
      }
      continue;
    }
    if (HEADING.test(line)) break;
    // "April 29, 2025April 29, 2025 by Jane Doe": a blog's dates (published, updated) run into its byline.
    const leading = /^(?:(?:posted|published|updated)(?: on)?:?\s*)?((?:\p{L}+\.? \d{1,2},? \d{4}|\d{1,2} \p{L}+\.? \d{4})\s*)+(?=by\s+\p{Lu})/iu.exec(line);
    if (found.authors.length === 0 && leading && isByline(line.slice(leading[0].length).replace(/^by/, "By"))) {
      const byline = parseByline(line.slice(leading[0].length).replace(/^by/, "By"));
      set("authors", byline.authors, `the byline (${lineOf(i)})`);
      const date = fullDates(leading[0])[0]?.iso;
      if (date && !found.publishedOn) set("publishedOn", date, `the byline (${lineOf(i)})`);
      take(i);
      continue;
    }
    // An infobox row under the title: "Authors | Jane Doe", "Published: 18 September 2024".
    const row = /^(series|authors?|written by|by|published|date|publisher|institution)\s*[|:]\s*(\S.*)$/i.exec(line);
    if (row) {
      const [, key, value] = row as unknown as [string, string, string];
      const field = key.toLowerCase();
      if (field === "series") found.series ??= value;
      else if (/^(?:authors?|written by|by)$/.test(field) && found.authors.length === 0) set("authors", splitNames(value), `the “${key}” row (${lineOf(i)})`);
      else if (/^(?:published|date)$/.test(field) && !found.publishedOn && fullDates(value)[0]?.iso) set("publishedOn", fullDates(value)[0]!.iso!, `the “${key}” row (${lineOf(i)})`);
      else if (/^(?:publisher|institution)$/.test(field) && !found.publisher) set("publisher", value, `the “${key}” row (${lineOf(i)})`);
      take(i);
      continue;
    }
    // A site's tagline under the title ("From the … Knowledge Base") is not the text.
    if (/^From (?:the )?\p{Lu}[^.!?]{0,100}$/u.test(line)) {
      take(i);
      continue;
    }
    if (found.authors.length === 0 && isByline(line)) {
      const byline = parseByline(line);
      set("authors", byline.authors, `the byline (${lineOf(i)})`);
      if (byline.publisher && !found.publisher) set("publisher", byline.publisher, `the byline (${lineOf(i)})`);
      if (byline.date && !found.publishedOn) set("publishedOn", byline.date, `the byline (${lineOf(i)})`);
      take(i);
      continue;
    }
    const date = dateOnlyLine(line);
    if (date) {
      if (!found.publishedOn) set("publishedOn", date, `the date line (${lineOf(i)})`);
      take(i);
      continue;
    }
    // "Kanya Rattanavong-Hale April 29, 2025": the author line and the date on one line.
    const dated = fullDates(line).at(-1);
    if (found.authors.length === 0 && dated && dated.index + dated.text.length >= line.replace(/[.\s]+$/, "").length - 1) {
      const people = namesLine(line.slice(0, dated.index).replace(/[\s,|·—–-]+$/, ""));
      if (people) {
        set("authors", people, `the author line (${lineOf(i)})`);
        if (!found.publishedOn && dated.iso) set("publishedOn", dated.iso, `the author line (${lineOf(i)})`);
        take(i);
        continue;
      }
    }
    const names = found.authors.length === 0 ? namesLine(line) : null;
    if (names && (titleAt !== -1 || found.title)) {
      set("authors", names, `the author line (${lineOf(i)})`);
      take(i);
      continue;
    }
    if (titleIndex === -1 && isSeriesLabel(line) && !found.series) {
      found.series = stripEmphasis(line);
      take(i);
      continue;
    }
    const institution = institutionLine(line);
    if (institution && (found.authors.length > 0 || found.publishedOn) && !found.publisher) {
      set("publisher", institution, `the institution line (${lineOf(i)})`);
      take(i);
      continue;
    }
    break;
  }

  for (const field of ["authors", "publishedOn", "publisher"] as const) {
    if (found.origins[field]) continue;
    const hint = hints[field]?.find((h) => (Array.isArray(h.value) ? h.value.length > 0 : h.value));
    if (hint) set(field, hint.value as never, hint.origin);
  }
  return found;
}

/** "Institute for Mekong Connectivity Studies (IMCS)" → the name and its acronym. */
function nameAndAcronym(value: string): { name: string; acronym: string | null } {
  const m = /^(.*?\S)\s*\(([\p{Lu}&-]{2,12})\)$/u.exec(value.trim());
  return m ? { name: m[1]!, acronym: m[2]! } : { name: value.trim(), acronym: null };
}

/** The holder a copyright line names: "© Institute … (IMCS), 2025. All rights reserved." */
export function copyrightHolder(line: string): string | null {
  let s = stripEmphasis(line).trim();
  if (!COPYRIGHT.test(s)) return null;
  s = s
    .replace(/^(?:©|\(c\)|copyright\b)\s*(?:©|\(c\))?\s*/i, "")
    .replace(/\s*all rights reserved\.?$/i, "")
    .replace(/^(?:\d{4}(?:\s*[–-]\s*\d{4})?\s*,?\s*)/, "")
    .replace(/[\s,.]*\b\d{4}(?:\s*[–-]\s*\d{4})?[\s.]*$/, "")
    .replace(/[\s.,]+$/, "")
    .replace(/^(?:by|the)\s+(?=\p{Lu})/iu, (m) => (/^the/i.test(m) ? m : ""));
  return s && s.length <= 150 && /^\p{Lu}/u.test(s) ? s : null;
}

/** Organisations named with their acronym anywhere in `lines`: "the Institute for … Studies (IMCS)". */
function namedAcronyms(lines: string[]): Map<string, string> {
  const found = new Map<string, string>();
  const pattern = /((?:the\s+)?(?:\p{Lu}[\p{L}'’-]*|of|for|and|on|the|de|&)(?:\s+(?:\p{Lu}[\p{L}'’-]*|of|for|and|on|the|de|&))*)\s+\(([\p{Lu}&-]{2,12})\)/gu;
  for (const line of lines) {
    for (const m of line.matchAll(pattern)) {
      const name = m[1]!.replace(/^the\s+/i, "").replace(/^(?:(?:of|for|and|on|de|&)\s+)+/, "");
      if (ORG_WORDS.test(name) && !found.has(m[2]!)) found.set(m[2]!, name);
    }
  }
  return found;
}

/**
 * The publisher when the text's header and the format named none (or named it only by its acronym): the series
 * label's acronym ("IMCS Commentary") resolved against the copyright and "About" lines, else the copyright holder.
 */
export function resolvePublisher(front: FrontMatter, otherLines: string[]): void {
  const acronyms = namedAcronyms(otherLines);
  const current = front.publisher;
  if (current && /^[\p{Lu}&-]{2,12}$/u.test(current) && acronyms.has(current)) {
    front.publisher = acronyms.get(current)!;
    front.origins.publisher = `${front.origins.publisher}, spelled out as the text names it`;
    return;
  }
  if (current) return;
  const copyright = otherLines.map(copyrightHolder).find((h) => h !== null);
  const seriesAcronym = front.series ? /\b([\p{Lu}&-]{2,12})\b/u.exec(front.series)?.[1] : undefined;
  if (seriesAcronym && acronyms.has(seriesAcronym)) {
    front.publisher = acronyms.get(seriesAcronym)!;
    front.origins.publisher = `the series label “${front.series}”, resolved by ${copyright ? "the copyright line" : "the text"}`;
    return;
  }
  if (copyright) {
    const { name, acronym } = nameAndAcronym(copyright);
    front.publisher = acronym ? name : copyright;
    front.origins.publisher = "the copyright line";
  }
}

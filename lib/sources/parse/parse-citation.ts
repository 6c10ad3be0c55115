import { issuedDate } from "./dates";
import { splitNames, stripEmphasis } from "./names";

/** One footnote or endnote, read into its fields: authors, title, publisher, date and URL. */

export type ParsedCitation = {
  label: string;
  ordinal: number;
  text: string;
  url: string | null;
  title: string | null;
  authors: string[];
  publisher: string | null;
  issued: string | null;
};

export const URL_GLOBAL = /https?:\/\/[^\s<>"“”‘’]+/g;

export const PUBLISHER_SKIP =
  /^(?:press release|news release|media release|statement|report|working paper|policy brief|discussion paper|briefing|speech|transcript|online|web ?page|website|blog|pdf|undated|n\.\s?d|accessed|retrieved|available|last (?:updated|modified)|updated|vol|no|pp?|in|eds?|trans|see|ibid)\b/i;

export function cleanUrl(raw: string): string {
  let url = raw;
  for (;;) {
    const last = url.at(-1);
    if (last === undefined) return url;
    if (".,;:!?'*_".includes(last)) url = url.slice(0, -1);
    else if (last === ")" && count(url, "(") < count(url, ")")) url = url.slice(0, -1);
    else if (last === "]" && count(url, "[") < count(url, "]")) url = url.slice(0, -1);
    else return url;
  }
}

export function count(value: string, ch: string): number {
  let n = 0;
  for (let i = value.indexOf(ch); i !== -1; i = value.indexOf(ch, i + 1)) n++;
  return n;
}

/** The quoted (else italic, else link-text) title of a note: its text and the span of the whole quotation. */
export type TitleSpan = { title: string; start: number; end: number; quoted: boolean };

export function findTitle(text: string, original: string): TitleSpan | null {
  const candidates: TitleSpan[] = [];
  const curly = text.indexOf("“");
  if (curly !== -1) {
    const close = text.indexOf("”", curly + 1);
    if (close !== -1) {
      candidates.push({ title: text.slice(curly + 1, close), start: curly, end: close + 1, quoted: true });
    }
  }
  const straight = text.indexOf('"');
  if (straight !== -1) {
    const close = text.indexOf('"', straight + 1);
    if (close !== -1) {
      candidates.push({ title: text.slice(straight + 1, close), start: straight, end: close + 1, quoted: true });
    }
  }
  if (candidates.length === 0) {
    const single = /‘(.+?)’(?=[\s,.;:)]|$)/.exec(text);
    const italic = /(?<![*\w])([*_])(?!\s)([^*_]+?)(?<!\s)\1(?![*\w])/.exec(text);
    const link = /\[([^\]]+)\]\(https?:[^\s)]*\)?/.exec(original);
    const m = single ?? italic ?? link;
    if (m) {
      const title = single ? m[1]! : italic ? m[2]! : m[1]!;
      candidates.push({ title, start: m.index, end: m.index + m[0].length, quoted: single !== null });
    }
  }
  const best = candidates.sort((a, b) => a.start - b.start)[0];
  if (!best) return null;
  const title = best.title.trim().replace(/[\s,.;:]+$/, "");
  return title ? { ...best, title } : null;
}

/** Splits at "," and ";" (and at ". " after a word) outside brackets, so "Agency (JICA, Tokyo)" stays whole. */
function splitOutsideBrackets(value: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < value.length; i++) {
    const ch = value[i]!;
    if (ch === "(" || ch === "[") depth++;
    else if ((ch === ")" || ch === "]") && depth > 0) depth--;
    else if (depth === 0 && (ch === "," || ch === ";" || (ch === "." && /\s/.test(value[i + 1] ?? "") && /\p{Ll}{2}$/u.test(value.slice(Math.max(0, i - 2), i))))) {
      parts.push(value.slice(from, i));
      from = i + 1;
    }
  }
  parts.push(value.slice(from));
  return parts;
}

/** Drops an opening or closing bracket that has no partner: "(JICA" → "JICA", but "Agency (JICA)" stays. */
function trimUnbalanced(value: string): string {
  let s = value.trim();
  for (;;) {
    if (/^[([]/.test(s) && count(s, s[0]!) > count(s, s[0] === "(" ? ")" : "]")) s = s.slice(1).trim();
    else if (/[)\]]$/.test(s) && count(s, s.at(-1)!) > count(s, s.at(-1) === ")" ? "(" : "[")) s = s.slice(0, -1).trim();
    else if (/^\((.*)\)$/.test(s) && !/[()]/.test(s.slice(1, -1))) s = s.slice(1, -1).trim();
    else return s;
  }
}

export function findPublisher(region: string): string | null {
  const s = region.replace(/^[\s,.;:]+/, "");
  // Chicago style: "(Washington, DC: World Bank, 2024)".
  const imprint = /^\(([^():]*):\s*([^(),]+)/.exec(s);
  if (imprint) return imprint[2]!.trim() || null;
  for (const raw of splitOutsideBrackets(s)) {
    const segment = stripEmphasis(trimUnbalanced(raw.replace(/^[\s.]+|[\s.]+$/g, "")));
    if (!segment) continue;
    if (PUBLISHER_SKIP.test(segment)) continue;
    if (!/^[\p{Lu}\d]/u.test(segment)) continue;
    return segment.replace(/(?<=\p{L})\s+\d+$/u, ""); // "Asian Survey 64" (a volume) → "Asian Survey"
  }
  return null;
}

/** "*Title*" → "Title" outside web addresses: notes are stored as they read, the italics having served to find the title. */
function withoutEmphasisMarks(text: string): string {
  let out = "";
  let from = 0;
  for (const m of text.matchAll(URL_GLOBAL)) {
    out += text.slice(from, m.index).replace(/(?<![*\w])(\*{1,3})(?!\s)([^*]+?)(?<!\s)\1(?![*\w])/g, "$2") + m[0];
    from = m.index + m[0].length;
  }
  return out + text.slice(from).replace(/(?<![*\w])(\*{1,3})(?!\s)([^*]+?)(?<!\s)\1(?![*\w])/g, "$2");
}

export function parseCitation(label: string, ordinal: number, text: string): ParsedCitation {
  const urlMatch = URL_GLOBAL.exec(text);
  URL_GLOBAL.lastIndex = 0;
  const url = urlMatch ? cleanUrl(urlMatch[0]) : null;
  // Blank out URLs (keeping positions) so their slashes, digits and quotes are not read as titles or dates.
  const plain = text.replace(URL_GLOBAL, (u) => " ".repeat(u.length));
  const urlStart = urlMatch ? urlMatch.index : text.length;

  const title = findTitle(plain, text);
  let authors: string[] = [];
  let publisher: string | null = null;
  // The date after the title (where notes give it), else anywhere: "Smith, A. (2023). *Title*. Publisher."
  const issued = (title ? issuedDate(plain, title.end) : null) ?? issuedDate(plain, 0);

  if (title) {
    const before = stripEmphasis(
      plain
        .slice(0, title.start)
        .replace(/^(?:see also|see|cf\.?|e\.g\.,?)\s+/i, "")
        .replace(/[\s,.:;]+$/, "")
        .replace(/\s*\((?:1[89]|20)\d{2}[a-z]?\)$/, ""),
    );
    // Only "Author, Title" counts: prose before a link or an italic phrase ("see the …") names no one.
    const anchored = /^[\p{Lu}\d]/u.test(before) && (title.quoted || /[,.:]\s*$/.test(plain.slice(0, title.start)));
    if (anchored) {
      authors = splitNames(before.replace(/\s*\((?:eds?|ed\.|eds\.)\)\.?$/i, "").replace(/,?\s+eds?\.$/i, ""));
    }
    let end = Math.min(urlStart, issued && issued.index > title.end ? issued.index : text.length);
    const accessed = /\b(?:accessed|retrieved|available at|available from)\b/i.exec(plain.slice(title.end));
    if (accessed) end = Math.min(end, title.end + accessed.index);
    publisher = end > title.end ? findPublisher(plain.slice(title.end, end)) : null;
  }

  return {
    label,
    ordinal,
    text: withoutEmphasisMarks(text),
    url,
    title: title ? title.title : null,
    authors,
    publisher,
    issued: issued ? issued.text : null,
  };
}

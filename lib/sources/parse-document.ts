/**
 * Turns pasted plain text or Markdown of a commentary or report into a normalised body plus structured footnotes.
 *
 * Pure: no I/O. The body is what claims' character offsets point into, so every step here is deterministic and a
 * document parses to the same body every time.
 */

import { fullDates, HAS_SUP, SUP, SUP_RUN_GLOBAL, supToAscii } from "./parse/dates";
import { looksLikePerson, ROLE_WORDS, splitNames, stripEmphasis } from "./parse/names";
import { count, parseCitation, type ParsedCitation } from "./parse/parse-citation";

export type { ParsedCitation };

const HEADING = /^#{1,6}\s/;
const LIST_ITEM = /^(?:[-*+•]|\d{1,3}[.)])\s/;
const SENTENCE_END = /[.!?:…]$|[”’"'»]$|[.!?]["”’')\]]+$/;


/**
 * Where a footnote marker stood in the normalised body: the marker's characters are removed from the body, and the
 * offset is the insertion point (body.slice(0, offset) ends with the text the marker followed).
 */
export type ParsedMarker = { label: string; offset: number };
export type ParsedDocument = {
  title: string | null;
  authors: string[];
  publishedOn: string | null /* YYYY-MM-DD */;
  publisher: string | null;
  body: string;
  markers: ParsedMarker[];
  citations: ParsedCitation[];
};

// ---------------------------------------------------------------------------------------------------------------
// Lines

type Lines = { text: string[]; indented: boolean[]; removed: boolean[] };

function toLines(input: string): Lines {
  const normalised = input
    .replace(/\r\n?|[\u2028\u2029\u000B\u000C]/g, "\n")
    .replace(/[\u0000-\u0008\u000E-\u001F\u007F-\u009F\uFEFF]/g, "")
    .normalize("NFC");
  const raw = normalised.split("\n");
  const text: string[] = new Array<string>(raw.length);
  const indented: boolean[] = new Array<boolean>(raw.length);
  for (let i = 0; i < raw.length; i++) {
    const line = raw[i]!;
    indented[i] = line.startsWith("\t") || line.startsWith("  ");
    text[i] = line.replace(/ {2,}/g, " ").trim();
  }
  // Setext headings ("Title" over "=====") become "# Title" so that headings are always Markdown heading lines.
  for (let i = 1; i < text.length; i++) {
    const under = text[i]!;
    const prev = text[i - 1]!;
    if (!/^(?:={3,}|-{3,})$/.test(under) || !prev || HEADING.test(prev) || LIST_ITEM.test(prev)) continue;
    if (i >= 2 && text[i - 2] !== "") continue;
    text[i - 1] = (under.startsWith("=") ? "# " : "## ") + prev;
    text[i] = "";
  }
  return { text, indented, removed: new Array<boolean>(raw.length).fill(false) };
}

// ---------------------------------------------------------------------------------------------------------------
// Title and byline

const BYLINE = /^(?:[Ww]ritten\s+)?(?:By|BY|by)\s+(?=\p{Lu})/u;
const DATE_LINE = /^(?:(?:published|updated|posted|date)(?:\s+on)?:?\s+)?(.+?)\.?$/i;

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

function dateOnlyLine(line: string): string | null {
  const s = stripEmphasis(line);
  const m = DATE_LINE.exec(s);
  if (!m) return null;
  const hit = fullDates(m[1]!)[0];
  return hit && hit.index === 0 && hit.text.length === m[1]!.replace(/\.$/, "").length ? hit.iso : null;
}

function extractFrontMatter(lines: Lines) {
  const { text, removed } = lines;
  let title: string | null = null;
  let authors: string[] = [];
  let publisher: string | null = null;
  let publishedOn: string | null = null;

  const top: number[] = [];
  for (let i = 0; i < text.length && top.length < 10; i++) if (text[i]) top.push(i);

  const h1 = top.find((i) => /^#\s+\S/.test(text[i]!) && !isNotesHeading(text[i]!));
  if (h1 !== undefined) {
    title = stripEmphasis(text[h1]!.replace(/^#\s+/, "").replace(/\s+#+$/, "")) || null;
    removed[h1] = true;
  } else {
    const first = top[0];
    if (first !== undefined) {
      const line = text[first]!;
      const s = stripEmphasis(line);
      const followedByBlank = text[first + 1] === "" && top.length > 1;
      if (
        followedByBlank &&
        s.length > 0 &&
        s.length <= 200 &&
        !/[.,;:]$/.test(s) &&
        !line.startsWith("#") &&
        !LIST_ITEM.test(line) &&
        !HAS_SUP.test(line) &&
        !/\[\^?[^\]\s]+\]/.test(line) &&
        !/\p{Ll}{2}[.!?]\s+\p{Lu}/u.test(s) &&
        !isByline(line) &&
        dateOnlyLine(line) === null
      ) {
        title = s;
        removed[first] = true;
      }
    }
  }

  let seen = 0;
  for (const i of top) {
    if (removed[i]) continue;
    const line = text[i]!;
    if (HEADING.test(line) || ++seen > 6) break;
    if (authors.length === 0 && isByline(line)) {
      const byline = parseByline(line);
      authors = byline.authors;
      publisher = byline.publisher;
      publishedOn = publishedOn ?? byline.date;
      removed[i] = true;
    } else if (publishedOn === null) {
      const date = dateOnlyLine(line);
      if (date) {
        publishedOn = date;
        removed[i] = true;
      }
    }
  }
  return { title, authors, publisher, publishedOn };
}

// ---------------------------------------------------------------------------------------------------------------
// Notes

type Note = { label: string; line: number; parts: string[] };
type ItemKind = "number" | "bare" | "bracket" | "superscript" | "markdown";
type Item = { kind: ItemKind; label: string; text: string };

const ITEM_NUMBER = /^(\d{1,4})\\?[.)]\s+(\S.*)$/;
const ITEM_BRACKET = /^\[(\d{1,4}|[A-Za-z]{1,3})\][.:]?\s*(\S.*)$/;
const ITEM_SUPERSCRIPT = new RegExp(`^([${SUP}]+)\\s*(\\S.*)$`);
const ITEM_MARKDOWN = /^\[\^([^\]\s]+)\]:\s*(.*)$/;
const ITEM_BARE = /^(\d{1,3})\s+(\S.*)$/;
const NOTES_HEADING =
  /^(?:notes|end\s?notes|foot\s?notes|references|sources|notes and references|references and notes|notes and sources|sources and notes)$/i;

function matchItem(line: string): Item | null {
  let m = ITEM_MARKDOWN.exec(line);
  if (m) return { kind: "markdown", label: m[1]!, text: m[2]! };
  m = ITEM_NUMBER.exec(line);
  if (m) return { kind: "number", label: String(Number(m[1])), text: m[2]! };
  m = ITEM_BRACKET.exec(line);
  if (m) return { kind: "bracket", label: /^\d+$/.test(m[1]!) ? String(Number(m[1])) : m[1]!, text: m[2]! };
  m = ITEM_SUPERSCRIPT.exec(line);
  if (m) return { kind: "superscript", label: String(Number(supToAscii(m[1]!))), text: m[2]! };
  m = ITEM_BARE.exec(line);
  if (m) return { kind: "bare", label: String(Number(m[1])), text: m[2]! };
  return null;
}

/** Whether `item` is the next note rather than a continuation line that happens to start with a number. */
function inSequence(item: Item, last: number | null): boolean {
  if (!/^\d+$/.test(item.label)) return true;
  const n = Number(item.label);
  if (last === null) return true;
  return item.kind === "bare" ? n === last + 1 : n > last && n <= last + 20;
}

function isNotesHeading(line: string): boolean {
  const h = stripEmphasis(line.replace(/^#{1,6}\s+/, "").replace(/\s+#+$/, ""))
    .replace(/:$/, "")
    .trim();
  return NOTES_HEADING.test(h);
}

/** A Notes/References/… heading followed by note items: collects them and removes the section from the body. */
function takeNotesSections(lines: Lines, notes: Note[]) {
  const { text, indented, removed } = lines;
  for (let h = 0; h < text.length; h++) {
    if (removed[h] || !text[h] || !isNotesHeading(text[h]!)) continue;
    let j = h + 1;
    while (j < text.length && text[j] === "") j++;
    const first = j < text.length ? matchItem(text[j]!) : null;
    if (!first) continue;

    const section: Note[] = [];
    let last: number | null = null;
    let end = h;
    let blank = false;
    for (; j < text.length; j++) {
      const line = text[j]!;
      if (line === "") {
        blank = true;
        continue;
      }
      if (HEADING.test(line)) break;
      const item = matchItem(line);
      if (item && inSequence(item, last)) {
        section.push({ label: item.label, line: j, parts: item.text ? [item.text] : [] });
        if (/^\d+$/.test(item.label)) last = Number(item.label);
      } else if (!blank || indented[j]) {
        section[section.length - 1]!.parts.push(line);
      } else {
        break;
      }
      blank = false;
      end = j;
    }
    for (let k = h; k <= end; k++) removed[k] = true;
    notes.push(...section);
    h = end;
  }
}

/** Markdown footnote definitions ("[^1]: text") anywhere, with their indented or lazy continuation lines. */
function takeMarkdownDefinitions(lines: Lines, notes: Note[]) {
  const { text, indented, removed } = lines;
  for (let i = 0; i < text.length; i++) {
    if (removed[i] || !text[i]!.startsWith("[^")) continue;
    const m = ITEM_MARKDOWN.exec(text[i]!);
    if (!m) continue;
    const note: Note = { label: m[1]!, line: i, parts: m[2] ? [m[2]] : [] };
    let end = i;
    let blank = false;
    for (let j = i + 1; j < text.length; j++) {
      const line = text[j]!;
      if (line === "") {
        blank = true;
        continue;
      }
      if (removed[j] || ITEM_MARKDOWN.test(line) || HEADING.test(line) || (blank && !indented[j])) break;
      note.parts.push(line);
      blank = false;
      end = j;
    }
    // Blank lines inside the definition go with it; the one after it stays as a paragraph break.
    for (let k = i; k <= end; k++) removed[k] = true;
    notes.push(note);
    i = end;
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Page-footer notes in text converted from PDF

const FOOTER_SUPERSCRIPT = new RegExp(`^([${SUP}]+)\\s*(\\S.*)$`);
const FOOTER_BARE = /^(\d{1,3})\s+(\D.*)$/;
const QUOTED = /“[^”]+”|"[^"]+"/;
const HAS_YEAR = /\b(?:1[89]|20)\d{2}\b/;

function footerStart(line: string): { label: string; text: string; superscript: boolean } | null {
  let m = FOOTER_SUPERSCRIPT.exec(line);
  if (m) return { label: String(Number(supToAscii(m[1]!))), text: m[2]!, superscript: true };
  m = FOOTER_BARE.exec(line);
  if (m) return { label: String(Number(m[1])), text: m[2]!, superscript: false };
  return null;
}

/** Citations carry a URL, a quoted title or a year; a plain "1 text" line must also have the commas of one. */
function looksLikeCitation(text: string, superscript: boolean): boolean {
  if (/https?:\/\//.test(text) || QUOTED.test(text)) return true;
  return HAS_YEAR.test(text) && (superscript || count(text, ",") >= 2);
}

function stripTrailingMarkers(line: string): string {
  return line.replace(new RegExp(`(?:[${SUP}]+|\\[\\^?[^\\]\\s]+\\])+$`), "");
}

/**
 * A block of footnote lines at a page break, e.g. "¹ Author, “Title”, 2024" or "1 Author, “Title”, 2024", is taken
 * out as notes when it interrupts a sentence (the paragraph before does not end a sentence and text follows); the
 * interrupted sentence is joined with one space. Superscript-numbered blocks whose labels were already used as markers
 * are also taken out between paragraphs and at the end of the document.
 */
function takePageFooters(lines: Lines, notes: Note[]) {
  const { text, removed } = lines;
  const seenSuperscripts = new Set<string>();
  const nextContent = (from: number) => {
    for (let k = from; k < text.length; k++) if (!removed[k] && text[k] !== "") return k;
    return -1;
  };
  let prev = -1;
  for (let i = 0; i < text.length; i++) {
    if (removed[i] || text[i] === "") continue;
    const start = HEADING.test(text[i]!) ? null : footerStart(text[i]!);
    // A footer line starts a block when it reads like a citation, or when its
    // superscript number already stood in the text ("¹ See chapter 3.").
    const citedBefore = start?.superscript === true && seenSuperscripts.has(start.label);
    if (start && (looksLikeCitation(start.text, start.superscript) || citedBefore)) {
      // Gather the block: note lines, blank lines between them, and wrapped lines that carry a URL.
      const block: Note[] = [];
      let last: number | null = null;
      let end = i;
      let blank = false;
      for (let j = i; j < text.length; j++) {
        if (removed[j]) break;
        const line = text[j]!;
        if (line === "") {
          blank = true;
          continue;
        }
        const s = HEADING.test(line) ? null : footerStart(line);
        const sequential = s && (last === null || Number(s.label) === last + 1);
        // After the first note, numbering in sequence is evidence enough ("² Ibid.").
        const sameKind = s !== null && s.superscript === start.superscript;
        // The block's first line was judged above; later ones continue the numbering.
        if (s && sameKind && sequential && (last !== null || j === i)) {
          block.push({ label: s.label, line: j, parts: [s.text] });
          last = Number(s.label);
        } else if (!blank && (/https?:\/\//.test(line) || footerStart(text[j + 1] ?? "") !== null)) {
          block[block.length - 1]!.parts.push(line);
        } else {
          break;
        }
        blank = false;
        end = j;
      }
      const next = nextContent(end + 1);
      const before = prev === -1 ? "" : stripTrailingMarkers(text[prev]!);
      const interrupted =
        prev !== -1 &&
        next !== -1 &&
        !HEADING.test(text[prev]!) &&
        !SENTENCE_END.test(before) &&
        !HEADING.test(text[next]!) &&
        !LIST_ITEM.test(text[next]!) &&
        footerStart(text[next]!) === null;
      const alreadyCited = start.superscript && block.some((n) => seenSuperscripts.has(n.label));
      if (interrupted || alreadyCited) {
        for (let k = (interrupted ? prev : i - 1) + 1; k <= end; k++) removed[k] = true;
        if (interrupted) {
          for (let k = end + 1; k < next; k++) removed[k] = true;
          text[prev] = `${text[prev]!} ${text[next]!}`;
          removed[next] = true;
          for (const m of text[next]!.matchAll(SUP_RUN_GLOBAL)) seenSuperscripts.add(supToAscii(m[0]));
          i = next;
        } else {
          i = end;
        }
        notes.push(...block);
        continue;
      }
      // Not footnotes: the block stays in the body. Skip past it so each line is looked at once.
      for (let k = i; k <= end; k++) {
        if (removed[k] || text[k] === "") continue;
        for (const m of text[k]!.matchAll(SUP_RUN_GLOBAL)) seenSuperscripts.add(supToAscii(m[0]));
        prev = k;
      }
      i = end;
      continue;
    }
    if (HAS_SUP.test(text[i]!)) {
      for (const m of text[i]!.matchAll(SUP_RUN_GLOBAL)) seenSuperscripts.add(supToAscii(m[0]));
    }
    prev = i;
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Markers

const MARKER = new RegExp(
  `\\[\\^([^\\]\\s]+)\\]|(?<!\\[[^\\]\\d][^\\]]*\\])\\[(\\d{1,3}(?:\\s*[,–-]\\s*\\d{1,3})*)\\](?![(:])|\\((\\d{1,3})\\)|([${SUP}]+)`,
  "g",
);
const SUP_LIST = new RegExp(`^[,‚]([${SUP}]+)`);
const MAY_HAVE_MARKER = new RegExp(`[[(${SUP}]`);
const UNIT_BEFORE = /(?:^|[^\p{L}])(?:km|m|cm|mm|ft|mi|yd|sq)$/u;
/** "agreed(1)", "agreed.(1)"; not "Article 5(1)" or "(a)(1)", which are legal numbering. */
const PAREN_AFTER = /[\p{L}.,;:!?”’"']/u;
const SPACE_BEFORE_MARKER_OK = /[.,;:!?)\]”’"]/;

function bracketLabels(list: string, labels: Set<string>): string[] | null {
  const out: string[] = [];
  for (const part of list.split(/\s*,\s*/)) {
    const range = /^(\d+)\s*[–-]\s*(\d+)$/.exec(part);
    if (range) {
      const a = Number(range[1]);
      const b = Number(range[2]);
      if (b < a || b - a > 50) return null;
      for (let n = a; n <= b; n++) out.push(String(n));
    } else {
      out.push(String(Number(part)));
    }
  }
  return out.every((l) => labels.has(l)) ? out : null;
}

/** Finds the markers in one line, removes them, and returns the line with where each one stood. */
type LineMarker = { label: string; col: number };

function extractMarkers(line: string, labels: Set<string>): { text: string; markers: LineMarker[] } {
  if (!MAY_HAVE_MARKER.test(line)) return { text: line, markers: [] };
  let out = "";
  let pos = 0;
  const markers: LineMarker[] = [];
  MARKER.lastIndex = 0;
  for (let m = MARKER.exec(line); m; m = MARKER.exec(line)) {
    const start = m.index;
    let end = start + m[0].length;
    const before = line[start - 1];
    let found: string[] | null = null;
    if (m[1] !== undefined) {
      if (labels.has(m[1])) found = [m[1]];
    } else if (m[2] !== undefined) {
      found = bracketLabels(m[2], labels);
    } else if (m[3] !== undefined) {
      const label = String(Number(m[3]));
      if (before !== undefined && PAREN_AFTER.test(before) && labels.has(label)) found = [label];
    } else if (m[4] !== undefined) {
      const label = String(Number(supToAscii(m[4])));
      const exponent = (label === "2" || label === "3") && UNIT_BEFORE.test(line.slice(Math.max(0, start - 4), start));
      if (start > 0 && labels.has(label) && !exponent) {
        found = [label];
        // "¹,²" lists.
        for (let sep = SUP_LIST.exec(line.slice(end)); sep; sep = SUP_LIST.exec(line.slice(end))) {
          const more = String(Number(supToAscii(sep[1]!)));
          if (!labels.has(more)) break;
          found.push(more);
          end += sep[0].length;
        }
      }
    }
    if (!found) {
      MARKER.lastIndex = m[4] !== undefined ? end : start + 1;
      continue;
    }
    out += line.slice(pos, start);
    const after = line[end];
    if (out.endsWith(" ") && (after === undefined || after === " " || SPACE_BEFORE_MARKER_OK.test(after))) {
      out = out.slice(0, -1);
    } else if (out === "" && after === " ") {
      end += 1;
    }
    for (const label of found) markers.push({ label, col: out.length });
    pos = end;
    MARKER.lastIndex = end;
  }
  if (markers.length === 0) return { text: line, markers };
  out += line.slice(pos);
  return { text: out, markers };
}

// ---------------------------------------------------------------------------------------------------------------

export function parseDocument(text: string): ParsedDocument {
  const lines = toLines(text);
  const front = extractFrontMatter(lines);

  const notes: Note[] = [];
  takeNotesSections(lines, notes);
  takeMarkdownDefinitions(lines, notes);
  takePageFooters(lines, notes);

  notes.sort((a, b) => a.line - b.line);
  const citations: ParsedCitation[] = [];
  const labels = new Set<string>();
  for (const note of notes) {
    if (labels.has(note.label)) continue; // a label is a citation's key within its source
    labels.add(note.label);
    const noteText = note.parts.join(" ").replace(/ {2,}/g, " ").trim();
    citations.push(parseCitation(note.label, citations.length + 1, noteText));
  }

  const parts: string[] = [];
  let length = 0;
  let pendingBlank = false;
  const markers: ParsedMarker[] = [];
  for (let i = 0; i < lines.text.length; i++) {
    if (lines.removed[i]) continue;
    const raw = lines.text[i]!;
    if (raw === "") {
      pendingBlank = length > 0;
      continue;
    }
    const { text: line, markers: found } = extractMarkers(raw, labels);
    if (line === "") {
      for (const f of found) markers.push({ label: f.label, offset: length });
      continue;
    }
    if (length > 0) {
      const sep = pendingBlank ? "\n\n" : "\n";
      parts.push(sep);
      length += sep.length;
    }
    pendingBlank = false;
    for (const f of found) markers.push({ label: f.label, offset: length + f.col });
    parts.push(line);
    length += line.length;
  }

  return {
    title: front.title,
    authors: front.authors,
    publishedOn: front.publishedOn,
    publisher: front.publisher,
    body: parts.join(""),
    markers,
    citations,
  };
}

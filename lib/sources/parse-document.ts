/**
 * Turns pasted plain text or Markdown of a commentary or report into a normalised body plus structured footnotes.
 *
 * Pure: no I/O. The body is what claims' character offsets point into, so every step here is deterministic and a
 * document parses to the same body every time.
 */

import { HAS_SUP, SUP, SUP_RUN_GLOBAL, supToAscii } from "./parse/dates";
import { stripEmphasis } from "./parse/names";
import { parse as parseYaml } from "yaml";
import { readFrontMatter, resolvePublisher, type FrontField, type FrontMatterHints } from "./parse/front-matter";
import { count, parseCitation, type ParsedCitation } from "./parse/parse-citation";

export type { FrontMatterHints, ParsedCitation };

const HEADING = /^#{1,6}\s/;
const LIST_ITEM = /^(?:[-*+•]|\d{1,3}[.)])\s/;
const SENTENCE_END = /[.!?:…]$|[”’"'»]$|[.!?]["”’')\]]+$/;


/**
 * Where a footnote marker stood in the normalised body: the marker's characters are removed from the body, and the
 * offset is the insertion point (body.slice(0, offset) ends with the text the marker followed).
 */
export type ParsedMarker = { label: string; offset: number };
/** Something the reader was unsure about, for the analyst to check: named with the place it happened. */
export type ImportProblem = { code: "marker-without-note" | "note-without-marker" | "long-note"; message: string };
export type ParsedDocument = {
  title: string | null;
  authors: string[];
  publishedOn: string | null /* YYYY-MM-DD */;
  publisher: string | null;
  series: string | null;
  /** Where each front-matter field came from, in words. */
  origins: Partial<Record<FrontField, string>>;
  body: string;
  /** About the author, disclaimers, copyright, "related" boxes: kept apart from the body (blank-line blocks). */
  backMatter: string;
  markers: ParsedMarker[];
  citations: ParsedCitation[];
  problems: ImportProblem[];
};
export type ParseOptions = { hints?: FrontMatterHints };

// ---------------------------------------------------------------------------------------------------------------
// Lines

type Lines = { text: string[]; indented: boolean[]; removed: boolean[] };

function toLines(input: string): Lines {
  const normalised = input
    .replace(/\r\n?|[\u2028\u2029\u000B\u000C]/g, "\n")
    .replace(/[\u0000-\u0008\u000E-\u001F\u007F-\u009F\uFEFF]/g, "")
    // Ligatures (ﬁ, ﬂ, ﬃ) as PDF writers set them, and the odd spaces of typesetters and web pages.
    .replace(/[\uFB00-\uFB06]/g, (ligature) => ligature.normalize("NFKC"))
    .replace(/[\u00A0\u2000-\u200A\u202F\u205F\u3000]/g, " ")
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
// Back matter, endnotes without a heading, headings in plain text

const BACK_HEADING =
  /^(?:about (?:the|this) (?:authors?|contributors?|writers?|series|publication|institute)|about us|author biograph(?:y|ies)|biograph(?:y|ies)|(?:the )?authors?(?: information)?|disclaimer|related(?: (?:posts|articles|content|reading|publications|commentaries|research|analysis))?|you may also like|more from (?:the )?\S.*|more on this topic|recommended(?: reading)?|share(?: this(?: (?:article|page|post))?)?|tags|topics|keywords|leave a (?:reply|comment)|comments?|subscribe(?: to .*)?|newsletter)\s*:?$/i;
const BACK_PARAGRAPH =
  /^(?:disclaimer\b|the views expressed|views expressed|the opinions expressed|opinions expressed|the views and opinions|©|\(c\)\s|copyright\b|all rights reserved)/i;

const AUTHOR_NOTE =
  /^\p{Lu}[\p{L}.'’ -]{2,60} (?:is|was|are) (?:a|an|the) (?:[\p{L}-]+ ){0,4}(?:Fellow|Associate|Director|Professor|Researcher|Analyst|Editor|Lecturer|Adviser|Advisor|Scholar|Chair)\b/u;

function headingText(line: string): string {
  return stripEmphasis(line.replace(/^#{1,6}\s+/, "").replace(/\s+#+$/, "")).trim();
}

/** From the first back-matter heading or line after the text has begun, to the end: taken out as back matter. */
function takeBackMatter(lines: Lines): string {
  const { text, removed } = lines;
  let seenBody = false;
  let start = -1;
  // An author's note without a heading ("Jane Doe is a Senior Fellow at …") counts only among the last lines.
  const kept = text.map((_, i) => i).filter((i) => !removed[i] && text[i] !== "");
  const lastLines = new Set(kept.slice(-6));
  for (let i = 0; i < text.length; i++) {
    if (removed[i] || !text[i]) continue;
    const line = text[i]!;
    const plain = headingText(line);
    const short = plain.length <= 80;
    const bio = lastLines.has(i) && AUTHOR_NOTE.test(plain);
    if (seenBody && ((short && BACK_HEADING.test(plain)) || BACK_PARAGRAPH.test(plain) || bio)) {
      start = i;
      break;
    }
    if (!HEADING.test(line)) seenBody = true;
  }
  if (start === -1) return "";
  const blocks: string[] = [];
  let block: string[] = [];
  for (let i = start; i < text.length; i++) {
    if (removed[i]) continue;
    removed[i] = true;
    if (text[i] === "") {
      if (block.length) blocks.push(block.join("\n"));
      block = [];
    } else {
      const line = text[i]!;
      const heading = HEADING.test(line) || (headingText(line).length <= 80 && BACK_HEADING.test(headingText(line)));
      block.push(heading ? `## ${headingText(line)}` : line);
    }
  }
  if (block.length) blocks.push(block.join("\n"));
  return blocks.join("\n\n");
}

const SHARE_BAR = /^share(?: this(?: article| page| post)?)?:?\s.*\b(?:X|Twitter|Facebook|LinkedIn|Email|WhatsApp)\b.*$/i;
const TRAILING_ITEM = /^\[(\d{1,3})\]\s*(\S.*)$|^(\d{1,3})[.)]?\s+(?=[\p{Lu}“"‘'(])(\S.*)$/u;

/**
 * Endnotes without a heading, as web pages print them: a run of "[1] …", "[2] …" (or "1. …") paragraphs at the end
 * of the text, numbered from 1, whose numbers the text has used as "[n]" markers.
 */
const NOTE_START = /^\s+[\p{Lu}“"]/u;

/** Where note `n` starts inside `line` ("… FINAL.pdf [6] Mekong River Commission, …"): its marker and its text. */
function nextNoteIn(line: string, n: number): { at: number; rest: number } | null {
  const marker = `[${n}]`;
  for (let at = line.indexOf(marker); at !== -1; at = line.indexOf(marker, at + 1)) {
    const space = NOTE_START.exec(line.slice(at + marker.length, at + marker.length + 8));
    if (space) return { at: at > 0 && /\s/.test(line[at - 1]!) ? at - 1 : at, rest: at + marker.length + space[0].length - 1 };
  }
  return null;
}

function takeTrailingNotes(lines: Lines, notes: Note[]) {
  const { text, removed } = lines;
  const kept = text.map((_, i) => i).filter((i) => !removed[i] && text[i] !== "");
  // Walk back from the end over note items and their continuation lines.
  let first = -1;
  for (let k = kept.length - 1; k >= 0; k--) {
    const m = TRAILING_ITEM.exec(text[kept[k]!]!);
    if (m && Number(m[1] ?? m[3]) === 1) {
      first = k;
      break;
    }
  }
  if (first === -1) return;
  const items: Note[] = [];
  for (let k = first; k < kept.length; k++) {
    const i = kept[k]!;
    const m = TRAILING_ITEM.exec(text[i]!);
    // Back matter after the notes ends them ("About the Authors"): the notes are read once it is taken out.
    if (!m && headingText(text[i]!).length <= 80 && BACK_HEADING.test(headingText(text[i]!))) return;
    const n = m ? Number(m[1] ?? m[3]) : NaN;
    if (m && n === items.length + 1) items.push({ label: String(n), line: i, parts: [m[2] ?? m[4]!] });
    else if (items.length && text[i - 1] !== "") items.at(-1)!.parts.push(text[i]!);
    else return;
    // Two notes run together on a printed page ("… FINAL.pdf [6] Mekong River Commission, …"): split at the next number.
    for (;;) {
      const note = items.at(-1)!;
      const last = note.parts.at(-1)!;
      const next = nextNoteIn(last, items.length + 1);
      if (!next) break;
      note.parts[note.parts.length - 1] = last.slice(0, next.at);
      items.push({ label: String(items.length + 1), line: i, parts: [last.slice(next.rest)] });
    }
  }
  const bracketed = TRAILING_ITEM.exec(text[kept[first]!]!)![1] !== undefined;
  // The markers the text before the notes holds, gathered once (a long report has thousands of notes).
  const markers = new Set<string>();
  for (const k of kept.slice(0, first)) {
    for (const m of text[k]!.matchAll(bracketed ? /\[(\d+)\]/g : /[⁰¹²³⁴-⁹]+/g)) markers.add(bracketed ? m[1]! : supToAscii(m[0]));
  }
  const cited = items.filter((n) => markers.has(n.label)).length;
  // One numbered line at the end is a note only when it is a bracketed "[1]" the body cites; "1." may be a list.
  if (cited < Math.ceil(items.length / 2) || (items.length < 2 && !(bracketed && cited === 1))) return;
  for (let k = first; k < kept.length; k++) removed[kept[k]!] = true;
  for (let i = kept[first]!; i < text.length; i++) removed[i] = true;
  notes.push(...items);
}


/**
 * A short line standing alone between paragraphs, without a sentence's punctuation, is a heading in text that has
 * no heading marks of its own ("Summary", "Moving Forward"); it becomes "## …" like a Markdown heading.
 */
function markPlainHeadings(lines: Lines) {
  const { text, removed } = lines;
  const kept = text.map((_, i) => i).filter((i) => !removed[i]);
  const blockAt = (k: number) => {
    // The non-blank line at kept[k] must be a block of one line, between blank lines (or the edges).
    const i = kept[k]!;
    return text[i] !== "" && (k === 0 || text[kept[k - 1]!] === "") && (k === kept.length - 1 || text[kept[k + 1]!] === "");
  };
  const nextBlock = (k: number) => {
    for (let n = k + 1; n < kept.length; n++) if (text[kept[n]!] !== "") return kept[n]!;
    return -1;
  };
  for (let k = 0; k < kept.length; k++) {
    const i = kept[k]!;
    const line = text[i]!;
    if (!line || !blockAt(k) || HEADING.test(line)) continue;
    const plain = stripEmphasis(line);
    const words = plain.split(/\s+/).length;
    if (plain.length > 80 || words > 10 || !/^[\p{Lu}\d]/u.test(plain) || /[.,;:!?…"”’)\]]$/.test(plain)) continue;
    if (LIST_ITEM.test(line) || HAS_SUP.test(line) || /\[\^?\d+\]/.test(line) || /^\d+$/.test(plain)) continue;
    const next = nextBlock(k);
    if (next === -1 || HEADING.test(text[next]!)) continue;
    // Before a list, only a label of a few words ("Key Points") is a heading.
    if (LIST_ITEM.test(text[next]!)) {
      if (words <= 4) text[i] = `## ${plain}`;
      continue;
    }
    // The next paragraph, all its lines (plain text is often wrapped at a fixed width).
    let nextEnd = next;
    while (nextEnd + 1 < text.length && text[nextEnd + 1] !== "" && !removed[nextEnd + 1]) nextEnd++;
    const nextText = stripEmphasis(text.slice(next, nextEnd + 1).join(" ")).replace(/\[\^?\w+\]$/, "");
    if (nextText.length < 2 * plain.length || !/[.!?…:]["”’)\]¹²³⁴-⁹]*$/.test(nextText)) continue;
    text[i] = `## ${plain}`;
  }
}

function problemsOf(body: string, markers: ParsedMarker[], citations: ParsedCitation[]): ImportProblem[] {
  const problems: ImportProblem[] = [];
  const cited = new Set(markers.map((m) => m.label));
  for (const c of citations) {
    if (!cited.has(c.label)) {
      problems.push({ code: "note-without-marker", message: `Note ${c.label} (“${c.text.slice(0, 60)}”) has no marker in the text.` });
    }
    const words = c.text.split(/\s+/).length;
    if (words > 150) {
      problems.push({ code: "long-note", message: `Note ${c.label} runs on for ${words} words: check that it ends where the note ends (“…${c.text.slice(-60)}”).` });
    }
  }
  const labels = new Set(citations.map((c) => c.label));
  const unmatched = new RegExp(`\\[\\^(\\w+)\\]|(?<=\\p{L}[.,;:”’"')]?)([${SUP}]+)`, "gu");
  for (const m of body.matchAll(unmatched)) {
    const label = m[1] ?? supToAscii(m[2]!);
    if (labels.has(String(Number(label))) || labels.has(label)) continue;
    const at = m.index;
    problems.push({
      code: "marker-without-note",
      message: `The marker ${m[0]} in “…${body.slice(Math.max(0, at - 50), at).replace(/\s+/g, " ")}” has no note.`,
    });
  }
  return problems;
}

// ---------------------------------------------------------------------------------------------------------------

export function parseDocument(text: string, options: ParseOptions = {}): ParsedDocument {
  const lines = toLines(text);
  const front = readFrontMatter(lines, options.hints ?? {}, parseYaml);

  const notes: Note[] = [];
  takeNotesSections(lines, notes);
  takeMarkdownDefinitions(lines, notes);
  takePageFooters(lines, notes);
  // Endnotes at the very end (after the back matter, as printed pages put them), then the back matter, then
  // endnotes that the back matter followed.
  takeTrailingNotes(lines, notes);
  const backMatter = takeBackMatter(lines);
  takeTrailingNotes(lines, notes);
  markPlainHeadings(lines);
  // Paragraphs whole, so that a name wrapped over two lines is read as one.
  resolvePublisher(front, [...backMatter.split(/\n{2,}/).map((b) => b.replace(/\n/g, " ")), ...lines.text.filter((_, i) => !lines.removed[i])]);

  notes.sort((a, b) => a.line - b.line);
  const citations: ParsedCitation[] = [];
  const labels = new Set<string>();
  for (const note of notes) {
    if (labels.has(note.label)) continue; // a label is a citation's key within its source
    labels.add(note.label);
    // A printed page's link back to the text ("↩") is not part of the note.
    const noteText = note.parts.join(" ").replace(/ {2,}/g, " ").replace(/\s*[↩↑⤴][\uFE0E\uFE0F]?$/u, "").trim();
    citations.push(parseCitation(note.label, citations.length + 1, noteText));
  }

  const parts: string[] = [];
  let length = 0;
  let pendingBlank = false;
  let previousItem = false;
  const markers: ParsedMarker[] = [];
  for (let i = 0; i < lines.text.length; i++) {
    if (lines.removed[i]) continue;
    const raw = lines.text[i]!;
    if (raw === "") {
      pendingBlank = length > 0;
      continue;
    }
    // A printed page's share bar is not the text.
    if (SHARE_BAR.test(raw)) continue;
    // Word's list paragraphs ("·  item", a Symbol-font bullet) and other bullet characters are "- " items.
    const bulleted = raw.replace(/^[·•▪◦‣●]\s+/, "- ");
    const { text: line, markers: found } = extractMarkers(bulleted, labels);
    if (line === "") {
      for (const f of found) markers.push({ label: f.label, offset: length });
      continue;
    }
    const item = /^- /.test(line);
    if (length > 0) {
      // Items of one list written as separate paragraphs stay one list.
      // A wrapped list item's indented next line goes on the item's line.
      const wrapped = previousItem && !item && !pendingBlank && lines.indented[i];
      const sep = wrapped ? " " : pendingBlank && !(item && previousItem) ? "\n\n" : "\n";
      parts.push(sep);
      length += sep.length;
    }
    pendingBlank = false;
    previousItem = item || (previousItem && lines.indented[i] === true);
    for (const f of found) markers.push({ label: f.label, offset: length + f.col });
    parts.push(line);
    length += line.length;
  }

  const body = parts.join("");
  return {
    title: front.title,
    authors: front.authors,
    publishedOn: front.publishedOn,
    publisher: front.publisher,
    series: front.series,
    origins: front.origins,
    body,
    backMatter,
    markers,
    citations,
    problems: problemsOf(body, markers, citations),
  };
}

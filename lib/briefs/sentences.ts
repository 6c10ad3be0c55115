/** A sentence of a text, with its place in the text. */
export type Sentence = { text: string; start: number; end: number };

const ABBREVIATIONS = new Set(
  "e.g i.e etc vs cf al dr mr mrs ms prof st jr sr inc ltd co corp no nos approx fig p pp vol ed eds jan feb mar apr jun jul aug sep sept oct nov dec u.s u.k u.n e.u".split(" "),
);
/** Lines that start a new Markdown block: headings, quotes, list items, table rows, rules. */
const BLOCK_START = /^\s{0,3}(#{1,6}\s|>|[-*+]\s|\d{1,9}[.)]\s|\|)/;

/**
 * Hides what is not prose from the language checks, keeping every offset:
 * fenced and inline code, claim tokens, link addresses and bare URLs become
 * spaces.
 */
export function maskNonProse(markdown: string): string {
  const blank = (match: string) => match.replace(/[^\n]/g, " ");
  return markdown
    .replace(/^(\s{0,3})(```|~~~)[^\n]*\n[\s\S]*?(^\s{0,3}\2[^\n]*$|(?![\s\S]))/gm, blank)
    .replace(/`[^`\n]*`/g, blank)
    .replace(/\[\[claim:[A-Za-z0-9-]{1,64}\]\]/g, blank)
    .replace(/\]\([^)\s]*(\s+"[^"]*")?\)/g, (m) => `]${blank(m.slice(1))}`)
    .replace(/\b(https?:\/\/|mailto:|www\.)\S+/g, blank)
    .replace(/<[^>\n]+>/g, blank);
}

/** The prose segments of Markdown: paragraphs, and each heading, list item, quote line or table row on its own. */
function segments(text: string): Sentence[] {
  const out: Sentence[] = [];
  let start = -1;
  let end = 0;
  let offset = 0;
  const flush = () => {
    if (start >= 0) out.push({ text: text.slice(start, end), start, end });
    start = -1;
  };
  for (const line of text.split("\n")) {
    const lineStart = offset;
    offset += line.length + 1;
    if (!line.trim()) {
      flush();
      continue;
    }
    if (BLOCK_START.test(line) || /^\s{0,3}([-*_]\s*){3,}$/.test(line)) flush();
    if (start < 0) start = lineStart;
    end = lineStart + line.length;
    if (/^\s{0,3}(#{1,6}\s|\|)/.test(line)) flush();
  }
  flush();
  return out;
}

/** Splits Markdown into sentences; abbreviations ("e.g.", "U.S.", initials) do not end one. */
export function splitSentences(markdown: string): Sentence[] {
  const sentences: Sentence[] = [];
  for (const segment of segments(markdown)) {
    const boundary = /[.!?]+["”’)\]*_]*(?=\s+["“‘(*_]*[A-Z0-9])/g;
    let from = 0;
    for (const match of segment.text.matchAll(boundary)) {
      const before = segment.text.slice(from, match.index);
      const word = /([\p{L}.]+)$/u.exec(before)?.[1]?.toLowerCase() ?? "";
      if (match[0].startsWith(".") && (ABBREVIATIONS.has(word.replace(/\.$/, "")) || /^\p{L}$/u.test(word))) continue;
      const end = match.index + match[0].length;
      push(sentences, segment, from, end);
      from = end;
    }
    push(sentences, segment, from, segment.text.length);
  }
  return sentences;
}

function push(into: Sentence[], segment: Sentence, from: number, to: number) {
  const raw = segment.text.slice(from, to);
  const lead = raw.length - raw.trimStart().length;
  const text = raw.trim();
  if (!/\p{L}/u.test(text)) return;
  into.push({ text, start: segment.start + from + lead, end: segment.start + from + lead + text.length });
}

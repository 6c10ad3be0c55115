/** Inline spec text parsed into runs, and the helpers each producer renders them with. */
import type { CorpusText, Inline } from "./spec";

export type Run =
  | { kind: "text"; text: string }
  | { kind: "em"; runs: Run[] }
  | { kind: "strong"; runs: Run[] }
  | { kind: "ref"; label: string }
  | { kind: "link"; href: string; runs: Run[] };

/** Parses *italic*, **bold**, [^label] and [text](url); everything else is text. */
export function parseInline(source: Inline): Run[] {
  const runs: Run[] = [];
  let text = "";
  const flush = () => {
    if (text) runs.push({ kind: "text", text });
    text = "";
  };
  let i = 0;
  while (i < source.length) {
    const rest = source.slice(i);
    const ref = /^\[\^([^\]\s]+)\]/.exec(rest);
    const link = /^\[([^\]^][^\]]*)\]\(([^)\s]+)\)/.exec(rest);
    const strong = /^\*\*(.+?)\*\*/.exec(rest);
    const em = /^\*([^*\s](?:[^*]*[^*\s])?)\*/.exec(rest);
    if (ref) {
      flush();
      runs.push({ kind: "ref", label: ref[1]! });
      i += ref[0].length;
    } else if (link) {
      flush();
      runs.push({ kind: "link", href: link[2]!, runs: parseInline(link[1]!) });
      i += link[0].length;
    } else if (strong) {
      flush();
      runs.push({ kind: "strong", runs: parseInline(strong[1]!) });
      i += strong[0].length;
    } else if (em) {
      flush();
      runs.push({ kind: "em", runs: parseInline(em[1]!) });
      i += em[0].length;
    } else {
      text += source[i];
      i += 1;
    }
  }
  flush();
  return runs;
}

export type Render = {
  text: (s: string) => string;
  em?: (inner: string) => string;
  strong?: (inner: string) => string;
  ref?: (label: string) => string;
  link?: (inner: string, href: string) => string;
};

export function render(source: Inline | Run[], r: Render): string {
  const runs = typeof source === "string" ? parseInline(source) : source;
  return runs
    .map((run) => {
      switch (run.kind) {
        case "text":
          return r.text(run.text);
        case "em":
          return (r.em ?? ((s) => s))(render(run.runs, r));
        case "strong":
          return (r.strong ?? ((s) => s))(render(run.runs, r));
        case "ref":
          return r.ref ? r.ref(run.label) : "";
        case "link":
          return (r.link ?? ((s) => s))(render(run.runs, r), run.href);
      }
    })
    .join("");
}

/** The words as printed, without markup or note markers. */
export const plain = (source: Inline) => render(source, { text: (s) => s });

export const escapeHtml = (s: string) =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** URLs written out in a note: http(s) up to whitespace, without the sentence's closing punctuation. */
export const URL_PATTERN = /https?:\/\/[^\s<>"]*[^\s<>".,;:)]/g;

/** HTML text with written-out URLs turned into links, as editors and CMSs do when a URL is pasted. */
export function htmlAutolink(s: string, attrs = ""): string {
  let out = "";
  let last = 0;
  for (const m of s.matchAll(URL_PATTERN)) {
    out += escapeHtml(s.slice(last, m.index));
    out += `<a href="${escapeHtml(m[0])}"${attrs}>${escapeHtml(m[0])}</a>`;
    last = m.index + m[0].length;
  }
  return out + escapeHtml(s.slice(last));
}

/** The printed author line: "A and B", "A, B and C", with "By " when the text's byline says so. */
export function authorLine(text: CorpusText): string {
  const a = text.authors;
  const names = a.length === 1 ? a[0]! : `${a.slice(0, -1).join(", ")} and ${a[a.length - 1]}`;
  return text.byline === "by" ? `By ${names}` : names;
}

/** "Institute for Mekong Connectivity Studies" → "IMCS": the capitals of the name's words. */
export function acronym(publisher: string): string {
  return publisher
    .split(/[\s–-]+/)
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w[0])
    .join("");
}

/** Lower-case words joined by hyphens, for URLs. */
export function urlSlug(s: string, max = 80): string {
  return s
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "")
    .slice(0, max)
    .replace(/-$/, "");
}

/** Wraps words at `width` columns; a word longer than the width stays whole on its line. */
export function wrap(s: string, width: number, indent = ""): string {
  const lines: string[] = [];
  let line = "";
  for (const word of s.split(/ +/)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = indent + word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(line);
  return lines.join("\n");
}

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/** "2025-04-29" → "29 April 2025". */
export const longDate = (iso: string) => {
  const [y, m, d] = iso.split("-").map(Number);
  return `${d} ${MONTHS[m! - 1]} ${y}`;
};

/** Producers of Markdown and plain-text files, and the Markdown pandoc reads for the others. */
import { authorLine, parseInline, plain, render, URL_PATTERN, wrap, type Run } from "../inline";
import type { Block, CorpusText, Inline } from "../spec";

const noteLabels = (text: CorpusText) => Object.keys(text.notes);

/** Markdown as a person writes it: `$` and brackets left alone, *italic*, **bold**, [^n]. */
const authored = (s: Inline) =>
  render(s, { text: (t) => t, em: (x) => `*${x}*`, strong: (x) => `**${x}**`, ref: (l) => `[^${l}]`, link: (x, h) => `[${x}](${h})` });

function markdownBlocks(blocks: Block[], inline: (s: Inline) => string, heading = "## "): string[] {
  return blocks.map((b) => {
    if ("heading" in b) return `${heading}${inline(b.heading)}`;
    if ("paragraph" in b) return inline(b.paragraph);
    return b.list.map((item) => `- ${inline(item)}`).join("\n");
  });
}

const yamlString = (s: string) => JSON.stringify(s);

/** `markdown`: YAML front matter, ## headings, [^n] footnotes defined at the end, back matter after a rule. */
export function markdown(text: CorpusText): string {
  const front = [
    "---",
    `title: ${yamlString(text.title)}`,
    "author:",
    ...text.authors.map((a) => `  - ${yamlString(a)}`),
    `date: ${text.date}`,
    `publisher: ${yamlString(text.publisher)}`,
    ...(text.series ? [`series: ${yamlString(text.series)}`] : []),
    "---",
  ].join("\n");
  const parts = [
    front,
    ...markdownBlocks(text.body, authored),
    "---",
    ...markdownBlocks(text.back, authored),
    ...noteLabels(text).map((l) => `[^${l}]: ${authored(text.notes[l]!)}`),
  ];
  return parts.join("\n\n") + "\n";
}

/** `markdown-header`: no YAML; the header block as printed lines, then the body, back matter, notes. */
export function markdownHeader(text: CorpusText): string {
  const parts = [
    ...(text.series ? [text.series] : []),
    `# ${text.title}`,
    authorLine(text),
    text.dateText,
    ...markdownBlocks(text.body, authored),
    ...markdownBlocks(text.back, authored),
    ...noteLabels(text).map((l) => `[^${l}]: ${authored(text.notes[l]!)}`),
  ];
  return parts.join("\n\n") + "\n";
}

/**
 * `text-plain`: what copying from a PDF viewer gives: lines broken at the page width, [1] markers, the
 * notes numbered under a final "Notes" (or "Endnotes") line. Footnoted texts have the back matter
 * after the notes; endnoted ones before them, as in the PDF.
 */
export function textPlain(text: CorpusText): string {
  const width = 92;
  const inline = (s: Inline) => render(s, { text: (t) => t, ref: (l) => `[${l}]` });
  const blocks = (list: Block[]) =>
    list.map((b) => {
      if ("heading" in b) return inline(b.heading);
      if ("paragraph" in b) return wrap(inline(b.paragraph), width);
      return b.list.map((item) => wrap(`• ${inline(item)}`, width, "  ")).join("\n");
    });
  const header = [...(text.series ? [text.series] : []), text.title, authorLine(text), text.dateText];
  const notes = [
    text.notesAs === "endnotes" ? "Endnotes" : "Notes",
    ...noteLabels(text).map((l) => wrap(`${l}. ${plain(text.notes[l]!)}`, width)),
  ];
  const back = blocks(text.back);
  const parts =
    text.notesAs === "endnotes"
      ? [...header, ...blocks(text.body), ...back, ...notes]
      : [...header, ...blocks(text.body), ...notes, ...back];
  return parts.join("\n\n") + "\n";
}

/** Backslash-escapes as HTML-to-Markdown exporters write them (Turndown's set). */
const cmsEscape = (s: string) => s.replace(/([\\$_*[\]`])/g, "\\$1");

/** Escapes text but keeps the written-out URLs' own characters apart from `_`, which exporters escape. */
function cmsText(s: string): string {
  let out = "";
  let last = 0;
  for (const m of s.matchAll(URL_PATTERN)) {
    out += cmsEscape(s.slice(last, m.index));
    out += m[0].replace(/_/g, "\\_");
    last = m.index + m[0].length;
  }
  return out + cmsEscape(s.slice(last));
}

/** A heading as CMS exports write it: bold, or emphasis opening after the first letter ("S*ummary*"). */
function cmsHeading(heading: string, index: number): string {
  const firstWord = heading.split(" ")[0]!;
  if (index % 2 === 1 && firstWord.length >= 3) return `${cmsText(heading[0]!)}*${cmsText(heading.slice(1))}*`;
  return `**${cmsText(heading)}**`;
}

/**
 * `text-markdown`: Markdown pasted from a CMS into a .txt. Escaped `$`, `_`, brackets; headings as
 * bold or broken emphasis; the first list typed as "* " paragraphs, which the exporter escaped to
 * "\*"; [^n] markers and definitions; in the notes, the first quoted title written as a link to "#"
 * and the second as a link to the note's own URL.
 */
export function textMarkdown(text: CorpusText): string {
  const inline = (s: Inline | Run[]) =>
    render(s, { text: cmsText, em: (x) => `*${x}*`, strong: (x) => `**${x}**`, ref: (l) => `[^${l}]` });
  let headings = 0;
  let lists = 0;
  const blocks = (list: Block[]) =>
    list.map((b) => {
      if ("heading" in b) return cmsHeading(plain(b.heading), headings++);
      if ("paragraph" in b) return inline(b.paragraph);
      const bullet = lists++ === 0 ? "\\* " : "* ";
      return b.list.map((item) => `${bullet}${inline(item)}`).join(bullet === "\\* " ? "\n\n" : "\n");
    });
  let linked = 0;
  const note = (label: string) => {
    const source = text.notes[label]!;
    const title = /“([^”]+?)[,.]?”/.exec(source);
    const url = source.match(URL_PATTERN)?.[0];
    if (title && linked < 2) {
      const target = linked === 0 ? "#" : url;
      if (target) {
        linked++;
        const start = title.index + 1;
        const end = start + title[1]!.length;
        return `${inline(parseInline(source.slice(0, start)))}[${inline(parseInline(title[1]!))}](${target})${inline(parseInline(source.slice(end)))}`;
      }
    }
    return inline(source);
  };
  const parts = [
    ...(text.series ? [cmsText(text.series)] : []),
    `**${cmsText(text.title)}**`,
    cmsText(authorLine(text)),
    cmsText(text.dateText),
    ...blocks(text.body),
    ...blocks(text.back),
    ...noteLabels(text).map((l) => `[^${l}]: ${note(l)}`),
  ];
  return parts.join("\n\n") + "\n";
}

/** Markdown for pandoc's readers: every special character escaped so nothing is read as markup. */
const pandocEscape = (s: string) => s.replace(/([\\`*_{}[\]<>#+!$^~|@])/g, "\\$1");

/**
 * The document the pandoc-based producers start from: title, authors and date in YAML (the series
 * label and author line go to the templates as variables), ## headings, back matter after a rule,
 * footnotes. Written-out URLs become autolinks.
 */
export function pandocSource(text: CorpusText): string {
  const esc = (s: string) => {
    let out = "";
    let last = 0;
    for (const m of s.matchAll(URL_PATTERN)) {
      out += pandocEscape(s.slice(last, m.index)) + `<${m[0]}>`;
      last = m.index + m[0].length;
    }
    return out + pandocEscape(s.slice(last));
  };
  const inline = (s: Inline) => render(s, { text: esc, em: (x) => `*${x}*`, strong: (x) => `**${x}**`, ref: (l) => `[^${l}]` });
  const meta = { title: text.title, date: text.dateText };
  const front = [
    "---",
    ...Object.entries(meta).map(([k, v]) => `${k}: ${yamlString(v)}`),
    "author:",
    ...text.authors.map((a) => `  - ${yamlString(a)}`),
    "---",
  ].join("\n");
  const parts = [
    front,
    ...markdownBlocks(text.body, inline),
    "* * *",
    ...markdownBlocks(text.back, inline),
    ...noteLabels(text).map((l) => `[^${l}]: ${inline(text.notes[l]!)}`),
  ];
  return parts.join("\n\n") + "\n";
}

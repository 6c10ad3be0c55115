import type { Block, BriefDocument, Inline, SourcesAnnex, StyledRun } from "@/lib/briefs/document";
import {
  APPENDIX_COLUMNS,
  appendixRow,
  MISSING_CLAIM,
  SINGLE_ORIGIN_TITLE,
  singleOriginLine,
  SOURCE_DESCRIPTORS_TITLE,
  sourceDescriptorLines,
  SOURCES_TITLE,
  titleBlockLines,
} from "./brief-text";

/** Backslash-escapes what Markdown would read as syntax, so text always stays text. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*_[\]<>|~{}]/g, "\\$&")
    .replace(/^(\s*)([#>+-]|\d+[.)])(?=\s|$)/gm, (_, space: string, mark: string) => `${space}${mark.replace(/[#>+\-.)]/, "\\$&")}`);
}

/** Safe link targets only: anything else (javascript:, data:) prints as its text. */
export function isSafeUrl(url: string): boolean {
  return /^(https?:|mailto:)/i.test(url.trim());
}

function wrap(text: string, marker: string): string {
  const match = /^(\s*)([\s\S]*?)(\s*)$/.exec(text)!;
  return match[2] ? `${match[1]}${marker}${match[2]}${marker}${match[3]}` : text;
}

function codeSpan(text: string): string {
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const fence = "`".repeat(longest + 1);
  const pad = text.startsWith("`") || text.endsWith("`") ? " " : "";
  return `${fence}${pad}${text}${pad}${fence}`;
}

function renderInlines(inlines: Inline[], inTable = false): string {
  return inlines
    .map((inline) => {
      switch (inline.kind) {
        case "text": {
          if (inline.code) return codeSpan(inline.text);
          let text = escapeMarkdown(inline.text);
          if (inTable) text = text.replace(/\n/g, " ");
          if (inline.strike) text = wrap(text, "~~");
          if (inline.italic) text = wrap(text, "*");
          if (inline.bold) text = wrap(text, "**");
          return text;
        }
        case "link": {
          const label = renderInlines(inline.children, inTable);
          return isSafeUrl(inline.url) ? `[${label}](<${inline.url.replace(/[<>\s]/g, encodeURIComponent)}>)` : label;
        }
        case "footnote":
          return `[^${inline.n}]`;
        case "citation":
          return escapeMarkdown(inline.text);
        case "missing-claim":
          return `**${escapeMarkdown(MISSING_CLAIM)}**`;
        case "break":
          return inTable ? " " : "\\\n";
      }
    })
    .join("");
}

/** A note or entry as its citation style sets it: italic and bold runs marked, the rest (small capitals, superscript) as plain text. */
function styledText(entry: { text: string; runs?: StyledRun[] }): string {
  if (!entry.runs?.length) return escapeMarkdown(entry.text);
  return entry.runs
    .map((run) => {
      let text = escapeMarkdown(run.text);
      if (run.italic) text = wrap(text, "*");
      if (run.bold) text = wrap(text, "**");
      return text;
    })
    .join("");
}

const indent = (text: string, by: string) => text.replace(/\n(?=.)/g, `\n${by}`);

function renderBlock(block: Block, headingShift: number): string {
  switch (block.kind) {
    case "heading":
      return `${"#".repeat(Math.min(6, block.level + headingShift))} ${renderInlines(block.children).replace(/\\\n/g, " ")}`;
    case "paragraph":
      return renderInlines(block.children);
    case "list":
      return block.items
        .map((item, i) => {
          const marker = block.ordered ? `${i + 1}. ` : "- ";
          // A list nested right under the item's first line stays tight, as Markdown authors write it.
          const body = item.map((b, j) => (j > 0 ? (b.kind === "list" ? "\n" : "\n\n") : "") + renderBlock(b, headingShift)).join("");
          return `${marker}${indent(body, " ".repeat(marker.length))}`;
        })
        .join("\n");
    case "quote":
      return block.children
        .map((b) => renderBlock(b, headingShift))
        .join("\n\n")
        .split("\n")
        .map((line) => (line ? `> ${line}` : ">"))
        .join("\n");
    case "code": {
      const longest = Math.max(2, ...(block.text.match(/`{3,}/g) ?? []).map((run) => run.length));
      const fence = "`".repeat(longest + 1);
      return `${fence}\n${block.text}\n${fence}`;
    }
    case "table":
      return renderTable(block.header.map((cell) => renderInlines(cell, true)), block.rows.map((row) => row.map((cell) => renderInlines(cell, true))));
    case "rule":
      return "---";
  }
}

function renderTable(header: string[], rows: string[][]): string {
  const width = Math.max(header.length, ...rows.map((r) => r.length));
  const line = (cells: string[]) => `| ${Array.from({ length: width }, (_, i) => cells[i] || " ").join(" | ")} |`;
  return [line(header), `|${" --- |".repeat(width)}`, ...rows.map(line)].join("\n");
}

/**
 * The brief as Markdown with [^n] footnotes (GitHub, Pandoc and Obsidian read them), a bibliography and the optional appendix.
 * A marked brief starts with YAML front matter naming its marking (Pandoc and static-site tools read it), and the marking
 * stands on a line of its own at the top and the bottom.
 */
export function writeBriefMarkdown(document: BriefDocument): string {
  const parts: string[] = [];
  const marking = document.marking ? `**${escapeMarkdown(document.marking)}**` : null;
  if (document.marking) parts.push(frontMatter(document, document.marking), marking!);
  parts.push(`# ${escapeMarkdown(document.title)}`);
  if (document.summary) parts.push(`*${escapeMarkdown(document.summary)}*`);
  const meta = titleBlockLines(document);
  if (meta.length) parts.push(meta.map(([label, value]) => `**${label}:** ${escapeMarkdown(value)}`).join("  \n"));
  for (const block of document.blocks) parts.push(renderBlock(block, 1));
  if (document.bibliography.length) {
    parts.push(`## ${document.bibliographyTitle}`, document.bibliography.map((entry) => `- ${styledText(entry)}`).join("\n"));
  }
  if (document.sources) parts.push(...sourcesAnnex(document.sources));
  if (document.appendix?.length) {
    parts.push(
      "## Appendix: claims used",
      renderTable([...APPENDIX_COLUMNS], document.appendix.map((claim) => appendixRow(claim).map((cell) => escapeMarkdown(cell).replace(/\n/g, " ")))),
    );
  }
  // Before the notes, which Markdown readers gather at the end whatever their place.
  if (marking) parts.push(marking);
  if (document.footnotes.length) {
    parts.push(document.footnotes.map((note) => `[^${note.n}]: ${indent(styledText(note), "    ")}`).join("\n"));
  }
  return `${parts.join("\n\n")}\n`;
}

/** The Sources annex: the statement, then each source as a numbered item with its descriptor's lines, then the single-origin claims. */
function sourcesAnnex(annex: SourcesAnnex): string[] {
  const parts = [`## ${SOURCES_TITLE}`, escapeMarkdown(annex.statement)];
  if (annex.sources.length) {
    const items = annex.sources.map((source) => {
      const lines = sourceDescriptorLines(source).map(([label, value]) => `**${label}:** ${escapeMarkdown(value).replace(/\n/g, " ")}`);
      const marker = `${source.n}. `;
      return `${marker}${[`**${escapeMarkdown(source.title)}**`, ...lines].join(`  \n${" ".repeat(marker.length)}`)}`;
    });
    parts.push(`### ${SOURCE_DESCRIPTORS_TITLE}`, items.join("\n"));
  }
  if (annex.singleOrigin.length) {
    parts.push(`### ${SINGLE_ORIGIN_TITLE}`, annex.singleOrigin.map((claim) => `- ${escapeMarkdown(singleOriginLine(claim)).replace(/\n/g, " ")}`).join("\n"));
  }
  return parts;
}

/** YAML front matter; values as double-quoted scalars (JSON's escapes are YAML's). */
function frontMatter(document: BriefDocument, marking: string): string {
  const fields: [string, string][] = [
    ["title", document.title],
    ["marking", marking],
    ["date", document.date],
    ["status", document.status],
  ];
  return ["---", ...fields.map(([key, value]) => `${key}: ${JSON.stringify(value)}`), "---"].join("\n");
}

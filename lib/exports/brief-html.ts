import type { Block, BriefDocument, Inline, SourcesAnnex, StyledRun } from "@/lib/briefs/document";
import { isSafeUrl } from "./brief-markdown";
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

/**
 * What the HTML file may do when opened: show itself with its own inline styles. No
 * scripts, no fetches, no forms; links still work because they are navigations.
 */
export const BRIEF_HTML_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

const ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
export const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => ENTITIES[c]!);

const STYLE = `
:root { color-scheme: light; }
body { font: 11pt/1.5 Georgia, "Times New Roman", serif; color: #1c1917; max-width: 46rem; margin: 2rem auto; padding: 0 1.5rem; }
h1, h2, h3, h4, h5, h6 { font-family: "Helvetica Neue", Arial, sans-serif; line-height: 1.25; margin: 1.6em 0 0.5em; page-break-after: avoid; break-after: avoid; }
h1 { font-size: 1.8em; margin-top: 0; }
.summary { font-size: 1.1em; font-style: italic; }
.sc { font-variant: small-caps; }
.meta { color: #57534e; margin: 0 0 2em; }
.meta dt { font-weight: bold; display: inline; }
.meta dd { display: inline; margin: 0; }
.meta dd::after { content: ""; display: block; }
a { color: #1d4ed8; }
sup a { text-decoration: none; }
.missing { color: #b91c1c; font-weight: bold; background: #fee2e2; padding: 0 0.2em; }
table { border-collapse: collapse; width: 100%; margin: 1em 0; font-size: 0.95em; }
th, td { border: 1px solid #a8a29e; padding: 0.3em 0.5em; text-align: left; vertical-align: top; }
thead th { background: #f5f5f4; }
tr { page-break-inside: avoid; break-inside: avoid; }
blockquote { border-left: 3px solid #d6d3d1; margin: 1em 0; padding-left: 1em; color: #44403c; }
pre, code { font-family: "SFMono-Regular", Consolas, monospace; font-size: 0.9em; }
pre { background: #f5f5f4; padding: 0.75em; white-space: pre-wrap; }
.footnotes { font-size: 0.9em; border-top: 1px solid #d6d3d1; margin-top: 2em; }
.footnotes li:target { background: #fef9c3; }
.bibliography li { margin-bottom: 0.4em; }
.sources-annex .descriptors > li { margin-bottom: 0.8em; }
.sources-annex dl { margin: 0.2em 0 0; }
.sources-annex dt { font-weight: bold; display: inline; }
.sources-annex dd { display: inline; margin: 0; }
.sources-annex dd::after { content: ""; display: block; }
.sources-annex .retracted { color: #b91c1c; }
.marking { font-family: "Helvetica Neue", Arial, sans-serif; font-weight: bold; letter-spacing: 0.05em; text-align: center; margin: 0 0 1.5em; padding: 0.2em 0; border-top: 1px solid #a8a29e; border-bottom: 1px solid #a8a29e; }
.marking-bottom { margin: 2em 0 0; }
@page { margin: 2cm; }
@media print {
  body { margin: 0; max-width: none; padding: 0; font-size: 10.5pt; }
  a { color: inherit; }
  .footnotes a[href^="#"] { display: none; }
  .appendix { page-break-before: always; break-before: page; }
}
`;

function inlines(list: Inline[], refs: Set<number>): string {
  return list
    .map((inline) => {
      switch (inline.kind) {
        case "text": {
          let html = escapeHtml(inline.text);
          if (inline.code) html = `<code>${html}</code>`;
          if (inline.strike) html = `<s>${html}</s>`;
          if (inline.italic) html = `<em>${html}</em>`;
          if (inline.bold) html = `<strong>${html}</strong>`;
          return html;
        }
        case "link": {
          const label = inlines(inline.children, refs);
          return isSafeUrl(inline.url) ? `<a href="${escapeHtml(inline.url)}" rel="noopener noreferrer">${label}</a>` : label;
        }
        case "footnote": {
          // The first reference to a note is the one its back-link returns to.
          const id = refs.has(inline.n) ? "" : ` id="fnref-${inline.n}"`;
          refs.add(inline.n);
          return `<sup class="footnote-ref"><a href="#fn-${inline.n}"${id}>${inline.n}</a></sup>`;
        }
        case "citation":
          return escapeHtml(inline.text);
        case "missing-claim":
          return `<span class="missing" title="A claim this brief refers to no longer exists">${escapeHtml(MISSING_CLAIM)}</span>`;
        case "break":
          return "<br>";
      }
    })
    .join("");
}

function block(b: Block, refs: Set<number>): string {
  switch (b.kind) {
    case "heading": {
      const level = Math.min(6, b.level + 1);
      return `<h${level}>${inlines(b.children, refs)}</h${level}>`;
    }
    case "paragraph":
      return `<p>${inlines(b.children, refs)}</p>`;
    case "list": {
      const tag = b.ordered ? "ol" : "ul";
      return `<${tag}>${b.items.map((item) => `<li>${item.map((x) => block(x, refs)).join("")}</li>`).join("")}</${tag}>`;
    }
    case "quote":
      return `<blockquote>${b.children.map((x) => block(x, refs)).join("")}</blockquote>`;
    case "code":
      return `<pre><code>${escapeHtml(b.text)}</code></pre>`;
    case "table":
      return table(
        b.header.map((cell) => inlines(cell, refs)),
        b.rows.map((row) => row.map((cell) => inlines(cell, refs))),
      );
    case "rule":
      return "<hr>";
  }
}

function table(header: string[], rows: string[][]): string {
  const head = `<thead><tr>${header.map((h) => `<th scope="col">${h}</th>`).join("")}</tr></thead>`;
  return `<table>${head}<tbody>${rows.map((row) => `<tr>${row.map((c) => `<td>${c}</td>`).join("")}</tr>`).join("")}</tbody></table>`;
}

/**
 * The brief as one self-contained, printable HTML file: inline styles, no scripts and no
 * external resources; every text is escaped. Footnotes are a numbered list with links back
 * to the first place each is cited. A handling marking is a banner at the top and the bottom
 * of the document and, printed, in the top and bottom margins of every page.
 */
export function writeBriefHtml(document: BriefDocument): string {
  const refs = new Set<number>();
  const meta = titleBlockLines(document);
  const body = document.blocks.map((b) => block(b, refs)).join("\n");
  const marking = document.marking ? escapeHtml(document.marking) : null;
  const parts = [
    marking ? `<div class="marking marking-top" role="note" aria-label="Handling marking">${marking}</div>` : "",
    `<header><h1>${escapeHtml(document.title)}</h1>`,
    document.summary ? `<p class="summary">${escapeHtml(document.summary)}</p>` : "",
    meta.length ? `<dl class="meta">${meta.map(([label, value]) => `<dt>${label}:</dt> <dd>${escapeHtml(value)}</dd>`).join("")}</dl>` : "",
    `</header>`,
    `<main>${body}</main>`,
  ];
  if (document.footnotes.length) {
    const items = document.footnotes.map((note) => {
      const back = refs.has(note.n) ? ` <a href="#fnref-${note.n}" aria-label="Back to the text">↩</a>` : "";
      return `<li id="fn-${note.n}" value="${note.n}">${styledHtml(note)}${back}</li>`;
    });
    parts.push(`<section class="footnotes" aria-labelledby="notes-title"><h2 id="notes-title">Notes</h2><ol>${items.join("")}</ol></section>`);
  }
  if (document.bibliography.length) {
    parts.push(`<section class="bibliography"><h2>${escapeHtml(document.bibliographyTitle)}</h2><ul>${document.bibliography.map((e) => `<li>${styledHtml(e)}</li>`).join("")}</ul></section>`);
  }
  if (document.sources) parts.push(sourcesAnnex(document.sources));
  if (document.appendix?.length) {
    parts.push(
      `<section class="appendix"><h2>Appendix: claims used</h2>${table(
        APPENDIX_COLUMNS.map((c) => escapeHtml(c)),
        document.appendix.map((claim) => appendixRow(claim).map(escapeHtml)),
      )}</section>`,
    );
  }
  if (marking) parts.push(`<div class="marking marking-bottom" role="note" aria-label="Handling marking">${marking}</div>`);
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${BRIEF_HTML_CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Claimwork">
<title>${escapeHtml(document.title)}</title>
<style>${STYLE}${document.marking ? pageMarking(document.marking) : ""}</style>
</head>
<body>
${parts.filter(Boolean).join("\n")}
</body>
</html>
`;
}

/** The Sources annex: its statement, a numbered list of source descriptors, and the claims resting on a single origin. */
function sourcesAnnex(annex: SourcesAnnex): string {
  const descriptors = annex.sources.map((source) => {
    const lines = sourceDescriptorLines(source).map(([label, value]) => {
      const html = label === "Access" ? linkify(value) : escapeHtml(value);
      return `<dt>${label}:</dt> <dd${label === "Status" ? ' class="retracted"' : ""}>${html}</dd>`;
    });
    return `<li value="${source.n}"><strong>${escapeHtml(source.title)}</strong><dl>${lines.join("")}</dl></li>`;
  });
  const parts = [
    `<section class="sources-annex" aria-labelledby="sources-title"><h2 id="sources-title">${SOURCES_TITLE}</h2>`,
    `<p class="source-summary">${escapeHtml(annex.statement)}</p>`,
    descriptors.length ? `<h3>${SOURCE_DESCRIPTORS_TITLE}</h3><ol class="descriptors">${descriptors.join("")}</ol>` : "",
    annex.singleOrigin.length ? `<h3>${SINGLE_ORIGIN_TITLE}</h3><ul>${annex.singleOrigin.map((claim) => `<li>${escapeHtml(singleOriginLine(claim))}</li>`).join("")}</ul>` : "",
    `</section>`,
  ];
  return parts.join("");
}

/** The marking in the top and bottom margins of every printed page (CSS page-margin boxes). */
function pageMarking(marking: string): string {
  const text = `"${cssString(marking)}"`;
  const box = `content: ${text}; font: bold 9pt "Helvetica Neue", Arial, sans-serif; letter-spacing: 0.05em;`;
  return `@page { @top-center { ${box} } @bottom-center { ${box} } }\n`;
}

/** A CSS string's contents: quotes, backslashes and line ends escaped, and "<" so that nothing closes the style element. */
function cssString(text: string): string {
  return text.replace(/[\\"<>\n\r]/g, (c) => `\\${c.charCodeAt(0).toString(16)} `);
}

/** Escapes a reference's text and makes its web addresses clickable. */
/** A note or entry as its citation style sets it (titles in italics, …), its addresses as links. */
function styledHtml(entry: { text: string; runs?: StyledRun[] }): string {
  if (!entry.runs?.length) return linkify(entry.text);
  return entry.runs
    .map((run) => {
      let html = linkify(run.text);
      if (run.italic) html = `<i>${html}</i>`;
      if (run.bold) html = `<b>${html}</b>`;
      if (run.smallCaps) html = `<span class="sc">${html}</span>`;
      if (run.superscript) html = `<sup>${html}</sup>`;
      return html;
    })
    .join("");
}

function linkify(text: string): string {
  return text
    .split(/(https?:\/\/[^\s<>"]+[^\s<>".,;:!?)\]'’”])/)
    .map((part, i) => (i % 2 === 1 ? `<a href="${escapeHtml(part)}" rel="noopener noreferrer">${escapeHtml(part)}</a>` : escapeHtml(part)))
    .join("");
}

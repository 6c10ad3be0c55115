/**
 * Producers built on pandoc: standalone HTML, DOCX, LaTeX → pdflatex (one and two columns), and the
 * ODT the LibreOffice producers convert.
 */
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { acronym, authorLine, escapeHtml } from "../inline";
import type { CorpusText } from "../spec";
import { epochOf, mustReplace, patchZip, run, runBytes, stabilisePdf, workDir } from "../tools";
import { pandocSource } from "./text";

const sourceDateEnv = (text: CorpusText) => ({ SOURCE_DATE_EPOCH: String(epochOf(text.date)), FORCE_SOURCE_DATE: "1" });
const mtimeOf = (text: CorpusText) => new Date(epochOf(text.date) * 1000);

function writeSource(text: CorpusText, dir: string): string {
  const file = path.join(dir, "source.md");
  writeFileSync(file, pandocSource(text));
  return file;
}

/** `html-pandoc`: `pandoc -s`, the series label included before the title block. */
export function htmlPandoc(text: CorpusText, out: string): void {
  const dir = workDir(text.slug, "html-pandoc");
  const source = writeSource(text, dir);
  const args = ["-s", "-f", "markdown", "-t", "html5", "-o", out, source];
  if (text.series) {
    const before = path.join(dir, "series.html");
    writeFileSync(before, `<p class="series">${escapeHtml(text.series)}</p>\n`);
    args.unshift("--include-before-body", before);
  }
  run("pandoc", args, { env: sourceDateEnv(text) });
}

const xmlEscape = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const wRun = (s: string) => `<w:r><w:t xml:space="preserve">${xmlEscape(s)}</w:t></w:r>`;

/**
 * `docx-pandoc`: pandoc's DOCX (Title, Author, Date styles, Word footnotes). Pandoc has no slot above
 * the title, so the series label is added there as a paragraph in a "Series Label" style, and the
 * authors become the one author line the text prints.
 */
export async function docxPandoc(text: CorpusText, out: string): Promise<void> {
  const dir = workDir(text.slug, "docx-pandoc");
  run("pandoc", ["-f", "markdown", "-t", "docx", "-o", out, writeSource(text, dir)], { env: sourceDateEnv(text) });
  await patchZip(out, mtimeOf(text), {
    "word/document.xml": (xml) => {
      let doc = mustReplace(
        xml,
        /(<w:p><w:pPr><w:pStyle w:val="Author" \/><\/w:pPr>(?:(?!<\/w:p>).)*<\/w:p>)+/,
        `<w:p><w:pPr><w:pStyle w:val="Author" /></w:pPr>${wRun(authorLine(text))}</w:p>`,
        "docx author paragraphs",
      );
      if (text.series) {
        doc = mustReplace(
          doc,
          /<w:body><w:p><w:pPr><w:pStyle w:val="Title" \/>/,
          `<w:body><w:p><w:pPr><w:pStyle w:val="SeriesLabel" /></w:pPr>${wRun(text.series)}</w:p><w:p><w:pPr><w:pStyle w:val="Title" />`,
          "docx title",
        );
      }
      return doc;
    },
    "word/styles.xml": (xml) =>
      mustReplace(
        xml,
        /<\/w:styles>\s*$/,
        `<w:style w:type="paragraph" w:customStyle="1" w:styleId="SeriesLabel"><w:name w:val="Series Label" /><w:basedOn w:val="Normal" /><w:next w:val="Title" /><w:qFormat /><w:pPr><w:spacing w:before="0" w:after="120" /></w:pPr><w:rPr><w:caps /><w:color w:val="1F4E79" /><w:spacing w:val="20" /><w:sz w:val="18" /><w:szCs w:val="18" /></w:rPr></w:style></w:styles>`,
        "docx styles",
      ),
  });
}

/** LaTeX for text written in header macros. */
const texEscape = (s: string) =>
  s
    .replace(/\\/g, "\\textbackslash{}")
    .replace(/([&%$#_{}])/g, "\\$1")
    .replace(/~/g, "\\textasciitilde{}")
    .replace(/\^/g, "\\textasciicircum{}");

const ACCENTS: Record<string, string> = {
  "\u0300": "\\`",
  "\u0301": "\\'",
  "\u0302": "\\^",
  "\u0303": "\\~",
  "\u0306": "\\u",
  "\u0308": '\\"',
  "\u0323": "\\d",
};

/**
 * pdflatex with inputenc knows Latin-1 and Latin Extended-A but not Vietnamese letters: they are
 * declared as stacked accents, as a LaTeX user without vntex would do, each wrapped in an ActualText
 * span (what the accsupp package writes) so the text layer keeps the letter. Anything else unknown fails.
 */
function unicodeDeclarations(source: string): string {
  const chars = new Set([...source].filter((c) => /[\u1E00-\u1EFF\u01A0-\u01B0]/u.test(c)));
  if (chars.size === 0) return "";
  // The span starts and ends with the bare letter in invisible text (mode 3 Tr), drawn under the
  // accented one: text extraction then places the letter on the baseline, without gaps around it.
  const invisible = (x: string) => `\\pdfliteral direct{3 Tr}${x}\\pdfliteral direct{0 Tr}`;
  const actualText = `\\newcommand{\\actualtext}[3]{\\pdfliteral direct{/Span <</ActualText <FEFF#1>>> BDC}${invisible("#3")}\\llap{#2}\\llap{${invisible("#3")}}\\pdfliteral direct{EMC}}`;
  return [actualText, ...[...chars]
    .sort()
    .map((c) => {
      const [base, ...marks] = [...c.normalize("NFD")];
      let tex = base!;
      for (const m of marks) {
        const accent = ACCENTS[m];
        if (!accent) throw new Error(`pdflatex: no way to write ${c} (U+${c.codePointAt(0)!.toString(16)})`);
        tex = `${accent}{${tex}}`;
      }
      const hex = c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0");
      return `\\DeclareUnicodeCharacter{${hex}}{\\actualtext{${hex}}{${tex}}{${base}}}`;
    })]
    .join("\n");
}

/** The header's short title: up to the colon, if any. */
const shortTitle = (title: string) => (title.length > 55 && title.includes(":") ? title.slice(0, title.indexOf(":")) : title);

/**
 * `pdf-pdftex` and `pdf-pdftex-2col`: pandoc → LaTeX (article, Times, A4, page footnotes, running
 * header and page numbers, the series label small above a bold title) → pdflatex.
 */
export function pdfPdftex(text: CorpusText, out: string, columns: 1 | 2): void {
  const dir = workDir(text.slug, columns === 2 ? "pdf-pdftex-2col" : "pdf-pdftex");
  const source = writeSource(text, dir);
  const headerLeft = texEscape(text.series ?? acronym(text.publisher));
  const header = [
    "\\usepackage{fancyhdr}",
    "\\pagestyle{fancy}",
    "\\fancyhf{}",
    `\\fancyhead[L]{\\footnotesize\\itshape ${headerLeft}}`,
    `\\fancyhead[R]{\\footnotesize\\itshape ${texEscape(shortTitle(text.title))}}`,
    "\\fancyfoot[C]{\\small\\thepage}",
    "\\renewcommand{\\headrulewidth}{0.4pt}",
    "\\makeatletter",
    "\\renewcommand{\\@maketitle}{%",
    "  \\newpage\\null\\vskip 1em",
    text.series ? `  {\\small\\scshape ${texEscape(text.series)}\\par}\\vskip 0.6em` : "",
    "  {\\LARGE\\bfseries\\raggedright \\@title\\par}\\vskip 1.2em",
    `  {\\large ${texEscape(authorLine(text))}\\par}\\vskip 0.4em`,
    "  {\\normalsize \\@date\\par}\\vskip 1.5em}",
    "\\makeatother",
    unicodeDeclarations(readFileSync(source, "utf8")),
  ]
    .filter(Boolean)
    .join("\n");
  const headerFile = path.join(dir, "header.tex");
  writeFileSync(headerFile, header + "\n");
  const tex = path.join(dir, "document.tex");
  run(
    "pandoc",
    [
      "-s",
      "-f",
      "markdown",
      "-t",
      "latex",
      "-V",
      "documentclass=article",
      "-V",
      `classoption=a4paper${columns === 2 ? ",twocolumn" : ""}`,
      "-V",
      `fontsize=${columns === 2 ? "10pt" : "11pt"}`,
      "-V",
      `geometry=margin=${columns === 2 ? "2cm" : "2.5cm"}`,
      "-V",
      "fontfamily=mathptmx",
      "-H",
      headerFile,
      "-o",
      tex,
      source,
    ],
    { env: sourceDateEnv(text) },
  );
  run("pdflatex", ["-interaction=nonstopmode", "-halt-on-error", "document.tex"], { cwd: dir, env: sourceDateEnv(text) });
  writeFileSync(out, readFileSync(path.join(dir, "document.pdf")));
  stabilisePdf(out, text.date, `${text.slug}:${columns}`);
}

// --- ODT for LibreOffice --------------------------------------------------------------------------

const CM = (n: number) => `${n}cm`;

/** Styles the LibreOffice documents use, replacing the defaults of pandoc's reference.odt. */
function officeStyles(text: CorpusText): { styles: string; automatic: string; master: string } {
  const serif = `style:font-name="Liberation Serif"`;
  const sans = `style:font-name="Liberation Sans"`;
  const styles = `
    <style:style style:name="Heading" style:family="paragraph" style:parent-style-name="Standard" style:next-style-name="Text_20_body" style:class="text">
      <style:paragraph-properties fo:margin-top="0.42cm" fo:margin-bottom="0.21cm" style:contextual-spacing="false" fo:keep-with-next="always" />
      <style:text-properties ${sans} fo:font-size="13pt" />
    </style:style>
    <style:style style:name="Heading_20_2" style:display-name="Heading 2" style:family="paragraph" style:parent-style-name="Heading" style:next-style-name="Text_20_body" style:default-outline-level="2" style:class="text">
      <style:text-properties fo:font-size="13pt" fo:font-weight="bold" style:font-weight-asian="bold" style:font-weight-complex="bold" fo:color="#1f3864" />
    </style:style>
    <style:style style:name="Text_20_body" style:display-name="Text body" style:family="paragraph" style:parent-style-name="Standard" style:class="text">
      <style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0.21cm" fo:line-height="115%" fo:text-align="justify" style:contextual-spacing="false" />
      <style:text-properties ${serif} fo:font-size="11pt" />
    </style:style>
    <style:style style:name="Series" style:family="paragraph" style:parent-style-name="Standard" style:next-style-name="Title" style:class="chapter">
      <style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0.2cm" />
      <style:text-properties ${sans} fo:font-size="9pt" fo:text-transform="uppercase" fo:letter-spacing="0.05cm" fo:color="#1f3864" />
    </style:style>
    <style:style style:name="Title" style:family="paragraph" style:parent-style-name="Standard" style:next-style-name="Author" style:class="chapter">
      <style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0.4cm" fo:line-height="105%" />
      <style:text-properties ${sans} fo:font-size="22pt" fo:font-weight="bold" style:font-weight-asian="bold" style:font-weight-complex="bold" />
    </style:style>
    <style:style style:name="Author" style:family="paragraph" style:parent-style-name="Standard" style:class="html">
      <style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0.1cm" />
      <style:text-properties ${sans} fo:font-size="11pt" fo:font-weight="bold" />
    </style:style>
    <style:style style:name="Date" style:family="paragraph" style:parent-style-name="Standard" style:class="html">
      <style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0.6cm" />
      <style:text-properties ${sans} fo:font-size="10pt" fo:color="#595959" />
    </style:style>
    <style:style style:name="Footnote" style:family="paragraph" style:parent-style-name="Standard" style:class="extra">
      <style:paragraph-properties fo:margin-left="0.4cm" fo:margin-right="0cm" fo:text-indent="-0.4cm" style:auto-text-indent="false" text:number-lines="false" text:line-number="0" />
      <style:text-properties ${serif} fo:font-size="9pt" style:font-size-asian="9pt" style:font-size-complex="9pt" />
    </style:style>
    <style:style style:name="Endnote" style:family="paragraph" style:parent-style-name="Standard" style:class="extra">
      <style:paragraph-properties fo:margin-left="0.5cm" fo:margin-right="0cm" fo:margin-bottom="0.1cm" fo:text-indent="-0.5cm" style:auto-text-indent="false" />
      <style:text-properties ${serif} fo:font-size="10pt" style:font-size-asian="10pt" style:font-size-complex="10pt" />
    </style:style>
    <style:style style:name="Header" style:family="paragraph" style:parent-style-name="Standard" style:class="extra">
      <style:paragraph-properties>
        <style:tab-stops><style:tab-stop style:position="${CM(16.6)}" style:type="right" /></style:tab-stops>
      </style:paragraph-properties>
      <style:text-properties ${sans} fo:font-size="8pt" fo:color="#595959" />
    </style:style>
    <style:style style:name="Footer" style:family="paragraph" style:parent-style-name="Standard" style:class="extra">
      <style:paragraph-properties fo:text-align="center" />
      <style:text-properties ${sans} fo:font-size="8pt" fo:color="#595959" />
    </style:style>`;
  const automatic = `<office:automatic-styles>
    <style:page-layout style:name="Mpm1">
      <style:page-layout-properties fo:page-width="21.001cm" fo:page-height="29.7cm" style:num-format="1" style:print-orientation="portrait" fo:margin-top="1.5cm" fo:margin-bottom="1.5cm" fo:margin-left="2.2cm" fo:margin-right="2.2cm" style:writing-mode="lr-tb" style:footnote-max-height="7.5cm">
        <style:footnote-sep style:width="0.018cm" style:distance-before-sep="0.1cm" style:distance-after-sep="0.1cm" style:line-style="solid" style:adjustment="left" style:rel-width="25%" style:color="#000000" />
      </style:page-layout-properties>
      <style:header-style><style:header-footer-properties fo:min-height="0cm" fo:margin-bottom="0.5cm" /></style:header-style>
      <style:footer-style><style:header-footer-properties fo:min-height="0cm" fo:margin-top="0.5cm" /></style:footer-style>
    </style:page-layout>
  </office:automatic-styles>`;
  const left = xmlEscape(text.series ?? text.publisher);
  const master = `<office:master-styles>
    <style:master-page style:name="Standard" style:page-layout-name="Mpm1">
      <style:header><text:p text:style-name="Header">${left}<text:tab />${xmlEscape(shortTitle(text.title))}</text:p></style:header>
      <style:footer><text:p text:style-name="Footer">Page <text:page-number text:select-page="current">1</text:page-number> of <text:page-count>1</text:page-count></text:p></style:footer>
    </style:master-page>
  </office:master-styles>`;
  return { styles, automatic, master };
}

const REPLACED_STYLES = ["Heading", "Heading_20_2", "Text_20_body", "Author", "Date", "Footnote", "Footer"];

function referenceOdt(text: CorpusText, dir: string): Promise<string> {
  const file = path.join(dir, "reference.odt");
  writeFileSync(file, runBytes("pandoc", ["--print-default-data-file", "reference.odt"]));
  const { styles, automatic, master } = officeStyles(text);
  return patchZip(file, mtimeOf(text), {
    "styles.xml": (xml) => {
      let s = xml;
      for (const name of REPLACED_STYLES) {
        s = mustReplace(s, new RegExp(`<style:style style:name="${name}"[^>]*[^/]>[\\s\\S]*?</style:style>`), "", `style ${name}`);
      }
      s = mustReplace(
        s,
        /<office:font-face-decls>/,
        `<office:font-face-decls>\n    <style:font-face style:name="Liberation Serif" svg:font-family="'Liberation Serif'" style:font-family-generic="roman" style:font-pitch="variable" />\n    <style:font-face style:name="Liberation Sans" svg:font-family="'Liberation Sans'" style:font-family-generic="swiss" style:font-pitch="variable" />`,
        "font faces",
      );
      s = mustReplace(s, /<\/office:styles>/, `${styles}\n  </office:styles>`, "office:styles");
      s = mustReplace(s, /<office:automatic-styles>[\s\S]*<\/office:automatic-styles>/, automatic, "automatic styles");
      s = mustReplace(s, /<office:master-styles>[\s\S]*<\/office:master-styles>/, master, "master styles");
      s = mustReplace(
        s,
        /<text:notes-configuration text:note-class="endnote"\s+style:num-format="i"/,
        `<text:notes-configuration text:note-class="endnote" text:citation-style-name="Endnote_20_Symbol" text:citation-body-style-name="Endnote_20_anchor" style:num-format="1"`,
        "endnote numbering",
      );
      s = s.replace(/style:font-name="Times New Roman"/g, `style:font-name="Liberation Serif"`);
      return s;
    },
  }).then(() => file);
}

/**
 * The ODT the LibreOffice producers convert: pandoc's writer with a template that puts the series
 * label above the title and prints the author line; endnoted texts get their notes turned into
 * ODF endnotes.
 */
export function makeOdt(text: CorpusText): Promise<string> {
  let odt = odts.get(text.slug);
  if (!odt) {
    odt = buildOdt(text);
    odts.set(text.slug, odt);
  }
  return odt;
}

const odts = new Map<string, Promise<string>>();

async function buildOdt(text: CorpusText): Promise<string> {
  const dir = workDir(text.slug, "odt");
  const source = writeSource(text, dir);
  const template = path.join(dir, "template.opendocument");
  let t = run("pandoc", ["-D", "opendocument"]);
  t = mustReplace(
    t,
    /\$if\(title\)\$\n<text:p text:style-name="Title">/,
    `$if(series)$\n<text:p text:style-name="Series">$series$</text:p>\n$endif$\n$if(title)$\n<text:p text:style-name="Title">`,
    "odt title",
  );
  t = mustReplace(
    t,
    /\$for\(author\)\$\n<text:p text:style-name="Author">\$author\$<\/text:p>\n\$endfor\$/,
    `<text:p text:style-name="Author">$byline$</text:p>`,
    "odt author",
  );
  writeFileSync(template, t);
  const reference = await referenceOdt(text, dir);
  const odt = path.join(dir, `${text.slug}.odt`);
  const vars = ["-V", `byline=${xmlEscape(authorLine(text))}`, ...(text.series ? ["-V", `series=${xmlEscape(text.series)}`] : [])];
  run("pandoc", ["-f", "markdown", "-t", "odt", "--template", template, "--reference-doc", reference, ...vars, "-o", odt, source], {
    env: sourceDateEnv(text),
  });
  await patchZip(odt, mtimeOf(text), {
    "content.xml": (xml) => (text.notesAs === "endnotes" ? xml.replace(/text:note-class="footnote"/g, `text:note-class="endnote"`).replace(/text:style-name="Footnote"/g, `text:style-name="Endnote"`) : xml),
  });
  return odt;
}

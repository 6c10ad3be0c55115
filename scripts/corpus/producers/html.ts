/**
 * HTML producers written from templates, each in the shape a real tool or site writes: Word's
 * "Save as Web Page", a WordPress post with a footnotes plugin, a page with MediaWiki-style
 * references, and a Drupal think-tank page.
 */
import { acronym, authorLine, escapeHtml, htmlAutolink, plain, render, urlSlug } from "../inline";
import type { Block, CorpusText, Inline } from "../spec";

const labels = (text: CorpusText) => Object.keys(text.notes);

/** The institute's invented site (a reserved .example name, so no real site is implied). */
export const siteOf = (text: CorpusText) => `https://www.${acronym(text.publisher).toLowerCase()}.example`;

/** Body inline as HTML; `ref` writes a note marker. */
const html = (s: Inline, ref: (label: string) => string = () => "", em = "em", strong = "strong") =>
  render(s, {
    text: escapeHtml,
    em: (x) => `<${em}>${x}</${em}>`,
    strong: (x) => `<${strong}>${x}</${strong}>`,
    ref,
    link: (x, h) => `<a href="${escapeHtml(h)}">${x}</a>`,
  });

/** A note as HTML: italic titles, written-out URLs as links. */
const noteHtml = (s: Inline, em = "em", linkAttrs = "") =>
  render(s, { text: (t) => htmlAutolink(t, linkAttrs), em: (x) => `<${em}>${x}</${em}>` });

function blocksHtml(blocks: Block[], ref: (label: string) => string, heading = "h2"): string {
  return blocks
    .map((b) => {
      if ("heading" in b) return `<${heading}>${html(b.heading)}</${heading}>`;
      if ("paragraph" in b) return `<p>${html(b.paragraph, ref)}</p>`;
      return `<ul>\n${b.list.map((i) => `<li>${html(i, ref)}</li>`).join("\n")}\n</ul>`;
    })
    .join("\n");
}

const isoTime = (text: CorpusText, hour = "08:00:00", zone = "+07:00") => `${text.date}T${hour}${zone}`;

// --- Word -------------------------------------------------------------------------------------------

const CP1252_EXTRA: Record<string, number> = {
  "€": 0x80, "‚": 0x82, "ƒ": 0x83, "„": 0x84, "…": 0x85, "†": 0x86, "‡": 0x87, "ˆ": 0x88, "‰": 0x89, "Š": 0x8a,
  "‹": 0x8b, "Œ": 0x8c, "Ž": 0x8e, "‘": 0x91, "’": 0x92, "“": 0x93, "”": 0x94, "•": 0x95, "–": 0x96, "—": 0x97,
  "˜": 0x98, "™": 0x99, "š": 0x9a, "›": 0x9b, "œ": 0x9c, "ž": 0x9e, "Ÿ": 0x9f,
};

/** Windows-1252, as Word saves a Western-European web page; anything else as a character reference. */
export function encodeWindows1252(s: string): Buffer {
  const bytes: number[] = [];
  for (const ch of s) {
    const code = ch.codePointAt(0)!;
    if (code < 0x80 || (code >= 0xa0 && code <= 0xff)) bytes.push(code);
    else if (CP1252_EXTRA[ch] !== undefined) bytes.push(CP1252_EXTRA[ch]);
    else for (const b of Buffer.from(`&#${code};`, "latin1")) bytes.push(b);
  }
  return Buffer.from(bytes);
}

/** Word breaks its HTML source lines near 76 columns at spaces outside tags. */
function wordWrap(line: string): string {
  const out: string[] = [];
  let current = "";
  let inTag = false;
  let lastBreak = -1;
  for (const ch of line) {
    current += ch;
    if (ch === "<") inTag = true;
    else if (ch === ">") inTag = false;
    else if (ch === " " && !inTag) lastBreak = current.length - 1;
    if (current.length > 76 && lastBreak > 0) {
      out.push(current.slice(0, lastBreak));
      current = current.slice(lastBreak + 1);
      lastBreak = -1;
    }
  }
  out.push(current);
  return out.join("\n");
}

const WORD_STYLES = `<style>
<!--
 /* Font Definitions */
 @font-face
	{font-family:"Cambria Math";
	panose-1:2 4 5 3 5 4 6 3 2 4;
	mso-font-charset:0;
	mso-generic-font-family:roman;
	mso-font-pitch:variable;
	mso-font-signature:-536869121 1107305727 33554432 0 415 0;}
@font-face
	{font-family:Calibri;
	panose-1:2 15 5 2 2 2 4 3 2 4;
	mso-font-charset:0;
	mso-generic-font-family:swiss;
	mso-font-pitch:variable;
	mso-font-signature:-469750017 -1040178053 9 0 511 0;}
 /* Style Definitions */
 p.MsoNormal, li.MsoNormal, div.MsoNormal
	{mso-style-unhide:no;
	mso-style-qformat:yes;
	mso-style-parent:"";
	margin-top:0cm;
	margin-right:0cm;
	margin-bottom:8.0pt;
	margin-left:0cm;
	line-height:107%;
	mso-pagination:widow-orphan;
	font-size:11.0pt;
	font-family:"Calibri",sans-serif;
	mso-ascii-font-family:Calibri;
	mso-ascii-theme-font:minor-latin;
	mso-fareast-language:EN-US;}
h2
	{mso-style-priority:9;
	mso-style-unhide:no;
	mso-style-qformat:yes;
	mso-style-link:"Heading 2 Char";
	mso-style-next:Normal;
	margin-top:2.0pt;
	margin-right:0cm;
	margin-bottom:0cm;
	margin-left:0cm;
	line-height:107%;
	mso-pagination:widow-orphan lines-together;
	page-break-after:avoid;
	mso-outline-level:2;
	font-size:13.0pt;
	font-family:"Calibri Light",sans-serif;
	color:#2F5496;
	font-weight:normal;}
p.MsoFootnoteText, li.MsoFootnoteText, div.MsoFootnoteText
	{mso-style-noshow:yes;
	mso-style-priority:99;
	mso-style-link:"Footnote Text Char";
	margin:0cm;
	mso-pagination:widow-orphan;
	font-size:10.0pt;
	font-family:"Calibri",sans-serif;}
p.MsoTitle, li.MsoTitle, div.MsoTitle
	{mso-style-priority:10;
	mso-style-unhide:no;
	mso-style-qformat:yes;
	mso-style-link:"Title Char";
	mso-style-next:Normal;
	margin:0cm;
	mso-add-space:auto;
	mso-pagination:widow-orphan;
	font-size:28.0pt;
	font-family:"Calibri Light",sans-serif;
	letter-spacing:-.5pt;
	mso-font-kerning:14.0pt;}
span.MsoFootnoteReference
	{mso-style-noshow:yes;
	mso-style-priority:99;
	vertical-align:super;}
p.MsoListParagraph, li.MsoListParagraph, div.MsoListParagraph
	{mso-style-priority:34;
	mso-style-unhide:no;
	mso-style-qformat:yes;
	margin-top:0cm;
	margin-right:0cm;
	margin-bottom:8.0pt;
	margin-left:36.0pt;
	mso-add-space:auto;
	line-height:107%;
	font-size:11.0pt;
	font-family:"Calibri",sans-serif;}
p.MsoListParagraphCxSpFirst, li.MsoListParagraphCxSpFirst, div.MsoListParagraphCxSpFirst
	{mso-style-priority:34;
	mso-style-unhide:no;
	mso-style-qformat:yes;
	mso-style-type:export-only;
	margin-top:0cm;
	margin-right:0cm;
	margin-bottom:0cm;
	margin-left:36.0pt;
	mso-add-space:auto;
	line-height:107%;
	font-size:11.0pt;
	font-family:"Calibri",sans-serif;}
p.MsoListParagraphCxSpMiddle, li.MsoListParagraphCxSpMiddle, div.MsoListParagraphCxSpMiddle
	{mso-style-priority:34;
	mso-style-unhide:no;
	mso-style-qformat:yes;
	mso-style-type:export-only;
	margin-top:0cm;
	margin-right:0cm;
	margin-bottom:0cm;
	margin-left:36.0pt;
	mso-add-space:auto;
	line-height:107%;
	font-size:11.0pt;
	font-family:"Calibri",sans-serif;}
p.MsoListParagraphCxSpLast, li.MsoListParagraphCxSpLast, div.MsoListParagraphCxSpLast
	{mso-style-priority:34;
	mso-style-unhide:no;
	mso-style-qformat:yes;
	mso-style-type:export-only;
	margin-top:0cm;
	margin-right:0cm;
	margin-bottom:8.0pt;
	margin-left:36.0pt;
	mso-add-space:auto;
	line-height:107%;
	font-size:11.0pt;
	font-family:"Calibri",sans-serif;}
p.SeriesLabel, li.SeriesLabel, div.SeriesLabel
	{mso-style-name:"Series Label";
	mso-style-unhide:no;
	mso-style-qformat:yes;
	margin-bottom:4.0pt;
	font-size:9.0pt;
	font-family:"Calibri",sans-serif;
	text-transform:uppercase;
	letter-spacing:1.0pt;
	color:#1F3864;}
 /* Page Definitions */
 @page
	{mso-footnote-separator:url("FILES/header.htm") fs;
	mso-footnote-continuation-separator:url("FILES/header.htm") fcs;}
@page WordSection1
	{size:595.3pt 841.9pt;
	margin:72.0pt 72.0pt 72.0pt 72.0pt;
	mso-header-margin:35.4pt;
	mso-footer-margin:35.4pt;
	mso-paper-source:0;}
div.WordSection1
	{page:WordSection1;}
 /* List Definitions */
 @list l0
	{mso-list-id:1205560139;
	mso-list-type:hybrid;
	mso-list-template-ids:-1427011930 134807553 134807555 134807557 134807553 134807555 134807557 134807553 134807555 134807557;}
@list l0:level1
	{mso-level-number-format:bullet;
	mso-level-text:\\F0B7;
	mso-level-tab-stop:none;
	mso-level-number-position:left;
	text-indent:-18.0pt;
	font-family:Symbol;}
-->
</style>`;

/**
 * `html-word`: Word's "Save as Web Page" (.htm, not filtered): Office namespaces and XML islands,
 * Mso classes, Symbol-font bullets behind `<![if !supportLists]>`, footnote anchors `_ftn1` /
 * `_ftnref1` (endnotes `_edn1`), a footnote list at the end, in windows-1252.
 */
export function htmlWord(text: CorpusText, fileStem: string): Buffer {
  const kind = text.notesAs === "endnotes" ? { id: "edn", element: "endnote", cls: "MsoEndnote" } : { id: "ftn", element: "footnote", cls: "MsoFootnote" };
  const marker = (label: string, back: boolean) => {
    const [href, name] = back ? [`_${kind.id}ref${label}`, `_${kind.id}${label}`] : [`_${kind.id}${label}`, `_${kind.id}ref${label}`];
    return `<a style='mso-${kind.element}-id:${kind.id}${label}' href="#${href}" name="${name}" title=""><span class=${kind.cls}Reference><span style='mso-special-character:${kind.element}'><![if !support${kind.element === "footnote" ? "Footnotes" : "Endnotes"}]><span class=${kind.cls}Reference><span style='font-size:${back ? "10.0pt" : "11.0pt"};line-height:107%;font-family:"Calibri",sans-serif;mso-ascii-theme-font:minor-latin;mso-fareast-font-family:Calibri;mso-ansi-language:EN-GB;mso-fareast-language:EN-US;mso-bidi-language:AR-SA'>[${label}]</span></span><![endif]></span></span></a>`;
  };
  const inline = (s: Inline) => html(s, (l) => marker(l, false), "i", "b");
  const para = (cls: string, inner: string, style = "") => wordWrap(`<p class=${cls}${style ? ` style='${style}'` : ""}><span lang=EN-GB>${inner}<o:p></o:p></span></p>`);
  const blocks = (list: Block[]) =>
    list.flatMap((b) => {
      if ("heading" in b) return [wordWrap(`<h2><span lang=EN-GB>${inline(b.heading)}<o:p></o:p></span></h2>`)];
      if ("paragraph" in b) return [para("MsoNormal", inline(b.paragraph))];
      return b.list.map((item, i) => {
        const cls = b.list.length === 1 ? "MsoListParagraph" : i === 0 ? "MsoListParagraphCxSpFirst" : i === b.list.length - 1 ? "MsoListParagraphCxSpLast" : "MsoListParagraphCxSpMiddle";
        const bullet = `<![if !supportLists]><span lang=EN-GB style='font-family:Symbol;mso-fareast-font-family:Symbol;mso-bidi-font-family:Symbol'><span style='mso-list:Ignore'>·<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span></span><![endif]>`;
        return wordWrap(`<p class=${cls} style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'>${bullet}<span lang=EN-GB>${inline(item)}<o:p></o:p></span></p>`);
      });
    });
  const words = plain(text.body.map((b) => ("heading" in b ? b.heading : "paragraph" in b ? b.paragraph : b.list.join(" "))).join(" ")).split(/\s+/).length;
  const notes = labels(text).map(
    (l) =>
      `<div style='mso-element:${kind.element}' id=${kind.id}${l}>\n\n${wordWrap(`<p class=${kind.cls}Text>${marker(l, true)}<span lang=EN-GB> ${noteHtml(text.notes[l]!, "i")}<o:p></o:p></span></p>`)}\n\n</div>`,
  );
  const created = `${text.date}T02:14:00Z`;
  const doc = `<html xmlns:v="urn:schemas-microsoft-com:vml"
xmlns:o="urn:schemas-microsoft-com:office:office"
xmlns:w="urn:schemas-microsoft-com:office:word"
xmlns:m="http://schemas.microsoft.com/office/2004/12/omml"
xmlns="http://www.w3.org/TR/REC-html40">

<head>
<meta http-equiv=Content-Type content="text/html; charset=windows-1252">
<meta name=ProgId content=Word.Document>
<meta name=Generator content="Microsoft Word 15">
<meta name=Originator content="Microsoft Word 15">
<link rel=File-List href="${fileStem}_files/filelist.xml">
<title>${escapeHtml(text.title)}</title>
<!--[if gte mso 9]><xml>
 <o:DocumentProperties>
  <o:Author>${escapeHtml(text.authors[0]!)}</o:Author>
  <o:LastAuthor>${escapeHtml(text.authors[text.authors.length - 1]!)}</o:LastAuthor>
  <o:Revision>4</o:Revision>
  <o:TotalTime>96</o:TotalTime>
  <o:Created>${created}</o:Created>
  <o:LastSaved>${created}</o:LastSaved>
  <o:Pages>3</o:Pages>
  <o:Words>${words}</o:Words>
  <o:Company>${escapeHtml(text.publisher)}</o:Company>
  <o:Version>16.00</o:Version>
 </o:DocumentProperties>
 <o:OfficeDocumentSettings>
  <o:AllowPNG/>
 </o:OfficeDocumentSettings>
</xml><![endif]-->
<link rel=themeData href="${fileStem}_files/themedata.thmx">
<link rel=colorSchemeMapping href="${fileStem}_files/colorschememapping.xml">
<!--[if gte mso 9]><xml>
 <w:WordDocument>
  <w:SpellingState>Clean</w:SpellingState>
  <w:GrammarState>Clean</w:GrammarState>
  <w:TrackMoves>false</w:TrackMoves>
  <w:TrackFormatting/>
  <w:PunctuationKerning/>
  <w:ValidateAgainstSchemas/>
  <w:DoNotPromoteQF/>
  <w:LidThemeOther>EN-GB</w:LidThemeOther>
  <w:LidThemeAsian>X-NONE</w:LidThemeAsian>
  <w:LidThemeComplexScript>X-NONE</w:LidThemeComplexScript>
 </w:WordDocument>
</xml><![endif]-->
${WORD_STYLES}
<!--[if gte mso 10]>
<style>
 /* Style Definitions */
 table.MsoNormalTable
	{mso-style-name:"Table Normal";
	mso-tstyle-rowband-size:0;
	mso-tstyle-colband-size:0;
	mso-style-noshow:yes;
	mso-style-priority:99;
	mso-style-parent:"";
	mso-padding-alt:0cm 5.4pt 0cm 5.4pt;
	mso-para-margin:0cm;
	font-size:11.0pt;
	font-family:"Calibri",sans-serif;}
</style>
<![endif]-->
</head>

<body lang=EN-GB link="#0563C1" vlink="#954F72" style='tab-interval:36.0pt;word-wrap:break-word'>

<div class=WordSection1>

${[
  ...(text.series ? [para("SeriesLabel", escapeHtml(text.series))] : []),
  para("MsoTitle", escapeHtml(text.title)),
  para("MsoNormal", `<b>${escapeHtml(authorLine(text))}</b>`, "margin-bottom:0cm"),
  para("MsoNormal", `<i>${escapeHtml(text.dateText)}</i>`),
  ...blocks(text.body),
  para("MsoNormal", "<o:p>&nbsp;</o:p>"),
  ...blocks(text.back),
].join("\n\n")}

</div>

<div style='mso-element:${kind.element}-list'><![if !support${kind.element === "footnote" ? "Footnotes" : "Endnotes"}]><br clear=all>

<hr align=left size=1 width="33%">

<![endif]>

${notes.join("\n\n")}

</div>

</body>

</html>
`;
  return encodeWindows1252(doc.replace(/\n/g, "\r\n"));
}

// --- WordPress -----------------------------------------------------------------------------------

/**
 * `html-wordpress`: a whole WordPress post page (theme header and menu, Yoast breadcrumbs and JSON-LD,
 * sidebar widgets, related posts, comment form, footer). Notes come from a footnotes plugin: the
 * `fn-<post>-<n>` markup for most texts, Easy Footnotes (note text repeated in the marker's title
 * attribute) for others.
 */
export function htmlWordpress(text: CorpusText, related: CorpusText[], postId: number, plugin: "footnotes" | "easy-footnotes"): string {
  const site = siteOf(text);
  const short = acronym(text.publisher);
  const siteName = `${text.publisher} (${short})`;
  const category = text.series ?? "Commentary";
  const link = `${site}/${text.date.slice(0, 4)}/${text.date.slice(5, 7)}/${urlSlug(text.title)}/`;
  const authorSlug = urlSlug(text.authors[0]!);
  const ref =
    plugin === "easy-footnotes"
      ? (l: string) =>
          `<span class="easy-footnote-margin-adjust" id="easy-footnote-${l}-${postId}"></span><span class="easy-footnote"><a href="#easy-footnote-bottom-${l}-${postId}" title="${escapeHtml(plain(text.notes[l]!))}"><sup>${l}</sup></a></span>`
      : (l: string) => `<sup class="footnote"><a href="#fn-${postId}-${l}" id="fnref-${postId}-${l}" onclick="return fdfootnote_show(${postId})">${l}</a></sup>`;
  const aboutIndex = text.back.findIndex((b) => "heading" in b && /about the author/i.test(b.heading));
  const bio = aboutIndex >= 0 ? text.back.slice(aboutIndex, aboutIndex + 2) : [];
  const rest = text.back.filter((b) => !bio.includes(b));
  const copyright = rest.filter((b) => "paragraph" in b && b.paragraph.startsWith("©"));
  const inContent = rest.filter((b) => !copyright.includes(b));
  const notes =
    plugin === "easy-footnotes"
      ? `<div class="easy-footnote-title"><h4>Notes</h4></div><ol class="easy-footnotes-wrapper">${labels(text)
          .map(
            (l) =>
              `<li class="easy-footnote-single"><span id="easy-footnote-bottom-${l}-${postId}" class="easy-footnote-margin-adjust"></span>${noteHtml(text.notes[l]!, "em", ' target="_blank" rel="noopener"')}<a class="easy-footnote-to-top" href="#easy-footnote-${l}-${postId}"></a></li>`,
          )
          .join("")}</ol>`
      : `<div class="footnotes" id="footnotes-${postId}">\n<div class="footnotedivider"></div>\n<ol>\n${labels(text)
          .map((l) => `<li id="fn-${postId}-${l}">${noteHtml(text.notes[l]!)} <span class="footnotereverse"><a href="#fnref-${postId}-${l}">&#8617;</a></span></li>`)
          .join("\n")}\n</ol>\n</div>`;
  const jsonLd = {
    "@context": "https://schema.org",
    "@graph": [
      {
        "@type": "Article",
        "@id": `${link}#article`,
        isPartOf: { "@id": link },
        author: text.authors.map((a) => ({ "@type": "Person", name: a, url: `${site}/author/${urlSlug(a)}/` })),
        headline: text.title,
        datePublished: isoTime(text),
        dateModified: isoTime(text, "09:30:00"),
        mainEntityOfPage: { "@id": link },
        wordCount: plain(text.body.map((b) => ("heading" in b ? b.heading : "paragraph" in b ? b.paragraph : b.list.join(" "))).join(" ")).split(/\s+/).length,
        publisher: { "@type": "Organization", "@id": `${site}/#organization`, name: text.publisher, logo: { "@type": "ImageObject", url: `${site}/wp-content/uploads/2023/02/logo.png` } },
        articleSection: [category],
        inLanguage: "en-GB",
      },
      { "@type": "WebPage", "@id": link, url: link, name: `${text.title} – ${siteName}`, datePublished: isoTime(text), breadcrumb: { "@id": `${link}#breadcrumb` } },
      {
        "@type": "BreadcrumbList",
        "@id": `${link}#breadcrumb`,
        itemListElement: [
          { "@type": "ListItem", position: 1, name: "Home", item: `${site}/` },
          { "@type": "ListItem", position: 2, name: category, item: `${site}/category/${urlSlug(category)}/` },
          { "@type": "ListItem", position: 3, name: text.title },
        ],
      },
    ],
  };
  const authorsHtml = text.authors
    .map((a) => `<span class="author vcard"><a class="url fn n" href="${site}/author/${urlSlug(a)}/">${escapeHtml(a)}</a></span>`)
    .join(" and ");
  const relatedItems = related
    .map(
      (r) =>
        `<li class="related-post"><a href="${site}/${r.date.slice(0, 4)}/${r.date.slice(5, 7)}/${urlSlug(r.title)}/" rel="bookmark">${escapeHtml(r.title)}</a> <time datetime="${r.date}">${escapeHtml(r.dateText)}</time></li>`,
    )
    .join("\n");
  return `<!doctype html>
<html lang="en-GB">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="profile" href="https://gmpg.org/xfn/11">
<title>${escapeHtml(text.title)} &#8211; ${escapeHtml(siteName)}</title>
<meta name="robots" content="index, follow, max-image-preview:large, max-snippet:-1, max-video-preview:-1">
<link rel="canonical" href="${link}">
<meta property="og:locale" content="en_GB">
<meta property="og:type" content="article">
<meta property="og:title" content="${escapeHtml(text.title)}">
<meta property="og:description" content="${escapeHtml(firstParagraph(text).slice(0, 155))}&hellip;">
<meta property="og:url" content="${link}">
<meta property="og:site_name" content="${escapeHtml(siteName)}">
<meta property="article:published_time" content="${isoTime(text)}">
<meta property="article:modified_time" content="${isoTime(text, "09:30:00")}">
<meta name="author" content="${escapeHtml(text.authors.join(", "))}">
<meta name="twitter:card" content="summary_large_image">
<meta name="twitter:label1" content="Written by">
<meta name="twitter:data1" content="${escapeHtml(text.authors.join(", "))}">
<script type="application/ld+json" class="yoast-schema-graph">${JSON.stringify(jsonLd)}</script>
<link rel='dns-prefetch' href='//fonts.googleapis.com'>
<link rel="alternate" type="application/rss+xml" title="${escapeHtml(siteName)} &raquo; Feed" href="${site}/feed/">
<script>
window._wpemojiSettings = {"baseUrl":"https:\\/\\/s.w.org\\/images\\/core\\/emoji\\/15.0.3\\/72x72\\/","ext":".png","svgUrl":"https:\\/\\/s.w.org\\/images\\/core\\/emoji\\/15.0.3\\/svg\\/","svgExt":".svg","source":{"concatemoji":"${site.replace(/\//g, "\\/")}\\/wp-includes\\/js\\/wp-emoji-release.min.js?ver=6.5.5"}};
</script>
<style id='wp-emoji-styles-inline-css'>
img.wp-smiley, img.emoji { display: inline !important; border: none !important; box-shadow: none !important; height: 1em !important; width: 1em !important; margin: 0 0.07em !important; vertical-align: -0.1em !important; background: none !important; padding: 0 !important; }
</style>
<link rel='stylesheet' id='wp-block-library-css' href='${site}/wp-includes/css/dist/block-library/style.min.css?ver=6.5.5' media='all'>
<link rel='stylesheet' id='${plugin}-css' href='${site}/wp-content/plugins/${plugin}/assets/css/${plugin}.css?ver=1.4.2' media='all'>
<link rel='stylesheet' id='generatepress-style-css' href='${site}/wp-content/themes/generatepress/assets/css/main.min.css?ver=3.4.0' media='all'>
<script src="${site}/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>
<link rel="https://api.w.org/" href="${site}/wp-json/">
<link rel="alternate" type="application/json" href="${site}/wp-json/wp/v2/posts/${postId}">
<meta name="generator" content="WordPress 6.5.5">
<link rel='shortlink' href='${site}/?p=${postId}'>
</head>

<body class="post-template-default single single-post postid-${postId} single-format-standard wp-embed-responsive right-sidebar nav-below-header separate-containers" itemtype="https://schema.org/Blog" itemscope>
<a class="screen-reader-text skip-link" href="#content" title="Skip to content">Skip to content</a>
<header class="site-header" id="masthead" aria-label="Site" itemtype="https://schema.org/WPHeader" itemscope>
<div class="inside-header grid-container">
<div class="site-branding">
<p class="main-title" itemprop="headline"><a href="${site}/" rel="home">${escapeHtml(text.publisher)}</a></p>
<p class="site-description" itemprop="description">Independent research on mainland Southeast Asia</p>
</div>
</div>
</header>
<nav class="main-navigation sub-menu-right" id="site-navigation" aria-label="Primary" itemtype="https://schema.org/SiteNavigationElement" itemscope>
<div class="inside-navigation grid-container">
<button class="menu-toggle" aria-controls="primary-menu" aria-expanded="false"><span class="mobile-menu">Menu</span></button>
<div id="primary-menu" class="main-nav"><ul id="menu-main" class="menu sf-menu">
<li id="menu-item-21" class="menu-item menu-item-type-custom menu-item-home menu-item-21"><a href="${site}/">Home</a></li>
<li id="menu-item-22" class="menu-item menu-item-type-taxonomy menu-item-object-category current-post-ancestor menu-item-22"><a href="${site}/category/${urlSlug(category)}/">${escapeHtml(category)}</a></li>
<li id="menu-item-23" class="menu-item menu-item-type-post_type menu-item-23"><a href="${site}/research/">Research</a></li>
<li id="menu-item-24" class="menu-item menu-item-type-post_type menu-item-24"><a href="${site}/events/">Events</a></li>
<li id="menu-item-25" class="menu-item menu-item-type-post_type menu-item-25"><a href="${site}/about/">About</a></li>
<li id="menu-item-26" class="menu-item menu-item-type-post_type menu-item-26"><a href="${site}/contact/">Contact</a></li>
</ul></div>
</div>
</nav>

<div class="site grid-container container hfeed" id="page">
<div class="site-content" id="content">
<div class="content-area" id="primary">
<main class="site-main" id="main">
<nav aria-label="breadcrumbs" class="yoast-breadcrumbs"><p id="breadcrumbs"><span><span><a href="${site}/">Home</a></span> &raquo; <span><a href="${site}/category/${urlSlug(category)}/">${escapeHtml(category)}</a></span> &raquo; <span class="breadcrumb_last" aria-current="page">${escapeHtml(text.title)}</span></span></p></nav>
<article id="post-${postId}" class="post-${postId} post type-post status-publish format-standard hentry category-${urlSlug(category)}" itemtype="https://schema.org/CreativeWork" itemscope>
<div class="inside-article">
<header class="entry-header">
<div class="entry-meta cat-links-top"><span class="cat-links"><span class="screen-reader-text">Categories </span><a href="${site}/category/${urlSlug(category)}/" rel="category tag">${escapeHtml(category)}</a></span></div>
<h1 class="entry-title" itemprop="headline">${escapeHtml(text.title)}</h1>
<div class="entry-meta">
<span class="posted-on"><time class="entry-date published" datetime="${isoTime(text)}" itemprop="datePublished">${escapeHtml(text.dateText)}</time><time class="updated" datetime="${isoTime(text, "09:30:00")}" itemprop="dateModified">${escapeHtml(text.dateText)}</time></span> <span class="byline">by ${authorsHtml}</span>
</div>
</header>

<div class="entry-content" itemprop="text">
${blocksHtml(text.body, ref)}
${blocksHtml(inContent, () => "").replace(/<p>/g, "<p><em>").replace(/<\/p>/g, "</em></p>")}
${notes}
<div class="sharedaddy sd-sharing-enabled"><div class="robots-nocontent sd-block sd-social"><h3 class="sd-title">Share this:</h3><div class="sd-content"><ul><li class="share-twitter"><a rel="nofollow noopener noreferrer" class="share-twitter sd-button" href="${link}?share=twitter" target="_blank" title="Click to share on X"><span>X</span></a></li><li class="share-facebook"><a rel="nofollow noopener noreferrer" class="share-facebook sd-button" href="${link}?share=facebook" target="_blank" title="Click to share on Facebook"><span>Facebook</span></a></li><li class="share-email"><a rel="nofollow noopener noreferrer" class="share-email sd-button" href="mailto:?subject=${encodeURIComponent(text.title)}" target="_blank" title="Click to email a link to a friend"><span>Email</span></a></li></ul></div></div></div>
</div>

${
  bio.length > 0
    ? `<div class="author-box">
<div class="avatar"><img alt="" src="https://secure.gravatar.com/avatar/0b6e2a0c6f3d?s=80&#038;d=mm&#038;r=g" class="avatar avatar-80 photo" height="80" width="80" loading="lazy" decoding="async"></div>
<div class="author-box-content">
${blocksHtml(bio, () => "", "h4")}
<a class="author-box-link" href="${site}/author/${authorSlug}/">More by ${escapeHtml(text.authors[0]!)} &rarr;</a>
</div>
</div>`
    : ""
}

<footer class="entry-meta" aria-label="Entry meta">
<span class="cat-links"><span class="screen-reader-text">Categories </span><a href="${site}/category/${urlSlug(category)}/" rel="category tag">${escapeHtml(category)}</a></span>
<nav id="nav-below" class="post-navigation" aria-label="Posts"><div class="nav-previous"><span class="prev"><a href="${site}/?p=${postId - 7}" rel="prev">Previous post</a></span></div></nav>
</footer>
</div>
</article>

<div class="related-posts-box">
<h3 class="related-posts-title">Related posts</h3>
<ul class="related-posts-list">
${relatedItems}
</ul>
</div>

<div class="comments-area">
<div id="comments">
<div id="respond" class="comment-respond">
<h3 id="reply-title" class="comment-reply-title">Leave a Reply <small><a rel="nofollow" id="cancel-comment-reply-link" href="${link}#respond" style="display:none;">Cancel reply</a></small></h3>
<form action="${site}/wp-comments-post.php" method="post" id="commentform" class="comment-form" novalidate>
<p class="comment-notes"><span id="email-notes">Your email address will not be published.</span> <span class="required-field-message">Required fields are marked <span class="required">*</span></span></p>
<p class="comment-form-comment"><label for="comment" class="screen-reader-text">Comment</label><textarea id="comment" name="comment" cols="45" rows="8" required></textarea></p>
<label for="author" class="screen-reader-text">Name</label><input placeholder="Name *" id="author" name="author" type="text" value="" size="30" required>
<label for="email" class="screen-reader-text">Email</label><input placeholder="Email *" id="email" name="email" type="email" value="" size="30" required>
<label for="url" class="screen-reader-text">Website</label><input placeholder="Website" id="url" name="url" type="url" value="" size="30">
<p class="comment-form-cookies-consent"><input id="wp-comment-cookies-consent" name="wp-comment-cookies-consent" type="checkbox" value="yes"> <label for="wp-comment-cookies-consent">Save my name, email, and website in this browser for the next time I comment.</label></p>
<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Post Comment"> <input type='hidden' name='comment_post_ID' value='${postId}' id='comment_post_ID'>
<input type='hidden' name='comment_parent' id='comment_parent' value='0'></p>
</form>
</div>
</div>
</div>
</main>
</div>

<div class="widget-area sidebar is-right-sidebar" id="right-sidebar">
<div class="inside-right-sidebar">
<aside id="search-2" class="widget inner-padding widget_search"><form method="get" class="search-form" action="${site}/"><label><span class="screen-reader-text">Search for:</span><input type="search" class="search-field" placeholder="Search &hellip;" value="" name="s" title="Search for:"></label><button class="search-submit" aria-label="Search">Search</button></form></aside>
<aside id="recent-posts-2" class="widget inner-padding widget_recent_entries"><h2 class="widget-title">Recent Posts</h2><ul>
${related.map((r) => `<li><a href="${site}/${r.date.slice(0, 4)}/${r.date.slice(5, 7)}/${urlSlug(r.title)}/">${escapeHtml(r.title)}</a></li>`).join("\n")}
</ul></aside>
<aside id="categories-2" class="widget inner-padding widget_categories"><h2 class="widget-title">Categories</h2><ul>
<li class="cat-item cat-item-3"><a href="${site}/category/${urlSlug(category)}/">${escapeHtml(category)}</a></li>
<li class="cat-item cat-item-4"><a href="${site}/category/events/">Events</a></li>
<li class="cat-item cat-item-5"><a href="${site}/category/reports/">Reports</a></li>
</ul></aside>
<aside id="archives-2" class="widget inner-padding widget_archive"><h2 class="widget-title">Archives</h2><ul>
<li><a href="${site}/${text.date.slice(0, 4)}/${text.date.slice(5, 7)}/">${escapeHtml(monthYear(text.date))}</a></li>
</ul></aside>
</div>
</div>
</div>
</div>

<div class="site-footer">
<footer class="site-info" aria-label="Site" itemtype="https://schema.org/WPFooter" itemscope>
<div class="inside-site-info grid-container">
<div class="copyright-bar">${copyright.map((b) => ("paragraph" in b ? html(b.paragraph) : "")).join(" ") || `&copy; ${text.date.slice(0, 4)} ${escapeHtml(text.publisher)}`} &bull; <a href="${site}/privacy-policy/">Privacy Policy</a> &bull; Built with <a href="https://generatepress.com" itemprop="url">GeneratePress</a></div>
</div>
</footer>
</div>
<script id="generate-menu-js-extra">
var generatepressMenu = {"toggleOpenedSubMenus":true,"openSubMenuLabel":"Open Sub-Menu","closeSubMenuLabel":"Close Sub-Menu"};
</script>
<script src="${site}/wp-content/themes/generatepress/assets/js/menu.min.js?ver=3.4.0" id="generate-menu-js"></script>
<script src="${site}/wp-includes/js/comment-reply.min.js?ver=6.5.5" id="comment-reply-js" async data-wp-strategy="async"></script>
</body>
</html>
`;
}

function firstParagraph(text: CorpusText): string {
  const p = text.body.find((b) => "paragraph" in b);
  return p && "paragraph" in p ? plain(p.paragraph) : "";
}

const monthYear = (iso: string) => {
  const d = new Date(`${iso}T12:00:00Z`);
  return d.toLocaleString("en-GB", { month: "long", year: "numeric", timeZone: "UTC" });
};

// --- References (MediaWiki-style) ----------------------------------------------------------------

/**
 * `html-references`: an institute's knowledge-base page whose notes use MediaWiki's Cite markup:
 * `<sup class="reference">` markers and an `<ol class="references">` list under "References".
 */
export function htmlReferences(text: CorpusText): string {
  const site = siteOf(text);
  const seen = new Map<string, number>();
  const ref = (l: string) => {
    seen.set(l, (seen.get(l) ?? 0) + 1);
    return `<sup id="cite_ref-${l}" class="reference"><a href="#cite_note-${l}">&#91;${l}&#93;</a></sup>`;
  };
  const headingId = (s: string) => plain(s).replace(/ /g, "_");
  const body = text.body
    .map((b) => {
      if ("heading" in b) return `<h2><span class="mw-headline" id="${escapeHtml(headingId(b.heading))}">${html(b.heading)}</span></h2>`;
      if ("paragraph" in b) return `<p>${html(b.paragraph, ref)}\n</p>`;
      return `<ul>${b.list.map((i) => `<li>${html(i, ref)}</li>`).join("\n")}</ul>`;
    })
    .join("\n");
  const refs = labels(text)
    .map(
      (l) =>
        `<li id="cite_note-${l}"><span class="mw-cite-backlink"><b><a href="#cite_ref-${l}">^</a></b></span> <span class="reference-text">${noteHtml(text.notes[l]!, "i", ' class="external free" rel="nofollow"')}</span>\n</li>`,
    )
    .join("\n");
  const toc = text.body
    .filter((b): b is { heading: string } => "heading" in b)
    .map((b, i) => `<li class="toclevel-1 tocsection-${i + 1}"><a href="#${escapeHtml(headingId(b.heading))}"><span class="tocnumber">${i + 1}</span> <span class="toctext">${html(b.heading)}</span></a></li>`)
    .join("\n");
  return `<!DOCTYPE html>
<html class="client-nojs" lang="en" dir="ltr">
<head>
<meta charset="UTF-8">
<title>${escapeHtml(text.title)} - ${escapeHtml(acronym(text.publisher))} Knowledge Base</title>
<meta name="generator" content="MediaWiki 1.41.1">
<meta name="author" content="${escapeHtml(text.authors.join("; "))}">
<meta name="date" content="${text.date}">
<link rel="stylesheet" href="${site}/kb/load.php?lang=en&amp;modules=site.styles&amp;only=styles&amp;skin=vector">
<link rel="canonical" href="${site}/kb/${encodeURIComponent(text.title.replace(/ /g, "_"))}">
</head>
<body class="mediawiki ltr sitedir-ltr ns-0 ns-subject page-${escapeHtml(text.title.replace(/[^A-Za-z0-9]+/g, "_"))} skin-vector action-view">
<div id="mw-page-base" class="noprint"></div>
<div id="content" class="mw-body" role="main">
<a id="top"></a>
<div class="mw-indicators"></div>
<h1 id="firstHeading" class="firstHeading mw-first-heading"><span class="mw-page-title-main">${escapeHtml(text.title)}</span></h1>
<div id="bodyContent" class="vector-body">
<div id="siteSub" class="noprint">From the ${escapeHtml(text.publisher)} Knowledge Base</div>
<div id="contentSub"></div>
<div id="mw-content-text" class="mw-body-content mw-content-ltr" lang="en" dir="ltr"><div class="mw-parser-output">
<table class="infobox"><tbody>
${text.series ? `<tr><th scope="row">Series</th><td>${escapeHtml(text.series)}</td></tr>\n` : ""}<tr><th scope="row">Authors</th><td>${escapeHtml(authorLine(text).replace(/^By /, ""))}</td></tr>
<tr><th scope="row">Published</th><td>${escapeHtml(text.dateText)}</td></tr>
<tr><th scope="row">Publisher</th><td>${escapeHtml(text.publisher)}</td></tr>
</tbody></table>
<div id="toc" class="toc" role="navigation" aria-labelledby="mw-toc-heading"><input type="checkbox" role="button" id="toctogglecheckbox" class="toctogglecheckbox" style="display:none"><div class="toctitle" lang="en" dir="ltr"><h2 id="mw-toc-heading">Contents</h2><span class="toctogglespan"><label class="toctogglelabel" for="toctogglecheckbox"></label></span></div>
<ul>
${toc}
<li class="toclevel-1"><a href="#References"><span class="tocnumber">${text.body.filter((b) => "heading" in b).length + 1}</span> <span class="toctext">References</span></a></li>
</ul>
</div>
${body}
<h2><span class="mw-headline" id="References">References</span></h2>
<div class="reflist">
<div class="mw-references-wrap mw-references-columns"><ol class="references">
${refs}
</ol></div></div>
${blocksHtml(text.back, () => "", "h3")}
</div></div>
<div class="printfooter">Retrieved from "<a dir="ltr" href="${site}/kb/index.php?title=${encodeURIComponent(text.title.replace(/ /g, "_"))}&amp;oldid=${1000 + text.title.length}">${site}/kb/index.php?title=${escapeHtml(encodeURIComponent(text.title.replace(/ /g, "_")))}&amp;oldid=${1000 + text.title.length}</a>"</div>
<div id="catlinks" class="catlinks" data-mw="interface"><div id="mw-normal-catlinks" class="mw-normal-catlinks"><a href="${site}/kb/Special:Categories" title="Special:Categories">Categories</a>: <ul><li><a href="${site}/kb/Category:Commentaries" title="Category:Commentaries">Commentaries</a></li></ul></div></div>
</div>
</div>
<div id="mw-navigation">
<h2>Navigation menu</h2>
<div id="mw-panel"><div id="p-navigation" class="vector-menu mw-portlet" role="navigation"><h3>Navigation</h3><div class="vector-menu-content"><ul class="vector-menu-content-list">
<li id="n-mainpage"><a href="${site}/kb/Main_Page">Main page</a></li><li id="n-recentchanges"><a href="${site}/kb/Special:RecentChanges">Recent changes</a></li><li id="n-randompage"><a href="${site}/kb/Special:Random">Random page</a></li>
</ul></div></div></div>
</div>
<div id="footer" class="mw-footer" role="contentinfo">
<ul id="footer-info"><li id="footer-info-lastmod"> This page was last edited on ${escapeHtml(text.dateText.replace(/^(\w+) (\d+), (\d+)$/, "$2 $1 $3"))}, at 09:12.</li></ul>
<ul id="footer-places"><li id="footer-places-privacy"><a href="${site}/kb/Privacy_policy">Privacy policy</a></li><li id="footer-places-about"><a href="${site}/kb/About">About the Knowledge Base</a></li></ul>
</div>
</body>
</html>
`;
}

// --- Drupal think-tank page ----------------------------------------------------------------------

/**
 * `html-cms`: a Drupal think-tank article page: Highwire `citation_*` and Dublin Core meta, header
 * navigation, "Home » Commentary" breadcrumbs, series label and h1, byline and date fields, body with
 * [1] links to endnotes pasted from Word as numbered paragraphs (no list element), the author's bio
 * and the disclaimer, and the copyright line in the page footer.
 */
export function htmlCms(text: CorpusText): string {
  const site = siteOf(text);
  const short = acronym(text.publisher);
  const path = `/commentary/${urlSlug(text.title)}`;
  const ref = (l: string) => `<a href="#_edn${l}" name="_ednref${l}" title="">[${l}]</a>`;
  const about = text.back.filter((b) => !("paragraph" in b && (b.paragraph.startsWith("©") || /^disclaimer/i.test(plain(b.paragraph)))));
  const disclaimer = text.back.filter((b) => "paragraph" in b && /^disclaimer/i.test(plain(b.paragraph)));
  const copyright = text.back.filter((b) => "paragraph" in b && b.paragraph.startsWith("©"));
  const endnotes = labels(text)
    .map((l) => `<p><a href="#_ednref${l}" name="_edn${l}" title="">[${l}]</a> ${noteHtml(text.notes[l]!)}</p>`)
    .join("\n");
  const authorLinks = text.authors.map((a) => `<a href="/experts/${urlSlug(a)}" hreflang="en">${escapeHtml(a)}</a>`);
  const byline =
    authorLinks.length === 1 ? authorLinks[0]! : `${authorLinks.slice(0, -1).join(", ")} and ${authorLinks[authorLinks.length - 1]}`;
  const meta = [
    `<meta name="citation_title" content="${escapeHtml(text.title)}" />`,
    ...text.authors.map((a) => `<meta name="citation_author" content="${escapeHtml(a)}" />`),
    `<meta name="citation_publication_date" content="${text.date.replace(/-/g, "/")}" />`,
    `<meta name="citation_publisher" content="${escapeHtml(text.publisher)}" />`,
    `<meta name="citation_public_url" content="${site}${path}" />`,
    `<meta name="DC.title" content="${escapeHtml(text.title)}" />`,
    ...text.authors.map((a) => `<meta name="DC.creator" content="${escapeHtml(a)}" />`),
    `<meta name="DC.date" content="${text.date}" />`,
    `<meta name="DC.publisher" content="${escapeHtml(text.publisher)}" />`,
    `<meta name="DC.type" content="Text" />`,
    `<meta name="DC.language" content="en" />`,
  ].join("\n");
  return `<!DOCTYPE html>
<html lang="en" dir="ltr" prefix="og: https://ogp.me/ns#">
  <head>
    <meta charset="utf-8" />
<meta name="description" content="${escapeHtml(firstParagraph(text).slice(0, 160))}" />
<link rel="canonical" href="${site}${path}" />
<meta property="og:site_name" content="${escapeHtml(text.publisher)}" />
<meta property="og:type" content="article" />
<meta property="og:title" content="${escapeHtml(text.title)}" />
${meta}
<meta name="Generator" content="Drupal 10 (https://www.drupal.org)" />
<meta name="MobileOptimized" content="width" />
<meta name="HandheldFriendly" content="true" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<link rel="icon" href="/themes/custom/${short.toLowerCase()}/favicon.ico" type="image/vnd.microsoft.icon" />
    <title>${escapeHtml(text.title)} | ${escapeHtml(short)}</title>
    <style>
      body { font-family: Georgia, "DejaVu Serif", serif; color: #222; margin: 0; line-height: 1.5; }
      .site-header { border-bottom: 3px solid #1f3864; padding: 12px 32px; display: flex; justify-content: space-between; align-items: center; }
      .site-header .site-name { font: bold 20px/1.2 "DejaVu Sans", Arial, sans-serif; color: #1f3864; text-decoration: none; }
      .menu--main ul { list-style: none; margin: 0; padding: 0; display: flex; gap: 18px; font: 14px "DejaVu Sans", Arial, sans-serif; }
      .menu--main a { color: #1f3864; text-decoration: none; }
      .breadcrumb { padding: 8px 32px; font: 12px "DejaVu Sans", Arial, sans-serif; color: #666; }
      .breadcrumb ol { list-style: none; margin: 0; padding: 0; display: flex; gap: 6px; }
      .breadcrumb a { color: #666; }
      main { max-width: 760px; margin: 0 auto; padding: 8px 32px 32px; overflow-wrap: break-word; }
      .field--name-field-series { font: bold 12px "DejaVu Sans", Arial, sans-serif; text-transform: uppercase; letter-spacing: .08em; color: #a33; }
      h1.page-title { font: bold 30px/1.2 "DejaVu Sans", Arial, sans-serif; margin: 6px 0 12px; }
      .node__meta { font: 14px "DejaVu Sans", Arial, sans-serif; color: #444; margin-bottom: 20px; }
      .node__meta .field--name-field-date { display: block; color: #777; }
      .field--name-body h2 { font: bold 19px "DejaVu Sans", Arial, sans-serif; margin-top: 26px; }
      .field--name-body p { margin: 0 0 12px; }
      .field--name-field-endnotes { font-size: 15px; border-top: 1px solid #ccc; margin-top: 28px; padding-top: 8px; }
      .field--name-field-author-bio, .field--name-field-disclaimer { font-size: 14px; background: #f4f4f4; padding: 10px 14px; margin-top: 16px; }
      .visually-hidden { position: absolute !important; clip: rect(1px, 1px, 1px, 1px); overflow: hidden; height: 1px; width: 1px; word-wrap: normal; }
      .share-links { font: 13px "DejaVu Sans", Arial, sans-serif; margin: 16px 0; }
      .site-footer { background: #1f3864; color: #fff; padding: 18px 32px; font: 12px "DejaVu Sans", Arial, sans-serif; }
      .site-footer a { color: #fff; }
    </style>
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_k3Yb2Q.css?delta=0&amp;language=en&amp;theme=${short.toLowerCase()}" />
<script src="/core/misc/drupalSettingsLoader.js?v=10.2.5"></script>
  </head>
  <body class="path-node page-node-type-commentary">
        <a href="#main-content" class="visually-hidden focusable skip-link">
      Skip to main content
    </a>
      <div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>
    <header class="site-header" role="banner">
  <a href="/" rel="home" class="site-name">${escapeHtml(text.publisher)}</a>
  <nav role="navigation" aria-labelledby="block-mainnavigation-menu" id="block-mainnavigation" class="menu--main">
    <h2 class="visually-hidden" id="block-mainnavigation-menu" style="display:none">Main navigation</h2>
    <ul>
      <li><a href="/" data-drupal-link-system-path="&lt;front&gt;">Home</a></li>
      <li><a href="/publications" data-drupal-link-system-path="publications">Publications</a></li>
      <li><a href="/events" data-drupal-link-system-path="events">Events</a></li>
      <li><a href="/experts" data-drupal-link-system-path="experts">Experts</a></li>
      <li><a href="/search" data-drupal-link-system-path="search">Search</a></li>
    </ul>
  </nav>
</header>
<nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb">
  <h2 id="system-breadcrumb" class="visually-hidden" style="display:none">Breadcrumb</h2>
  <ol>
    <li><a href="/">Home</a> »</li>
    <li><a href="/commentary">Commentary</a></li>
  </ol>
</nav>
<main role="main">
  <a id="main-content" tabindex="-1"></a>
  <div data-drupal-messages-fallback class="hidden"></div>
<article data-history-node-id="${1200 + text.title.length}" role="article" about="${path}" class="node node--type-commentary node--view-mode-full">
  ${text.series ? `<div class="field field--name-field-series field--type-entity-reference field--label-hidden field__item">${escapeHtml(text.series)}</div>` : ""}
  <h1 class="page-title"><span class="field field--name-title field--type-string field--label-hidden">${escapeHtml(text.title)}</span></h1>
  <div class="node__meta">
    <div class="field field--name-field-authors field--type-entity-reference field--label-hidden field__items">${text.byline === "by" ? "By " : ""}${byline}</div>
    <div class="field field--name-field-date field--type-datetime field--label-hidden field__item"><time datetime="${text.date}T12:00:00Z" class="datetime">${escapeHtml(text.dateText)}</time></div>
  </div>
  <div class="share-links">Share: <a href="https://twitter.com/intent/tweet?url=${encodeURIComponent(site + path)}">X</a> · <a href="https://www.linkedin.com/shareArticle?url=${encodeURIComponent(site + path)}">LinkedIn</a> · <a href="mailto:?subject=${encodeURIComponent(text.title)}">Email</a> · <a href="${path}/pdf">Download PDF</a></div>
  <div class="node__content">
    <div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item">${blocksHtml(text.body, ref)}</div>
    <div class="clearfix text-formatted field field--name-field-endnotes field--type-text-long field--label-hidden field__item"><hr />
${endnotes}</div>
    <div class="clearfix text-formatted field field--name-field-author-bio field--type-text-long field--label-hidden field__item">${blocksHtml(about, () => "", "h3")}</div>
    <div class="clearfix text-formatted field field--name-field-disclaimer field--type-text-long field--label-hidden field__item">${blocksHtml(disclaimer, () => "").replace(/<p>/g, "<p><em>").replace(/<\/p>/g, "</em></p>")}</div>
  </div>
</article>
</main>
<footer class="site-footer" role="contentinfo">
  <div class="region region-footer">
    <nav role="navigation" aria-labelledby="block-footer-menu" id="block-footer"><ul><li><a href="/about">About ${escapeHtml(short)}</a></li><li><a href="/contact">Contact</a></li><li><a href="/privacy">Privacy</a></li></ul></nav>
    <div id="block-copyright"><p>${copyright.map((b) => ("paragraph" in b ? html(b.paragraph) : "")).join(" ") || `© ${escapeHtml(text.publisher)}`}. All rights reserved.</p></div>
  </div>
</footer>
  </div>
  </body>
</html>
`;
}

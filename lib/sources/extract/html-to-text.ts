import { isTag, isText, type AnyNode, type Document, type Element } from "domhandler";
import { attr, closest, findAll, isNoise, plainText } from "./html-dom";
import { findNotes, type HtmlNote, type HtmlNotes } from "./html-notes";
import { fromSuperscript, SUPERSCRIPT_CLASS, toSuperscript } from "./superscript";

const BLOCK = new Set([
  "address", "article", "blockquote", "body", "center", "dd", "details", "div", "dl", "dt", "fieldset", "figcaption",
  "figure", "header", "html", "li", "main", "p", "section", "summary", "caption", "hgroup",
]); // prettier-ignore
const SUPERSCRIPT_DIGITS = toSuperscript("0123456789");
const BACK_LINK = /^[\s↩↑⤴↵^⬆︎\uFE0E\uFE0F]*$|^(?:back|return)(?: to (?:text|top|content))?$/i;

/**
 * Turns HTML into the text parseDocument reads: blocks of lines separated by blank lines. In the body, footnote
 * references become superscript numerals; in a note (`noteMode`), everything is one line, emphasis is kept as
 * *asterisks* (parseDocument reads an italic title from them) and link URLs are collected.
 */
class Renderer {
  readonly groups: string[][] = [];
  readonly urls: string[] = [];
  private inline = "";

  constructor(
    private readonly notes: HtmlNotes,
    private readonly noteMode: boolean,
  ) {}

  walkChildren(el: { children: AnyNode[] }) {
    for (const child of el.children) this.walk(child);
  }

  flush() {
    const lines = this.inline
      .split("\n")
      .map((l) => l.replace(/ {2,}/g, " ").trim())
      .filter(Boolean);
    if (lines.length > 0) this.groups.push(lines);
    this.inline = "";
  }

  /** Drops the spaces before a marker: it belongs to the word it follows. (No regex: `inline` can be long.) */
  private trimEnd() {
    let end = this.inline.length;
    while (end > 0 && this.inline[end - 1] === " ") end--;
    this.inline = this.inline.slice(0, end);
  }

  private marker(label: string) {
    this.trimEnd();
    // "¹²" would read as note 12: adjacent markers are separated as parseDocument's "¹,²" lists are.
    const last = this.inline.at(-1);
    if (last !== undefined && SUPERSCRIPT_DIGITS.includes(last)) this.inline += ",";
    this.inline += toSuperscript(label);
  }

  private sub(el: Element): string[] {
    const r = new Renderer(this.notes, this.noteMode);
    r.walkChildren(el);
    r.flush();
    this.urls.push(...r.urls);
    return r.groups.flat();
  }

  private walk(node: AnyNode) {
    if (isText(node)) {
      this.inline += node.data.replace(/[\s\u00A0]+/g, " ");
      return;
    }
    if (!isTag(node)) return;
    const el = node;
    if ((!this.noteMode && this.notes.skip.has(el)) || isNoise(el)) return;
    const label = this.notes.refs.get(el);
    if (label !== undefined) {
      this.marker(label);
      return;
    }
    const heading = /^h([1-6])$/.exec(el.name);
    if (heading && !this.noteMode) {
      this.flush();
      const text = this.sub(el).join(" ");
      if (text) this.groups.push([`${"#".repeat(Number(heading[1]))} ${text}`]);
      return;
    }
    switch (el.name) {
      case "br":
        this.inline += this.noteMode ? " " : "\n";
        return;
      case "hr":
        return this.noteMode ? undefined : this.flush();
      case "sup":
        return this.superscript(el);
      case "a":
        return this.link(el);
      case "em":
      case "i":
      case "cite":
        return this.noteMode ? this.emphasis(el) : this.walkChildren(el);
      case "ul":
      case "ol":
        return this.list(el);
      case "table":
        return this.table(el);
      case "pre":
        return this.preformatted(el);
    }
    if (BLOCK.has(el.name) || /^h[1-6]$/.test(el.name)) {
      if (this.noteMode) {
        this.inline += " ";
        this.walkChildren(el);
        this.inline += " ";
      } else {
        this.flush();
        this.walkChildren(el);
        this.flush();
      }
      return;
    }
    this.walkChildren(el);
  }

  private superscript(el: Element) {
    const refs = findAll(el, (a) => this.notes.refs.has(a));
    if (refs.length > 0) {
      for (const a of refs) this.marker(this.notes.refs.get(a)!);
      return;
    }
    const text = plainText(el);
    if (/^\d{1,3}(?:,\s?\d{1,3})*$/.test(text)) {
      this.trimEnd();
      this.inline += toSuperscript(text.replace(/\s/g, ""));
    } else {
      this.walkChildren(el);
    }
  }

  private link(el: Element) {
    const href = attr(el, "href").trim();
    if (this.noteMode && href.includes("#") && BACK_LINK.test(plainText(el))) return;
    if (this.noteMode && /^https?:\/\//i.test(href)) this.urls.push(href);
    this.walkChildren(el);
  }

  private emphasis(el: Element) {
    const start = this.inline.length;
    this.walkChildren(el);
    const added = this.inline.slice(start);
    const m = /^(\s*)(.*?)(\s*)$/s.exec(added)!;
    if (m[2] && !m[2].includes("*")) this.inline = `${this.inline.slice(0, start)}${m[1]}*${m[2]}*${m[3]}`;
  }

  private list(el: Element) {
    const items = el.children.filter((c): c is Element => isTag(c) && c.name === "li" && !this.notes.skip.has(c));
    if (this.noteMode) {
      for (const li of items) this.inline += ` ${this.sub(li).join(" ")} `;
      return;
    }
    this.flush();
    const lines: string[] = [];
    let n = Number(attr(el, "start")) || 1;
    for (const li of items) {
      const [first, ...rest] = this.sub(li);
      if (first === undefined) continue;
      lines.push(el.name === "ol" ? `${n++}. ${first}` : `- ${first}`, ...rest.map((l) => `  ${l}`));
    }
    if (lines.length > 0) this.groups.push(lines);
  }

  private table(el: Element) {
    const rows = findAll(el, (tr) => tr.name === "tr" && closest(tr, (t) => t.name === "table") === el);
    const lines = rows
      .map((tr) =>
        tr.children
          .filter((c): c is Element => isTag(c) && (c.name === "td" || c.name === "th"))
          .map((cell) => this.sub(cell).join(" "))
          .filter(Boolean)
          .join(" | "),
      )
      .filter(Boolean);
    if (this.noteMode) {
      this.inline += ` ${lines.join(" ")} `;
    } else if (lines.length > 0) {
      this.flush();
      this.groups.push(lines);
    }
  }

  private preformatted(el: Element) {
    if (this.noteMode) return this.walkChildren(el);
    this.flush();
    const raw: string[] = [];
    const visit = (n: AnyNode) => {
      if (isText(n)) raw.push(n.data);
      else if (isTag(n) && !isNoise(n)) n.children.forEach(visit);
    };
    visit(el);
    const lines = raw
      .join("")
      .replace(/\t/g, "    ")
      .split(/\r?\n/)
      .map((l) => l.trimEnd());
    while (lines.length && !lines[0]) lines.shift();
    while (lines.length && !lines.at(-1)) lines.pop();
    if (lines.length > 0) this.groups.push(lines);
  }
}

function noteText(note: HtmlNote, notes: HtmlNotes): string | null {
  const r = new Renderer(notes, true);
  r.walkChildren(note.el);
  r.flush();
  let text = r.groups.flat().join(" ").replace(/\s+/g, " ").trim();
  // The note's own number, printed at its start ("1. Text", "[1] Text", "¹ Text").
  const m = new RegExp(`^[[(]?([\\d${SUPERSCRIPT_CLASS}]{1,4})[\\])]?[.):]?\\s*`).exec(text);
  if (m && [note.label, note.original].includes(String(Number(fromSuperscript(m[1]!))))) text = text.slice(m[0].length);
  text = text.replace(/^[\s^↑↩]+/, "");
  for (const url of new Set(r.urls)) if (!text.includes(url)) text += ` ${url}`;
  return text || null;
}

/** The element holding the article: the longest <article>, else <main>, else <body>. */
export function pickRoot(doc: Document): Element | Document {
  const body = findAll(doc, (e) => e.name === "body")[0] ?? doc;
  const articles = findAll(body, (e) => e.name === "article").filter(
    (a) => !closest(a, (p) => p.name === "article" || isNoise(p)),
  );
  const lengths = articles.map((a) => plainText(a).length);
  const longest = Math.max(0, ...lengths);
  if (longest > 0 && longest >= 0.25 * plainText(body).length) return articles[lengths.indexOf(longest)]!;
  const main = findAll(body, (e) => e.name === "main" || attr(e, "role") === "main").find((m) => plainText(m));
  return main ?? body;
}

export function htmlToText(doc: Document): string {
  const root = pickRoot(doc);
  const notes = findNotes(doc, root);
  const body = new Renderer(notes, false);
  body.walkChildren(root);
  body.flush();

  const blocks = body.groups.map((lines) => lines.join("\n"));
  // The page footer is furniture, but its copyright line says who published the page: kept, as back matter.
  const footers = findAll(doc, (e) => e.name === "footer" || attr(e, "role") === "contentinfo").filter((f) => !closest(f, (p) => p.name === "footer"));
  const copyright = footers
    .flatMap((f) => findAll(f, (e) => /^(?:p|div|span|small|li)$/.test(e.name)))
    .map((e) => plainText(e))
    .find((t) => /^(?:©|copyright\b)/i.test(t) && t.length <= 200);
  if (copyright && !blocks.some((b) => b.includes(copyright))) blocks.push(copyright);
  const noteLines = notes.notes.flatMap((note) => {
    const text = noteText(note, notes);
    return text ? [`${note.label}. ${text}`] : [];
  });
  if (noteLines.length > 0) blocks.push("## Notes", noteLines.join("\n"));
  return blocks.join("\n\n");
}

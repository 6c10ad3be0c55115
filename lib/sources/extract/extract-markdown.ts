import type { FootnoteDefinition, List, Nodes, PhrasingContent, Root, RootContent, Table } from "mdast";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import { unified } from "unified";

/**
 * Markdown read as Markdown (remark: CommonMark with GFM footnotes and tables) into the text parseDocument reads:
 * emphasis and escapes resolved (`S*ummary*` is "Summary", `US\$` is "US$"), a link's text kept in the body and,
 * in a note, its web address after it; `[^n]` references and definitions kept as parseDocument's markers and
 * notes. A paragraph that is only bold or italic, short and without a full stop, is a heading, as CMS exports
 * write them. Raw HTML stays as the text it is. YAML front matter is passed on as it is.
 */
const parser = unified().use(remarkParse).use(remarkGfm);

const NOTES_HEADING = /^(?:notes|end\s?notes|foot\s?notes|references|sources|notes and references)$/i;

/** Web addresses of a note's links, written after the note's text (see MarkdownText.notes). */
let noteUrls: string[] = [];

function inline(nodes: PhrasingContent[], note: boolean): string {
  let out = "";
  for (const node of nodes) {
    switch (node.type) {
      case "text":
        out += node.value;
        break;
      case "inlineCode":
        out += node.value;
        break;
      case "emphasis":
      case "strong": {
        const text = inline(node.children, note);
        // In a note, an italic title stays marked so that parseCitation can find it.
        out += note && node.type === "emphasis" && text.trim() && !text.includes("*") ? `*${text}*` : text;
        break;
      }
      case "delete":
        out += inline(node.children, note);
        break;
      case "link": {
        const text = inline(node.children, note);
        // In a note, a link's text is most often the cited work's title: marked as one, its address kept.
        out += note && text.trim() && !text.includes("*") && !/^https?:\/\//i.test(text) ? `*${text}*` : text;
        if (note && /^https?:\/\//i.test(node.url) && !text.includes(node.url)) noteUrls.push(node.url);
        break;
      }
      case "linkReference":
        out += inline(node.children, note);
        break;
      case "image":
      case "imageReference":
        out += node.alt ?? "";
        break;
      case "footnoteReference":
        out += `[^${node.label ?? node.identifier}]`;
        break;
      case "break":
        out += note ? " " : "\n";
        break;
      case "html":
        // Raw HTML is kept as the characters it is: text, never markup.
        out += node.value;
        break;
    }
  }
  return out;
}

/** A paragraph wholly in bold or italic, short, not a sentence: a heading as a CMS writes one. */
function emphasisHeading(node: RootContent): string | null {
  if (node.type !== "paragraph") return null;
  const kids = node.children.filter((c) => !(c.type === "text" && !c.value.trim()));
  const text = inline(node.children, false).trim();
  const wrapped = kids.length === 1 && (kids[0]!.type === "strong" || kids[0]!.type === "emphasis");
  // "S*ummary*": emphasis that starts inside the word, as some exports write a styled heading.
  const split = kids.length === 2 && kids[0]!.type === "text" && /^\p{Lu}$/u.test(kids[0]!.value) && (kids[1]!.type === "emphasis" || kids[1]!.type === "strong");
  if (!(wrapped || split) || text.length > 80 || /[.,;:!?]$/.test(text)) return null;
  return text;
}

class MarkdownText {
  readonly blocks: string[] = [];
  readonly definitions: FootnoteDefinition[] = [];
  private notesNext = false;
  private headings = false;

  block(node: RootContent) {
    const heading = emphasisHeading(node);
    if (heading) {
      this.notesNext = NOTES_HEADING.test(heading);
      // The first bold line before any heading, in the header block, is the title.
      const title = !this.headings && this.blocks.length < 3 && node.type === "paragraph" && node.children[0]?.type === "strong";
      this.blocks.push(`${title ? "#" : "##"} ${heading}`);
      this.headings = true;
      return;
    }
    switch (node.type) {
      case "heading": {
        this.headings = true;
        const text = inline(node.children, false).trim();
        this.notesNext = NOTES_HEADING.test(text.replace(/:$/, ""));
        if (text) this.blocks.push(`${"#".repeat(node.depth)} ${text}`);
        return;
      }
      case "paragraph": {
        noteUrls = [];
        let text = inline(node.children, this.notesNext).trim();
        for (const url of new Set(noteUrls)) if (this.notesNext && !text.includes(url)) text += ` ${url}`;
        // "\* item": a list whose markers a CMS export escaped is still a list.
        if (!this.notesNext) text = text.replace(/^[*•]\s+/, "- ");
        if (text) this.blocks.push(text);
        return;
      }
      case "list":
        this.blocks.push(this.list(node, 0).join("\n"));
        this.notesNext = false;
        return;
      case "blockquote":
        for (const child of node.children) this.block(child);
        return;
      case "code":
        if (node.value.trim()) this.blocks.push(node.value);
        return;
      case "table":
        this.blocks.push(this.table(node));
        return;
      case "footnoteDefinition":
        this.definitions.push(node);
        return;
      case "html": {
        const text = node.value.trim();
        if (text) this.blocks.push(text);
        return;
      }
    }
  }

  private list(list: List, depth: number): string[] {
    const lines: string[] = [];
    let n = list.start ?? 1;
    for (const item of list.children) {
      const marker = list.ordered ? `${n++}.` : "-";
      const indent = "  ".repeat(depth);
      let first = true;
      for (const child of item.children) {
        if (child.type === "list") {
          lines.push(...this.list(child, depth + 1));
          continue;
        }
        noteUrls = [];
        let text = child.type === "paragraph" ? inline(child.children, this.notesNext).trim() : plain(child);
        for (const url of new Set(noteUrls)) if (this.notesNext && !text.includes(url)) text += ` ${url}`;
        if (!text) continue;
        lines.push(first ? `${indent}${marker} ${text}` : `${indent}  ${text}`);
        first = false;
      }
    }
    return lines;
  }

  private table(table: Table): string {
    return table.children.map((row) => row.children.map((cell) => inline(cell.children, false).trim()).join(" | ")).join("\n");
  }

  notes(): string {
    return this.definitions
      .map((d) => {
        noteUrls = [];
        let text = d.children
          .map((c) => (c.type === "paragraph" ? inline(c.children, true) : plain(c)))
          .join(" ")
          .replace(/\s+/g, " ")
          .trim();
        for (const url of new Set(noteUrls)) if (!text.includes(url)) text += ` ${url}`;
        return `[^${d.label ?? d.identifier}]: ${text}`;
      })
      .join("\n");
  }
}

function plain(node: Nodes): string {
  if ("value" in node && typeof node.value === "string") return node.value;
  if ("children" in node) return (node.children as Nodes[]).map(plain).join(" ");
  return "";
}

/** YAML front matter at the very start: kept apart, as remark would read it as a rule and a heading. */
function splitFrontMatter(source: string): { yaml: string | null; rest: string } {
  const m = /^---\r?\n[\s\S]*?\r?\n(?:---|\.\.\.)\r?\n/.exec(source);
  return m ? { yaml: m[0].trimEnd(), rest: source.slice(m[0].length) } : { yaml: null, rest: source };
}

export function markdownToText(source: string): string {
  const { yaml, rest } = splitFrontMatter(source);
  const root = parser.runSync(parser.parse(rest)) as Root;
  const reader = new MarkdownText();
  for (const node of root.children) reader.block(node);
  const notes = reader.notes();
  const text = [yaml, ...reader.blocks, notes].filter((b): b is string => Boolean(b)).join("\n\n");
  // A web address written out in Markdown keeps the backslashes of its escapes ("s\_sa"): they are not the address's.
  return text.replace(/https?:\/\/[^\s<>]+/g, (url) => url.replace(/\\([_*[\]()#~$&])/g, "$1"));
}

const SIGNS: [RegExp, number][] = [
  [/^#{1,6}\s+\S/m, 2],
  [/\[\^[^\]\s]+\](?!:)/, 3],
  [/^\[\^[^\]\s]+\]:/m, 3],
  [/\[[^\]\n]+\]\((?:https?:\/\/|#)[^)\s]*\)/, 3],
  [/(?<![\w*])\*\*[^*\n]+\*\*(?![\w*])/, 1],
  [/(?<![\w*\\])\*(?!\s)[^*\n]+(?<!\s)\*/, 1],
  [/\\[$*_[\]#`]/, 2],
  [/^---\r?\n[\s\S]*?\r?\n---\r?\n/, 3],
  [/^\s{0,3}(?:[-*+])\s+\S/m, 1],
];

/** Whether plain text is really Markdown (a .txt saved from a Markdown editor or a CMS): enough of its signs. */
export function looksLikeMarkdown(text: string): boolean {
  const sample = text.slice(0, 200_000);
  return SIGNS.reduce((score, [pattern, weight]) => score + (pattern.test(sample) ? weight : 0), 0) >= 4;
}

import type { Nodes, Root, RootContent, PhrasingContent, ListItem, Table } from "mdast";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { splitReferenceTokens } from "./claim-references";
import type { Block, Inline } from "./document";
import { safeUrl } from "./safe-url";

type Marks = { bold?: boolean; italic?: boolean; strike?: boolean };

/** What the conversion asks of its caller: the inlines of a claim reference, and of a footnote of the author's own. */
export type InlineResolver = {
  claim: (claimId: string, marks: Marks) => Inline[];
  /** A direct citation of a source, `[[source:<id>]]`; without a resolver the token stays as written. */
  source?: (sourceId: string, marks: Marks) => Inline[];
  /** The author's own GFM footnote `[^label]`, with its definition's text (null when undefined). */
  note: (label: string, text: string | null) => Inline[];
};

const parser = unified().use(remarkParse).use(remarkGfm);

/** Parses Markdown (CommonMark + GFM tables, strikethrough, footnotes); never throws on malformed input. */
export function parseMarkdown(markdown: string): Root {
  return parser.runSync(parser.parse(markdown)) as Root;
}

/**
 * Converts Markdown into the document's blocks. Raw HTML is kept as the text
 * it is (never markup), images become links to their address, links keep only
 * http, https and mailto addresses, and claim and source tokens are handed to the
 * resolver in reading order, so footnotes number themselves as they appear.
 */
export function markdownToBlocks(markdown: string, resolver: InlineResolver): Block[] {
  const tree = parseMarkdown(markdown);
  const definitions = new Map<string, string>();
  for (const node of tree.children) {
    if (node.type === "footnoteDefinition") definitions.set(node.identifier, plainText(node).trim());
  }
  const context: Context = { resolver, definitions };
  return blocks(tree.children, context);
}

type Context = { resolver: InlineResolver; definitions: Map<string, string> };

function blocks(nodes: RootContent[], context: Context): Block[] {
  return nodes.flatMap((node) => block(node, context));
}

function block(node: RootContent, context: Context): Block[] {
  switch (node.type) {
    case "heading":
      return [{ kind: "heading", level: node.depth, children: inlines(node.children, context, {}) }];
    case "paragraph":
      return [{ kind: "paragraph", children: inlines(node.children, context, {}) }];
    case "list":
      return [{ kind: "list", ordered: !!node.ordered, items: node.children.map((item: ListItem) => blocks(item.children, context)) }];
    case "blockquote":
      return [{ kind: "quote", children: blocks(node.children, context) }];
    case "code":
      return [{ kind: "code", text: node.value }];
    case "table":
      return [table(node, context)];
    case "thematicBreak":
      return [{ kind: "rule" }];
    case "html":
      // Inert: the markup is shown as the text it is.
      return node.value.trim() ? [{ kind: "paragraph", children: [{ kind: "text", text: node.value }] }] : [];
    default:
      // Footnote and link definitions render where they are used; anything else carries no text of its own.
      return [];
  }
}

function table(node: Table, context: Context): Block {
  const [head, ...body] = node.children;
  const cells = (row: Table["children"][number] | undefined) => (row?.children ?? []).map((cell) => inlines(cell.children, context, {}));
  return { kind: "table", header: cells(head), rows: body.map(cells) };
}

function inlines(nodes: PhrasingContent[], context: Context, marks: Marks): Inline[] {
  return mergeText(nodes.flatMap((node) => inline(node, context, marks)));
}

function inline(node: PhrasingContent, context: Context, marks: Marks): Inline[] {
  switch (node.type) {
    case "text":
      return splitReferenceTokens(node.value).flatMap((part) => {
        if (part.kind === "text") return [text(part.text, marks)];
        if (part.kind === "claim") return context.resolver.claim(part.claimId, marks);
        return context.resolver.source ? context.resolver.source(part.sourceId, marks) : [text(`[[source:${part.sourceId}]]`, marks)];
      });
    case "strong":
      return inlines(node.children, context, { ...marks, bold: true });
    case "emphasis":
      return inlines(node.children, context, { ...marks, italic: true });
    case "delete":
      return inlines(node.children, context, { ...marks, strike: true });
    case "inlineCode":
      return [{ ...text(node.value, marks), code: true }];
    case "break":
      return [{ kind: "break" }];
    case "html":
      return [text(node.value, marks)];
    case "link": {
      const children = inlines(node.children, context, marks);
      const url = safeUrl(node.url);
      return url ? [{ kind: "link", url, children }] : children;
    }
    case "image": {
      const label = text(`Image: ${node.alt || node.url}`, marks);
      const url = safeUrl(node.url);
      return url ? [{ kind: "link", url, children: [label] }] : [label];
    }
    case "linkReference":
      return inlines(node.children, context, marks);
    case "imageReference":
      return [text(`Image: ${node.alt ?? node.label ?? ""}`, marks)];
    case "footnoteReference":
      return context.resolver.note(node.label ?? node.identifier, context.definitions.get(node.identifier) ?? null);
    default:
      return [];
  }
}

function text(value: string, marks: Marks): Extract<Inline, { kind: "text" }> {
  return { kind: "text", text: value, ...(marks.bold ? { bold: true } : {}), ...(marks.italic ? { italic: true } : {}), ...(marks.strike ? { strike: true } : {}) };
}

/** Joins neighbouring text runs of the same formatting, which the parser splits around raw HTML. */
function mergeText(items: Inline[]): Inline[] {
  const out: Inline[] = [];
  for (const item of items) {
    const previous = out[out.length - 1];
    if (item.kind === "text" && previous?.kind === "text" && sameMarks(item, previous)) {
      out[out.length - 1] = { ...previous, text: previous.text + item.text };
    } else if (!(item.kind === "text" && item.text === "")) {
      out.push(item);
    }
  }
  return out;
}

function sameMarks(a: Extract<Inline, { kind: "text" }>, b: Extract<Inline, { kind: "text" }>): boolean {
  return !!a.bold === !!b.bold && !!a.italic === !!b.italic && !!a.code === !!b.code && !!a.strike === !!b.strike;
}

/** The text of a node and its descendants, for footnote definitions. */
export function plainText(node: Nodes): string {
  if ("value" in node && typeof node.value === "string") return node.value;
  if ("children" in node) return (node.children as Nodes[]).map(plainText).join(node.type === "root" || node.type === "footnoteDefinition" ? " " : "");
  return "";
}

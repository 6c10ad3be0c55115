import type { JSONContent } from "@tiptap/core";
import type { List, Nodes, PhrasingContent, RootContent, Table } from "mdast";
import { toMarkdown } from "mdast-util-to-markdown";
import { gfmToMarkdown } from "mdast-util-gfm";
import { splitClaimTokens } from "./claim-references";
import { parseMarkdown } from "./markdown-to-blocks";

/**
 * A brief's Markdown as the rich editor's document (ProseMirror JSON in the
 * node names of `editor-schema.ts`). The Markdown is parsed by the same
 * parser the preview and the exports use, so the editor shows exactly the
 * constructs they know. What the editor has no node for (raw HTML, link
 * definitions, images, task lists…) becomes a raw node holding its Markdown,
 * written back verbatim: nothing typed in Markdown is ever dropped.
 */
export function markdownToEditor(markdown: string): JSONContent {
  const tree = parseMarkdown(markdown);
  const context: Context = { source: markdown, nested: false };
  const content = tree.children.flatMap((node) => block(node, context));
  return { type: "doc", content: content.length ? content : [{ type: "paragraph" }] };
}

type Context = { source: string; /** Inside a quote, list or note, where a source slice would carry the container's markers. */ nested: boolean };
type Mark = NonNullable<JSONContent["marks"]>[number];

function block(node: RootContent, context: Context): JSONContent[] {
  const inner = { ...context, nested: true };
  switch (node.type) {
    case "heading":
      return [{ type: "heading", attrs: { level: node.depth }, ...content(phrasing(node.children, context)) }];
    case "paragraph":
      return [{ type: "paragraph", ...content(phrasing(node.children, context)) }];
    case "blockquote":
      return node.children.length ? [{ type: "blockquote", content: node.children.flatMap((child) => block(child, inner)) }] : [raw(node, context)];
    case "list":
      return representableList(node) ? [list(node, inner)] : [raw(node, context)];
    case "code":
      // An info string beyond the language has no place in the editor's code block.
      return node.meta ? [raw(node, context)] : [{ type: "codeBlock", attrs: { language: node.lang ?? null }, ...content(node.value ? [{ type: "text", text: node.value }] : []) }];
    case "thematicBreak":
      return [{ type: "horizontalRule" }];
    case "table":
      return [table(node, context)];
    case "footnoteDefinition":
      return node.children.length
        ? [{ type: "footnoteDefinition", attrs: { label: node.label ?? node.identifier }, content: node.children.flatMap((child) => block(child, inner)) }]
        : [raw(node, context)];
    default:
      return [raw(node, context)];
  }
}

/** The editor's list item starts with a paragraph and has no checkbox; any other list is kept as written. */
function representableList(node: List): boolean {
  return node.children.every((item) => item.checked == null && item.children[0]?.type === "paragraph");
}

function list(node: List, context: Context): JSONContent {
  const items = node.children.map((item) => ({
    type: "listItem",
    attrs: { spread: !!item.spread },
    content: item.children.flatMap((child) => block(child, context)),
  }));
  const attrs = node.ordered ? { start: node.start ?? 1, spread: !!node.spread } : { spread: !!node.spread };
  return { type: node.ordered ? "orderedList" : "bulletList", attrs, content: items };
}

function table(node: Table, context: Context): JSONContent {
  const rows = node.children.map((row, r) => ({
    type: "tableRow",
    content: row.children.map((cell) => ({ type: r === 0 ? "tableHeader" : "tableCell", content: [{ type: "paragraph", ...content(phrasing(cell.children, context)) }] })),
  }));
  return { type: "table", attrs: { align: node.align ?? [] }, content: rows };
}

function phrasing(nodes: PhrasingContent[], context: Context, marks: Mark[] = []): JSONContent[] {
  return nodes.flatMap((node) => inline(node, context, marks));
}

function inline(node: PhrasingContent, context: Context, marks: Mark[]): JSONContent[] {
  switch (node.type) {
    case "text":
      return splitClaimTokens(node.value).map((part) =>
        part.kind === "text" ? withMarks({ type: "text", text: part.text }, marks) : withMarks({ type: "claimReference", attrs: { claimId: part.claimId } }, marks),
      );
    case "strong":
      return phrasing(node.children, context, [...marks, { type: "bold" }]);
    case "emphasis":
      return phrasing(node.children, context, [...marks, { type: "italic" }]);
    case "delete":
      return phrasing(node.children, context, [...marks, { type: "strike" }]);
    case "inlineCode":
      return [withMarks({ type: "text", text: node.value }, [...marks, { type: "code" }])];
    case "link":
      return phrasing(node.children, context, [...marks, { type: "link", attrs: { href: node.url, title: node.title ?? null } }]);
    case "break":
      return [{ type: "hardBreak" }];
    case "footnoteReference":
      return [withMarks({ type: "footnoteReference", attrs: { label: node.label ?? node.identifier } }, marks)];
    default:
      // Images, inline HTML and reference-style links are kept as their Markdown.
      return [withMarks({ type: "rawInline", attrs: { markdown: markdownOf(node, context) } }, marks)];
  }
}

function withMarks(node: JSONContent, marks: Mark[]): JSONContent {
  return marks.length ? { ...node, marks } : node;
}

function content(children: JSONContent[]): { content?: JSONContent[] } {
  return children.length ? { content: children } : {};
}

function raw(node: Nodes, context: Context): JSONContent {
  const markdown = markdownOf(node, context);
  return { type: "rawBlock", ...content(markdown ? [{ type: "text", text: markdown }] : []) };
}

/**
 * The Markdown a node was written as: the source itself where it can be cut
 * out whole, else the node written out again (inside a container, the source
 * lines carry the container's markers, which the container writes itself).
 */
function markdownOf(node: Nodes, context: Context): string {
  if (node.type === "html") return node.value;
  const { start, end } = node.position ?? {};
  const slice = start?.offset !== undefined && end?.offset !== undefined ? context.source.slice(start.offset, end.offset) : null;
  if (slice !== null && !(context.nested && slice.includes("\n"))) return slice;
  return toMarkdown(node, { extensions: [gfmToMarkdown()] }).replace(/\n+$/, "");
}

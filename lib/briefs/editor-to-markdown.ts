import type { JSONContent } from "@tiptap/core";
import type { AlignType, BlockContent, DefinitionContent, ListItem, Parents, PhrasingContent, RootContent, TableCell, TableRow } from "mdast";
import { gfmToMarkdown } from "mdast-util-gfm";
import { toMarkdown } from "mdast-util-to-markdown";
import { claimToken } from "./claim-references";

/**
 * The rich editor's document written back as a brief's Markdown, in the
 * canonical form (the one `markdownToEditor` reads back to the same
 * document, so a body in it survives the round trip byte for byte):
 *
 * - ATX headings (`## Title`), blank lines between blocks, no trailing newline;
 * - `*emphasis*` (`_emphasis_` right inside strong), `**strong**`, `~~strike~~`, `` `code` ``, `[text](url "title")`;
 * - `-` bullets and `1.` numbered items, indented by their marker's width;
 * - fenced code, `***` rules, `\` hard breaks, GFM tables unpadded (`| a | b |`);
 * - `[[claim:id]]` for a claim, `[^label]` for a note of the writer's own
 *   and `[^label]: text` for its definition, where it was written;
 * - raw nodes exactly as they were typed.
 *
 * Characters that would otherwise read as Markdown are backslash-escaped.
 */
export function editorToMarkdown(doc: JSONContent): string {
  const root = { type: "root" as const, children: flow(doc.content ?? []) as RootContent[] };
  return toMarkdown(root, { extensions: [gfmToMarkdown({ tablePipeAlign: false })], bullet: "-", listItemIndent: "one", fences: true, rule: "*", emphasis: "*", strong: "*" }).replace(/\n+$/, "");
}

type Flow = BlockContent | DefinitionContent;

function flow(nodes: JSONContent[]): Flow[] {
  return nodes.flatMap(block);
}

function block(node: JSONContent): Flow[] {
  const children = node.content ?? [];
  switch (node.type) {
    case "paragraph":
      // An empty paragraph is where Enter was pressed twice; Markdown has no such block.
      return children.length ? [{ type: "paragraph", children: phrasing(children) }] : [];
    case "heading":
      return [{ type: "heading", depth: Number(node.attrs?.level ?? 1) as 1, children: phrasing(children) }];
    case "blockquote":
      return [{ type: "blockquote", children: flow(children) }];
    case "bulletList":
    case "orderedList":
      return [
        {
          type: "list",
          ordered: node.type === "orderedList",
          ...(node.type === "orderedList" ? { start: Number(node.attrs?.start ?? 1) } : {}),
          spread: !!node.attrs?.spread,
          children: children.map(listItem),
        },
      ];
    case "codeBlock":
      return [{ type: "code", lang: (node.attrs?.language as string | null) ?? null, value: children.map((c) => c.text ?? "").join("") }];
    case "horizontalRule":
      return [{ type: "thematicBreak" }];
    case "table":
      return [{ type: "table", align: (node.attrs?.align as AlignType[] | undefined) ?? [], children: children.map(tableRow) }];
    case "footnoteDefinition": {
      const label = String(node.attrs?.label ?? "");
      return [{ type: "footnoteDefinition", identifier: label.toLowerCase(), label, children: flow(children) as BlockContent[] }];
    }
    case "rawBlock": {
      const value = children.map((c) => c.text ?? "").join("");
      return value ? [{ type: "html", value }] : [];
    }
    default:
      return [];
  }
}

function listItem(node: JSONContent): ListItem {
  return { type: "listItem", spread: !!node.attrs?.spread, children: flow(node.content ?? []) };
}

function tableRow(node: JSONContent): TableRow {
  return { type: "tableRow", children: (node.content ?? []).map(tableCell) };
}

/** A GFM cell holds one line: the cell's paragraphs are joined by a space. */
function tableCell(node: JSONContent): TableCell {
  const paragraphs = (node.content ?? []).map((p) => p.content ?? []).filter((c) => c.length);
  const inline = paragraphs.flatMap((c, i) => (i === 0 ? c : [{ type: "text", text: " " }, ...c]));
  return { type: "tableCell", children: phrasing(inline) };
}

/** Raw Markdown, and claim tokens, are written as mdast writes raw HTML: exactly as given. */
function verbatim(node: JSONContent): { type: "html"; value: string } {
  if (node.type === "claimReference") return { type: "html", value: claimToken(String(node.attrs?.claimId ?? "")) };
  return { type: "html", value: String(node.attrs?.markdown ?? "") };
}

type Mark = NonNullable<JSONContent["marks"]>[number];

/** Outermost first, so that a link keeps its emphasis inside it and code is always innermost. */
const MARK_ORDER = ["link", "bold", "italic", "strike", "code"];

const sameMark = (a: Mark, b: Mark) => a.type === b.type && JSON.stringify(a.attrs ?? {}) === JSON.stringify(b.attrs ?? {});

/**
 * Flat runs with marks, as ProseMirror holds them, nested into mdast's
 * emphasis, strong, delete and link nodes: a run keeps the open nodes it
 * shares with the run before and opens the rest.
 */
function phrasing(nodes: JSONContent[]): PhrasingContent[] {
  const root: PhrasingContent[] = [];
  const open: { mark: Mark; children: PhrasingContent[] }[] = [];
  for (const node of nodes) {
    const marks = [...(node.marks ?? [])].filter((m) => m.type !== "code").sort((a, b) => MARK_ORDER.indexOf(a.type) - MARK_ORDER.indexOf(b.type));
    let shared = 0;
    while (shared < open.length && shared < marks.length && sameMark(open[shared]!.mark, marks[shared]!)) shared++;
    open.length = shared;
    for (const mark of marks.slice(shared)) {
      const wrapper = wrap(mark);
      (open[open.length - 1]?.children ?? root).push(wrapper);
      open.push({ mark, children: wrapper.children });
    }
    const leaf = inline(node);
    if (leaf) (open[open.length - 1]?.children ?? root).push(leaf);
  }
  return root;
}

function wrap(mark: Mark): Extract<PhrasingContent, { children: PhrasingContent[] }> & Parents {
  switch (mark.type) {
    case "link":
      return { type: "link", url: String(mark.attrs?.href ?? ""), title: (mark.attrs?.title as string | null) ?? null, children: [] };
    case "bold":
      return { type: "strong", children: [] };
    case "strike":
      return { type: "delete", children: [] };
    default:
      return { type: "emphasis", children: [] };
  }
}

function inline(node: JSONContent): PhrasingContent | null {
  switch (node.type) {
    case "text":
      return node.marks?.some((m) => m.type === "code") ? { type: "inlineCode", value: node.text ?? "" } : { type: "text", value: node.text ?? "" };
    case "hardBreak":
      return { type: "break" };
    case "footnoteReference": {
      const label = String(node.attrs?.label ?? "");
      return { type: "footnoteReference", identifier: label.toLowerCase(), label };
    }
    case "claimReference":
    case "rawInline":
      return verbatim(node);
    default:
      return null;
  }
}

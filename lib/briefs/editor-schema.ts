import { Extension, InputRule, Node, PasteRule, type Extensions } from "@tiptap/core";
import type { Node as ProseMirrorNode } from "@tiptap/pm/model";
import { TextSelection } from "@tiptap/pm/state";
import { claimToken } from "./claim-references";
import { safeUrl } from "./safe-url";
import { TableKit } from "@tiptap/extension-table";
import { StarterKit } from "@tiptap/starter-kit";

/**
 * The brief editor's schema: StarterKit's blocks and marks, GFM tables, and
 * the nodes a brief has beyond them. Every node here has a Markdown form in
 * `editor-to-markdown.ts`; marks without one (underline) are left out, so the
 * editor can hold nothing that the Markdown cannot.
 */

declare module "@tiptap/core" {
  interface Commands<ReturnType> {
    briefFootnote: {
      /** A note of the writer's own: the next number at the caret, and its definition at the end, where the caret goes. */
      insertFootnote: () => ReturnType;
    };
    briefClaim: {
      insertClaimReference: (claimId: string, at?: number | { from: number; to: number }) => ReturnType;
    };
  }
}

/** A reference to a claim (`[[claim:id]]`): one unit, shown as the claim, never its words copied in. */
export const ClaimReference = Node.create({
  name: "claimReference",
  group: "inline",
  inline: true,
  atom: true,
  selectable: true,
  draggable: true,
  addAttributes() {
    return { claimId: { default: "", parseHTML: (el) => el.getAttribute("data-claim-id"), renderHTML: (attrs) => ({ "data-claim-id": attrs.claimId }) } };
  },
  parseHTML() {
    return [{ tag: "span[data-claim-id]" }];
  },
  renderHTML({ node, HTMLAttributes }) {
    return ["span", HTMLAttributes, claimToken(node.attrs.claimId)];
  },
  renderText({ node }) {
    return claimToken(node.attrs.claimId);
  },
  addCommands() {
    return {
      insertClaimReference:
        (claimId, at) =>
        ({ commands }) =>
          at === undefined ? commands.insertContent({ type: this.name, attrs: { claimId } }) : commands.insertContentAt(at, { type: this.name, attrs: { claimId } }),
    };
  },
  addInputRules() {
    // A token typed out by hand becomes the reference it stands for, the whole token replaced.
    return [
      new InputRule({
        find: /\[\[claim:([A-Za-z0-9-]{1,64})\]\]$/,
        handler: ({ state, range, match }) => {
          state.tr.replaceWith(range.from, range.to, this.type.create({ claimId: match[1] }));
        },
      }),
    ];
  },
  addPasteRules() {
    // Tokens pasted as text (from another brief's Markdown, say) become references too.
    return [
      new PasteRule({
        find: /\[\[claim:([A-Za-z0-9-]{1,64})\]\]/g,
        handler: ({ state, range, match }) => {
          state.tr.replaceWith(range.from, range.to, this.type.create({ claimId: match[1] }));
        },
      }),
    ];
  },
});

/** `[^label]`: a note of the writer's own, numbered with the claims' footnotes in the exports. */
export const FootnoteReference = Node.create({
  name: "footnoteReference",
  group: "inline",
  inline: true,
  atom: true,
  selectable: true,
  addAttributes() {
    return { label: { default: "1", parseHTML: (el) => el.getAttribute("data-footnote"), renderHTML: (attrs) => ({ "data-footnote": attrs.label }) } };
  },
  parseHTML() {
    return [{ tag: "sup[data-footnote]" }];
  },
  renderHTML({ node, HTMLAttributes }) {
    return ["sup", { ...HTMLAttributes, class: "brief-footnote-ref", "aria-label": `Note ${node.attrs.label}` }, `[${node.attrs.label}]`];
  },
});

/** `[^label]: text`: the text of a note of the writer's own, editable where it stands. */
export const FootnoteDefinition = Node.create({
  name: "footnoteDefinition",
  group: "block",
  content: "block+",
  defining: true,
  addAttributes() {
    return { label: { default: "1", parseHTML: (el) => el.getAttribute("data-footnote-definition"), renderHTML: (attrs) => ({ "data-footnote-definition": attrs.label }) } };
  },
  parseHTML() {
    return [{ tag: "div[data-footnote-definition]", contentElement: "div" }];
  },
  renderHTML({ node, HTMLAttributes }) {
    return ["div", { ...HTMLAttributes, class: "brief-footnote-def" }, ["span", { contenteditable: "false", class: "brief-footnote-label" }, `[${node.attrs.label}]`], ["div", 0]];
  },
  addCommands() {
    return {
      insertFootnote:
        () =>
        ({ state, tr, dispatch }) => {
          const label = String(nextFootnoteNumber(state.doc));
          const { schema } = state;
          tr.replaceSelectionWith(schema.nodes.footnoteReference!.create({ label }), false);
          const end = tr.doc.content.size;
          tr.insert(end, this.type.create({ label }, schema.nodes.paragraph!.create()));
          // The caret goes into the definition's paragraph: past the definition's opening, then the paragraph's.
          if (dispatch) dispatch(tr.setSelection(TextSelection.create(tr.doc, end + 2)).scrollIntoView());
          return true;
        },
    };
  },
  addKeyboardShortcuts() {
    return { "Mod-Alt-f": () => this.editor.commands.insertFootnote() };
  },
});

/** What the editor cannot represent (raw HTML, link definitions, task lists…), as the Markdown it was written in, editable as text. */
export const RawBlock = Node.create({
  name: "rawBlock",
  group: "block",
  content: "text*",
  marks: "",
  code: true,
  defining: true,
  parseHTML() {
    return [{ tag: "pre[data-raw-markdown]", preserveWhitespace: "full" }];
  },
  renderHTML() {
    return ["pre", { "data-raw-markdown": "", class: "brief-raw", title: "Markdown kept as written" }, 0];
  },
});

/** An inline construct the editor cannot represent (an image, inline HTML, a reference-style link), kept as its Markdown. */
export const RawInline = Node.create({
  name: "rawInline",
  group: "inline",
  inline: true,
  atom: true,
  addAttributes() {
    return { markdown: { default: "", parseHTML: (el) => el.textContent, rendered: false } };
  },
  parseHTML() {
    return [{ tag: "code[data-raw-markdown]" }];
  },
  renderHTML({ node }) {
    return ["code", { "data-raw-markdown": "", class: "brief-raw", title: "Markdown kept as written" }, node.attrs.markdown];
  },
});

/** What Markdown records of lists and tables beyond their content: loose or tight items, column alignment. */
const MarkdownLayout = Extension.create({
  name: "markdownLayout",
  addGlobalAttributes() {
    return [
      { types: ["bulletList", "orderedList", "listItem"], attributes: { spread: { default: false, rendered: false } } },
      { types: ["table"], attributes: { align: { default: [], rendered: false } } },
    ];
  },
});

/** `[words](https://…)` typed out becomes a link on the words. */
const MarkdownLinkInput = Extension.create({
  name: "markdownLinkInput",
  addInputRules() {
    const link = this.editor.schema.marks.link;
    if (!link) return [];
    return [
      new InputRule({
        find: /\[([^\]\n]+)\]\((\S+?)\)$/,
        handler: ({ state, range, match }) => {
          const [, text, href] = match;
          if (!text || !href) return null;
          state.tr.replaceWith(range.from, range.to, state.schema.text(text, [link.create({ href })]));
        },
      }),
    ];
  },
});

/** One more than the highest numbered note label; named labels (`[^source]`) do not count. */
export function nextFootnoteNumber(doc: ProseMirrorNode): number {
  let highest = 0;
  doc.descendants((node) => {
    if (node.type.name === "footnoteReference" || node.type.name === "footnoteDefinition") {
      const n = Number(node.attrs.label);
      if (Number.isInteger(n) && n > highest) highest = n;
    }
  });
  return highest + 1;
}

/** The brief editor's extensions; the editor component replaces `claimReference` with its chip view. */
export function briefEditorExtensions(overrides: { claimReference?: Extensions[number] } = {}): Extensions {
  return [
    StarterKit.configure({
      underline: false,
      // The exports keep only http, https and mailto links; the editor shows no other kind as a link either.
      link: { openOnClick: false, autolink: true, isAllowedUri: (url) => safeUrl(url) !== null, HTMLAttributes: { rel: "noopener noreferrer nofollow", target: null } },
    }),
    TableKit.configure({ table: { resizable: false } }),
    overrides.claimReference ?? ClaimReference,
    FootnoteReference,
    FootnoteDefinition,
    RawBlock,
    RawInline,
    MarkdownLayout,
    MarkdownLinkInput,
  ];
}

import { getSchema, type JSONContent } from "@tiptap/core";
import { Node } from "@tiptap/pm/model";
import { describe, expect, it } from "vitest";
import { referencedClaimIds } from "./claim-references";
import { editorToMarkdown } from "./editor-to-markdown";
import { briefEditorExtensions, nextFootnoteNumber } from "./editor-schema";
import { markdownToEditor } from "./markdown-to-editor";
import { parseMarkdown, plainText } from "./markdown-to-blocks";

const schema = getSchema(briefEditorExtensions());

/** The document the editor would hold: it must fit the schema, not only look right as JSON. */
function load(markdown: string): JSONContent {
  const doc = markdownToEditor(markdown);
  Node.fromJSON(schema, doc).check();
  return doc;
}

const roundTrip = (markdown: string) => editorToMarkdown(Node.fromJSON(schema, load(markdown)).toJSON() as JSONContent);

/** Every construct the preview and the exports know, in the canonical form. */
const CANONICAL: [string, string][] = [
  ["headings", "# Key judgements\n\n## Background\n\n###### Smallest"],
  ["paragraphs", "First paragraph.\n\nSecond paragraph."],
  ["emphasis, strong, strike, code", "Plain *em* **strong** **_both_** ~~gone~~ `code` and **bold *nested* bold**."],
  ["links", '[a link](https://example.org) and [titled](https://example.org/a "The title") and <https://example.org/auto> and [**bold link**](mailto:a@b.org).'],
  ["bullet list, nested", "- one\n- two\n  - two a\n  - two b\n- three"],
  ["ordered list, nested, starting at 3", "3. three\n4. four\n   1. four one\n   2. four two"],
  ["loose list", "- one\n\n- two\n\n  with a second paragraph"],
  ["blockquote", "> Quoted.\n>\n> - a list in it\n>\n> > nested quote"],
  ["table with alignment", "| Actor | Share | Note |\n| :- | -: | :-: |\n| China | 30% | [[claim:cm1]] |\n| Japan | *12%* | |"],
  ["claim references", "China invests most [[claim:cmx6abc]]; Japan gives aid [[claim:cm-2]].\n\n**[[claim:cmx6abc]]** in bold."],
  ["the writer's own footnotes", "A claim of mine.[^1] Another.[^note]\n\n[^1]: My first note.\n\n[^note]: A named note, with [a link](https://example.org)."],
  ["code block", "```ts\nconst a = 1;\n\nconst b = 2;\n```\n\n```\nno language\n```"],
  ["hard and soft breaks", "line one\\\nline two\nline three"],
  ["rule", "Above.\n\n***\n\nBelow."],
  ["escaped characters", "2\\*3, \\[brackets], \\_underscores\\_, a\\`tick and a # hash"],
  ["raw HTML kept as written", '<div class="box">\n  raw <b>html</b>\n</div>\n\nInline <abbr>ODA</abbr> text.'],
  ["images and reference links kept as written", "An ![map](https://example.org/map.png) and [the report][r].\n\n[r]: https://example.org/report"],
  ["task lists kept as written", "- [ ] to do\n- [x] done"],
  ["empty", ""],
];

describe("the brief's Markdown in the rich editor", () => {
  it.each(CANONICAL)("%s: Markdown → editor document → the same Markdown", (_name, markdown) => {
    expect(roundTrip(markdown)).toBe(markdown);
  });

  it("reads claim tokens as claim nodes, wherever they stand", () => {
    const doc = load("- see [[claim:a1]]\n\n| x |\n| - |\n| *[[claim:b2]]* |");
    const ids: string[] = [];
    Node.fromJSON(schema, doc).descendants((node) => {
      if (node.type.name === "claimReference") ids.push(node.attrs.claimId as string);
    });
    expect(ids).toEqual(["a1", "b2"]);
  });

  it("keeps what it cannot represent as raw Markdown blocks, never dropping them", () => {
    const doc = load("<details>x</details>\n\n- [ ] task");
    expect(doc.content?.map((n) => n.type)).toEqual(["rawBlock", "rawBlock"]);
  });

  // A body typed in the old Markdown box need not be canonical: it loads without losing a word or a reference.
  it.each([
    ["odd spacing", "Title\n=====\n\n\n\n   odd    spacing   here  \n* star item\n+ plus item\n\n\n1) paren\n\n    indented code\n\nend   "],
    ["autolinks, single tildes and setext", "Sub\n---\nhttps://example.org/plain ~one~ __strong__ _em_ [[claim:zz9]]\n\n> lazy\ncontinuation"],
    ["a quote holding raw HTML", "> <div>\n> boxed\n> </div>\n>\n> [x]: https://example.org"],
  ])("a non-canonical body (%s) loads with all its text, and settles into the canonical form", (_name, markdown) => {
    const once = roundTrip(markdown);
    expect(plainText(parseMarkdown(once)).replace(/\s+/g, " ")).toBe(plainText(parseMarkdown(markdown)).replace(/\s+/g, " "));
    expect(referencedClaimIds(once)).toEqual(referencedClaimIds(markdown));
    expect(roundTrip(once)).toBe(once);
  });

  it("writes an empty editor as an empty body, and drops the empty paragraphs Enter leaves", () => {
    expect(editorToMarkdown({ type: "doc", content: [{ type: "paragraph" }] })).toBe("");
    const doc = { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "a" }] }, { type: "paragraph" }, { type: "paragraph", content: [{ type: "text", text: "b" }] }] };
    expect(editorToMarkdown(doc)).toBe("a\n\nb");
  });

  it("writes a typed token-like text escaped, so it cannot turn into a reference", () => {
    const doc = { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "[[claim:abc]] and [^1]" }] }] };
    expect(referencedClaimIds(editorToMarkdown(doc))).toEqual([]);
  });
});

describe("the writer's own notes", () => {
  it("numbers a new note one past the highest numbered label, whatever the named ones", () => {
    const doc = Node.fromJSON(schema, load("A[^2] and B[^source].\n\n[^2]: Two.\n\n[^source]: Named."));
    expect(nextFootnoteNumber(doc)).toBe(3);
    expect(nextFootnoteNumber(Node.fromJSON(schema, load("No notes.")))).toBe(1);
  });
});

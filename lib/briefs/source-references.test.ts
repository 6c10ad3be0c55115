import { getSchema, type JSONContent } from "@tiptap/core";
import { Node } from "@tiptap/pm/model";
import { describe, expect, it } from "vitest";
import { referencedSourceIds, sourceToken, splitReferenceTokens } from "./claim-references";
import { editorToMarkdown } from "./editor-to-markdown";
import { briefEditorExtensions } from "./editor-schema";
import { markdownToEditor } from "./markdown-to-editor";
import { markdownToBlocks } from "./markdown-to-blocks";

const schema = getSchema(briefEditorExtensions());
const throughEditor = (markdown: string) => editorToMarkdown(Node.fromJSON(schema, markdownToEditor(markdown)).toJSON() as JSONContent);
const cited = (markdown: string) => {
  const seen: string[] = [];
  markdownToBlocks(markdown, { claim: () => [], note: () => [], source: (id) => (seen.push(id), []) });
  return seen;
};

describe("source tokens", () => {
  it("are found once each, in order, and cut out of text beside claim tokens", () => {
    expect(referencedSourceIds(`${sourceToken("b")} ${sourceToken("a")} ${sourceToken("b")} [[source:]] [[source:x y]]`)).toEqual(["b", "a"]);
    expect(splitReferenceTokens("A [[claim:c1]] and [[source:s1]].")).toEqual([
      { kind: "text", text: "A " },
      { kind: "claim", claimId: "c1" },
      { kind: "text", text: " and " },
      { kind: "source", sourceId: "s1" },
      { kind: "text", text: "." },
    ]);
  });

  it("survive the editor: saved back, the body cites the same sources, and again unchanged", () => {
    const markdown = "Cited directly [[source:cm1abc]] and **[[source:x-2]]**, with a claim [[claim:c1]].";
    const once = throughEditor(markdown);
    expect(referencedSourceIds(once)).toEqual(["cm1abc", "x-2"]);
    expect(cited(once)).toEqual(["cm1abc", "x-2"]);
    expect(throughEditor(once)).toBe(once);
  });

  it("stay as written where nothing resolves them", () => {
    const blocks = markdownToBlocks("See [[source:s1]].", { claim: () => [], note: () => [] });
    expect(blocks).toEqual([{ kind: "paragraph", children: [{ kind: "text", text: "See [[source:s1]]." }] }]);
  });
});

import { describe, expect, it } from "vitest";
import { contentsOf, headingAnchor, readOutline } from "./outline";
import { toBlocks, toParts } from "./text-blocks";

describe("readOutline", () => {
  const body = ["# Upgrade", "Why it matters.", "## The weight to the north", "China invests.", "## Upgrade", "Again."].join("\n\n");
  const markers = [{ label: "1", offset: body.indexOf("north") + 5 }];

  it("lists the headings with their level and the anchor the reader gives them", () => {
    const blocks = toBlocks(body, markers);
    const outline = readOutline(blocks, toParts(blocks));
    expect(outline.map(({ text, level, part }) => ({ text, level, part }))).toEqual([
      { text: "Upgrade", level: 1, part: 0 },
      { text: "The weight to the north", level: 2, part: 0 },
      { text: "Upgrade", level: 2, part: 0 },
    ]);
    const headings = toBlocks(body, markers).filter((b) => b.level > 0);
    expect(outline.map((h) => h.id)).toEqual(headings.map(headingAnchor));
    // Two headings alike keep apart; a marker in a heading is not part of its words.
    expect(outline[0]!.id).not.toBe(outline[2]!.id);
    expect(outline[1]!.id).toBe(`the-weight-to-the-north-${body.indexOf("## The weight")}`);
  });

  it("tells which part of a long source each heading is read in", () => {
    const blocks = toBlocks(body, markers);
    const parts = toParts(blocks, 20);
    expect(parts.length).toBeGreaterThan(1);
    const outline = readOutline(blocks, parts);
    expect(outline.map((h) => h.part)).toEqual([0, 1, 2]);
  });

  it("has nothing for a text without headings", () => {
    expect(readOutline(toBlocks("Just a paragraph.", []), [{ index: 0, firstBlock: 0, lastBlock: 0 }])).toEqual([]);
  });
});

describe("contentsOf", () => {
  const heading = (text: string, part: number) => ({ id: text.toLowerCase(), text, level: 2, part });
  const outline = [heading("One", 0), heading("Two", 0), heading("Three", 1), heading("Four", 1), heading("Five", 2)];

  it("keeps the shown part's headings and the first of every other part", () => {
    expect(contentsOf(outline, 1).map((h) => h.text)).toEqual(["One", "Three", "Four", "Five"]);
    expect(contentsOf(outline, 0).map((h) => h.text)).toEqual(["One", "Two", "Three", "Five"]);
  });
});

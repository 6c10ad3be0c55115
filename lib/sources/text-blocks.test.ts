import { describe, expect, it } from "vitest";
import { toBlocks } from "./text-blocks";

describe("toBlocks", () => {
  const body = "## Aid\n\nJapan gives aid.\nSince 1958.\n\nChina invests more.";

  it("splits headings and paragraphs, keeping body offsets", () => {
    const blocks = toBlocks(body, []);
    expect(blocks.map((b) => [b.level, body.slice(b.start, b.end)])).toEqual([
      [2, "## Aid"],
      [0, "Japan gives aid.\nSince 1958."],
      [0, "China invests more."],
    ]);
    expect(blocks[0]!.segments).toEqual([{ kind: "text", text: "Aid" }]);
  });

  it("places markers where they stood, numbering repeats of a label", () => {
    const aid = body.indexOf("aid.") + "aid.".length;
    const more = body.length;
    const blocks = toBlocks(body, [
      { label: "1", offset: aid },
      { label: "1", offset: more },
      { label: "2", offset: more },
    ]);
    expect(blocks[1]!.segments).toEqual([
      { kind: "text", text: "Japan gives aid." },
      { kind: "marker", label: "1", index: 1 },
      { kind: "text", text: "\nSince 1958." },
    ]);
    expect(blocks[2]!.segments).toEqual([
      { kind: "text", text: "China invests more." },
      { kind: "marker", label: "1", index: 2 },
      { kind: "marker", label: "2", index: 1 },
    ]);
  });
});

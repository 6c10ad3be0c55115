import { describe, expect, it } from "vitest";
import { toBlocks, toParts } from "./text-blocks";

const texts = (segments: ReturnType<typeof toBlocks>[number]["segments"]) =>
  segments.map((s) => (s.kind === "text" ? [s.text, s.claimIds] : [`^${s.label}`]));

describe("toBlocks", () => {
  const body = "## Aid\n\nJapan gives aid.\nSince 1958.\n\nChina invests more.";

  it("splits headings and paragraphs, keeping body offsets", () => {
    const blocks = toBlocks(body, []);
    expect(blocks.map((b) => [b.level, body.slice(b.start, b.end)])).toEqual([
      [2, "## Aid"],
      [0, "Japan gives aid.\nSince 1958."],
      [0, "China invests more."],
    ]);
    expect(blocks[0]!.segments).toEqual([{ kind: "text", text: "Aid", start: 3, claimIds: [] }]);
  });

  it("places markers where they stood, numbering repeats of a label", () => {
    const aid = body.indexOf("aid.") + "aid.".length;
    const more = body.length;
    const blocks = toBlocks(body, [
      { label: "1", offset: aid },
      { label: "1", offset: more },
      { label: "2", offset: more },
    ]);
    expect(texts(blocks[1]!.segments)).toEqual([["Japan gives aid.", []], ["^1"], ["\nSince 1958.", []]]);
    expect(blocks[2]!.segments.filter((s) => s.kind === "marker")).toEqual([
      { kind: "marker", label: "1", index: 2, offset: more },
      { kind: "marker", label: "2", index: 1, offset: more },
    ]);
  });

  it("splits text where overlapping and nested claims begin and end", () => {
    const at = (s: string) => body.indexOf(s);
    const blocks = toBlocks(
      body,
      [{ label: "1", offset: at("aid.") + 4 }],
      [
        { id: "outer", start: at("Japan"), end: at("1958") + 4 },
        { id: "inner", start: at("gives"), end: at("gives") + 5 },
      ],
    );
    expect(texts(blocks[1]!.segments)).toEqual([
      ["Japan ", ["outer"]],
      ["gives", ["outer", "inner"]],
      [" aid.", ["outer"]],
      ["^1"],
      ["\nSince 1958", ["outer"]],
      [".", []],
    ]);
    const starts = blocks[1]!.segments.flatMap((s) => (s.kind === "text" ? [body.slice(s.start, s.start + s.text.length) === s.text] : []));
    expect(starts.every(Boolean)).toBe(true);
  });
});

describe("toParts", () => {
  it("cuts a long text between blocks into parts of about the given size", () => {
    const paragraph = "word ".repeat(199) + "end.";
    const body = Array.from({ length: 30 }, () => paragraph).join("\n\n");
    const blocks = toBlocks(body, []);
    const parts = toParts(blocks, 5_000);
    expect(parts.length).toBe(6);
    expect(parts[0]).toMatchObject({ index: 0, start: 0, firstBlock: 0 });
    expect(parts.at(-1)!.end).toBe(body.length);
    for (const [i, part] of parts.entries()) {
      if (i > 0) expect(part.firstBlock).toBe(parts[i - 1]!.lastBlock + 1);
      expect(part.end - part.start).toBeLessThan(6_100);
    }
  });

  it("keeps a short text whole", () => {
    expect(toParts(toBlocks("One.\n\nTwo.", []))).toEqual([{ index: 0, start: 0, end: 10, firstBlock: 0, lastBlock: 1 }]);
  });
});

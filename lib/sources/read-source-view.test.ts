import { describe, expect, it } from "vitest";
import { chooseSourcePart, readSourceView, UNTHEMED_COLOUR } from "./read-source-view";

// Three paragraphs of 20 characters each; with parts of 20 characters, each is a part of its own.
const body = ["Japan gives aid.¹ A.", "China invests more.²", "Laos borrows. Notes."].join("\n\n");
const at = (words: string) => body.indexOf(words);
const markers = [
  { label: "1", offset: at("¹") },
  { label: "2", offset: at("²") },
];
const text = { body: body.replace(/[¹²]/g, " "), markers };
const citations = [
  { id: "n1", label: "1" },
  { id: "n2", label: "2" },
  { id: "n3", label: "3" },
];
const claim = (id: string, words: string, extra: { orphaned?: boolean; colour?: string } = {}) => ({
  id,
  start: at(words),
  end: at(words) + words.length,
  orphaned: extra.orphaned ?? false,
  themes: extra.colour ? [{ colour: extra.colour }] : [],
});
const anchors = [claim("japan", "Japan gives"), claim("china", "China"), claim("laos-1", "Laos"), claim("laos-2", "borrows"), claim("lost", "A.", { orphaned: true })];
const choose = (options: { part?: string; claimId?: string; isCurrentVersion?: boolean; partSize?: number } = {}) =>
  chooseSourcePart({ text, anchors, isCurrentVersion: true, partSize: 20, ...options });

describe("chooseSourcePart", () => {
  it("cuts a long text into parts, counting the anchored claims that start in each", () => {
    const choice = choose();
    expect(choice.parts.map((p) => [p.index, text.body.slice(p.start, p.end), p.claims])).toEqual([
      [0, "Japan gives aid.  A.", 1],
      [1, "China invests more. ", 1],
      [2, "Laos borrows. Notes.", 2],
    ]);
    expect(choice.current?.index).toBe(0);
    expect(choice.within).toEqual({ start: 0, end: 20 });
    expect(choice.linkedClaimId).toBeUndefined();
  });

  it("shows the part asked for, clamped to the parts there are", () => {
    expect(choose({ part: "1" }).current?.index).toBe(1);
    expect(choose({ part: "99" }).current?.index).toBe(2);
    expect(choose({ part: "-3" }).current?.index).toBe(0);
    expect(choose({ part: "two" }).current?.index).toBe(0);
  });

  it("opens the part holding a linked claim, unless a part is named", () => {
    const linked = choose({ claimId: "laos-2" });
    expect(linked.current?.index).toBe(2);
    expect(linked.linkedClaimId).toBe("laos-2");
    expect(linked.within).toEqual({ start: linked.parts[2]!.start, end: linked.parts[2]!.end });
    expect(choose({ claimId: "laos-2", part: "1" }).current?.index).toBe(1);
  });

  it("ignores a linked claim that is unknown or whose quote was lost", () => {
    expect(choose({ claimId: "nobody" })).toMatchObject({ linkedClaimId: undefined, current: { index: 0 } });
    expect(choose({ claimId: "lost" })).toMatchObject({ linkedClaimId: undefined, current: { index: 0 } });
  });

  it("lists every claim of a short source, or of an older version, which counts none", () => {
    const short = choose({ partSize: 25_000 });
    expect(short.parts).toHaveLength(1);
    expect(short.within).toBeUndefined();

    const older = choose({ isCurrentVersion: false, claimId: "china" });
    expect(older.parts.map((p) => p.claims)).toEqual([0, 0, 0]);
    expect(older.within).toBeUndefined();
    expect(older.linkedClaimId).toBeUndefined();
  });

  it("has no part for an empty text", () => {
    const empty = chooseSourcePart({ text: { body: "", markers: [] }, anchors: [], isCurrentVersion: true });
    expect(empty).toEqual({ parts: [], current: undefined, linkedClaimId: undefined, within: undefined, outline: [] });
  });
});

describe("readSourceView", () => {
  const read = (choice: ReturnType<typeof choose>, claims = anchors, isCurrentVersion = true) =>
    readSourceView({ text, isCurrentVersion, choice, citations, claims });
  const claimIdsIn = (blocks: ReturnType<typeof read>["blocks"]) =>
    [...new Set(blocks.flatMap((b) => b.segments.flatMap((s) => (s.kind === "text" ? s.claimIds : []))))];

  it("lays out the part on screen only, with its highlights and their colours", () => {
    const claims = [claim("china", "China", { colour: "#2563eb" }), claim("invests", "invests"), claim("lost", "A.", { orphaned: true })];
    const view = read(choose({ part: "1" }), claims);
    expect(view.blocks.map((b) => [b.start, b.end])).toEqual([[22, 42]]);
    expect(claimIdsIn(view.blocks)).toEqual(["china", "invests"]);
    expect(view.colours).toEqual(
      new Map([
        ["china", "#2563eb"],
        ["invests", UNTHEMED_COLOUR],
      ]),
    );
  });

  it("lists the notes a part cites, and under the last part those cited nowhere", () => {
    expect(read(choose({ part: "0" })).notes.map((n) => n.label)).toEqual(["1"]);
    expect(read(choose({ part: "1" })).notes.map((n) => n.label)).toEqual(["2"]);
    expect(read(choose({ part: "2" })).notes.map((n) => n.label)).toEqual(["3"]);
    expect(read(choose()).markedLabels).toEqual(new Set(["1", "2"]));
  });

  it("shows a short source whole, with all its notes", () => {
    const view = read(choose({ partSize: 25_000 }));
    expect(view.blocks).toHaveLength(3);
    expect(view.notes).toEqual(citations);
  });

  it("draws no highlights on an older version", () => {
    const view = read(choose({ isCurrentVersion: false }), anchors, false);
    expect(claimIdsIn(view.blocks)).toEqual([]);
    expect(view.colours.size).toBe(0);
  });
});

import { describe, expect, it } from "vitest";
import { markersInSentences, splitSentences } from "./sentences";

/** A paragraph written with its markers inline as ^n, returned as plain text and marker offsets. */
function paragraph(written: string) {
  const markers: { label: string; offset: number }[] = [];
  let text = "";
  for (const part of written.split(/(\^\d+)/)) {
    if (part.startsWith("^")) markers.push({ label: part.slice(1), offset: text.length });
    else text += part;
  }
  return { text, markers };
}

const at = (text: string, words: string) => {
  const start = text.indexOf(words);
  if (start < 0) throw new Error(`not in the text: ${words}`);
  return [start, start + words.length] as const;
};

describe("splitSentences", () => {
  it("keeps abbreviations, currency and decimals inside their sentence", () => {
    const text = "Aid runs at roughly US$90–100 million a year, e.g. for schools. Grants of $8.2 million followed. Then more.";
    expect(splitSentences(text).map((s) => text.slice(s.start, s.end).trim())).toEqual([
      "Aid runs at roughly US$90–100 million a year, e.g. for schools.",
      "Grants of $8.2 million followed.",
      "Then more.",
    ]);
  });
});

describe("markersInSentences", () => {
  const { text, markers } = paragraph(
    "History, for a start. Japan has been providing assistance to Laos since 1958, and volunteers arrived in 1965.^3 Aid runs at roughly US$90–100 million a year.^4 Our view differs.",
  );

  it("offers the marker that ends the sentence after its full stop", () => {
    const [start, end] = at(text, "Japan has been providing assistance to Laos since 1958");
    expect(markersInSentences(text, markers, start, end)).toEqual(["3"]);
  });

  it("offers the markers of every sentence the selection touches, and no other", () => {
    const [start] = at(text, "volunteers arrived");
    const [, end] = at(text, "Aid runs at roughly");
    expect(markersInSentences(text, markers, start, end)).toEqual(["3", "4"]);
  });

  it("offers nothing for a sentence without a marker, though the next one has one", () => {
    const [start, end] = at(text, "History, for a start.");
    expect(markersInSentences(text, markers, start, end)).toEqual([]);
    const [from, to] = at(text, "Our view");
    expect(markersInSentences(text, markers, from, to)).toEqual([]);
  });

  it("does not split at an abbreviation or a currency amount", () => {
    const [start, end] = at(text, "Aid runs");
    expect(markersInSentences(text, markers, start, end)).toEqual(["4"]);
  });

  it("keeps a marker after the space that follows its stop with the sentence it closes", () => {
    const spaced = paragraph("First claim, e.g. this one. ^1Second claim.^2");
    const [start, end] = at(spaced.text, "First claim");
    expect(markersInSentences(spaced.text, spaced.markers, start, end)).toEqual(["1"]);
  });

  it("offers a marker inside the sentence and one at the very end of the text once each", () => {
    const inside = paragraph("Japan^5 has given aid since 1958.^5");
    const [start, end] = at(inside.text, "given aid");
    expect(markersInSentences(inside.text, inside.markers, start, end)).toEqual(["5"]);
  });

  it("answers nothing for empty text", () => {
    expect(markersInSentences("", [{ label: "1", offset: 0 }], 0, 0)).toEqual([]);
  });
});

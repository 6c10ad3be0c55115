import { describe, expect, it } from "vitest";
import type { NoteForCitation, SourceForCitation } from "./citation-fields";
import { compareLabels, formatAuthors, formatBibliography, formatClaimFootnote, formatNoteReference, formatSourceReference } from "./citation-format";

const source: SourceForCitation = {
  id: "s1",
  title: "Beyond the Donor's Chair",
  authors: ["Kanya R."],
  publisher: "Institute for Mekong Studies",
  publishedOn: new Date("2025-03-12T00:00:00Z"),
  url: "https://example.org/donor",
};

const note = (over: Partial<NoteForCitation> = {}): NoteForCitation => ({
  label: "3",
  text: "JICA, Annual Report 2024, 2024, https://jica.example/ar2024.",
  url: "https://jica.example/ar2024",
  title: null,
  authors: [],
  publisher: null,
  issued: null,
  ...over,
});

describe("formatAuthors", () => {
  it.each([
    [[], ""],
    [["A"], "A"],
    [["A", "B"], "A and B"],
    [["A", "B", " C "], "A, B and C"],
  ])("%j → %s", (authors, expected) => expect(formatAuthors(authors)).toBe(expected));
});

describe("formatSourceReference", () => {
  it("gives authors, title in quotes, publisher, date and URL", () => {
    expect(formatSourceReference(source)).toBe(
      "Kanya R., “Beyond the Donor's Chair”, Institute for Mekong Studies, 12 March 2025, https://example.org/donor",
    );
  });

  it("leaves out what is missing", () => {
    expect(formatSourceReference({ ...source, authors: [], publisher: null, publishedOn: null, url: null })).toBe("“Beyond the Donor's Chair”");
  });

  it("tidies whitespace", () => {
    expect(formatSourceReference({ ...source, title: " A\n title ", authors: [], publisher: " P ", publishedOn: null, url: null })).toBe("“A title”, P");
  });
});

describe("formatNoteReference", () => {
  it("keeps an unparsed note's text without its final full stop", () => {
    expect(formatNoteReference(note())).toBe("JICA, Annual Report 2024, 2024, https://jica.example/ar2024");
  });

  it("adds the address when the text lacks it", () => {
    expect(formatNoteReference(note({ text: "JICA annual report." }))).toBe("JICA annual report, https://jica.example/ar2024");
  });

  it("formats a parsed note like a source", () => {
    expect(formatNoteReference(note({ title: "Annual Report 2024", authors: ["JICA"], issued: "2024" }))).toBe(
      "JICA, “Annual Report 2024”, 2024, https://jica.example/ar2024",
    );
  });
});

describe("formatClaimFootnote", () => {
  it("cites the source alone when the claim relies on none of its notes", () => {
    expect(formatClaimFootnote(source, [])).toBe(
      "Kanya R., “Beyond the Donor's Chair”, Institute for Mekong Studies, 12 March 2025, https://example.org/donor.",
    );
  });

  it("puts the original citation first, “cited in” the source", () => {
    const parsed = note({ title: "Annual Report 2024", authors: ["JICA"], issued: "2024" });
    expect(formatClaimFootnote(source, [parsed])).toBe(
      "JICA, “Annual Report 2024”, 2024, https://jica.example/ar2024 (note 3), cited in Kanya R., “Beyond the Donor's Chair”, Institute for Mekong Studies, 12 March 2025, https://example.org/donor.",
    );
  });

  it("lists several notes in their printed order", () => {
    const text = formatClaimFootnote(source, [note({ label: "10", text: "Ten.", url: null }), note({ label: "2", text: "Two.", url: null })]);
    expect(text.startsWith("Two (note 2); Ten (note 10), cited in Kanya R.")).toBe(true);
  });
});

describe("compareLabels", () => {
  it("orders numbers numerically and letters alphabetically", () => {
    expect(["10", "2", "b", "a", "1"].sort(compareLabels)).toEqual(["1", "2", "10", "a", "b"]);
  });
});

describe("formatBibliography", () => {
  it("gives one entry per source, sorted", () => {
    const other = { ...source, id: "s2", authors: ["Anan P."], title: "Rails" };
    expect(formatBibliography([source, other, source])).toEqual([
      "Anan P., “Rails”, Institute for Mekong Studies, 12 March 2025, https://example.org/donor.",
      "Kanya R., “Beyond the Donor's Chair”, Institute for Mekong Studies, 12 March 2025, https://example.org/donor.",
    ]);
  });
});

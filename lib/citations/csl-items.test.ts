import { describe, expect, it } from "vitest";
import { noteIsStructured, noteToItem, sourceToItem } from "./csl-items";
import { decodeEntities, htmlToRuns } from "./html-runs";

const source = { id: "s1", title: " Beyond the Donor's Chair ", authors: ["Kanya Rattanakosin", "Ministry of Foreign Affairs of Japan", "JICA"], publisher: "Institute of Asian Studies", publishedOn: new Date("2025-03-12T00:00:00Z"), url: "https://example.org/donor" };
const note = { label: "3", text: "JICA, Annual Report 2024.", url: null, title: "Annual Report 2024", authors: ["JICA"], publisher: "JICA", issued: "5 March 2025" };

describe("sourceToItem", () => {
  it("splits a personal name and keeps an organisation or a one-word name literal; dates are the UTC day", () => {
    expect(sourceToItem({ ...source, kind: "REPORT" }, "x")).toEqual({
      id: "x",
      type: "report",
      title: "Beyond the Donor's Chair",
      author: [{ family: "Rattanakosin", given: "Kanya" }, { literal: "Ministry of Foreign Affairs of Japan" }, { literal: "JICA" }],
      publisher: "Institute of Asian Studies",
      issued: { "date-parts": [[2025, 3, 12]] },
      URL: "https://example.org/donor",
    });
  });

  it("maps a kind to a CSL type, with the outlet of news as its container", () => {
    expect(sourceToItem({ ...source, kind: "NEWS" }, "x")).toMatchObject({ type: "article-newspaper", "container-title": "Institute of Asian Studies" });
    expect(sourceToItem({ ...source, kind: "NEWS" }, "x")).not.toHaveProperty("publisher");
    expect(sourceToItem({ ...source, kind: "COMMENTARY" }, "x").type).toBe("webpage");
    expect(sourceToItem({ ...source, url: null, kind: "OTHER" }, "x").type).toBe("article");
    expect(sourceToItem({ ...source, kind: "ACADEMIC" }, "x").type).toBe("article-journal");
  });

  it("takes imported CSL-JSON as the base and the edited fields over it", () => {
    const csl = { id: "zotero-9", type: "chapter", title: "Old title", "container-title": "Aid in Asia", page: "12-30", author: [{ family: "Old", given: "A." }] };
    const item = sourceToItem({ ...source, authors: [], publishedOn: null, kind: "REPORT", csl }, "x");
    expect(item).toEqual({ id: "x", type: "chapter", title: "Beyond the Donor's Chair", "container-title": "Aid in Asia", page: "12-30", author: [{ family: "Old", given: "A." }], publisher: "Institute of Asian Studies", URL: "https://example.org/donor" });
    expect(sourceToItem({ ...source, kind: "REPORT", csl: ["not", "an", "item"] }, "x").type).toBe("report");
    // Variables of the wrong shape are left out rather than handed to the processor.
    const malformed = sourceToItem({ ...source, authors: [], kind: "REPORT", csl: { editor: "Jane Doe", accessed: "yesterday", volume: { n: 3 }, issue: "4" } }, "x");
    expect(malformed).not.toHaveProperty("editor");
    expect(malformed).not.toHaveProperty("accessed");
    expect(malformed).not.toHaveProperty("volume");
    expect(malformed.issue).toBe("4");
  });
});

describe("noteToItem", () => {
  it("reads a note's free-text date as date parts where it can, as a literal otherwise", () => {
    expect(noteToItem(note, "n").issued).toEqual({ "date-parts": [[2025, 3, 5]] });
    expect(noteToItem({ ...note, issued: "2024" }, "n").issued).toEqual({ "date-parts": [[2024]] });
    expect(noteToItem({ ...note, issued: "Spring 2024" }, "n").issued).toEqual({ literal: "Spring 2024" });
    expect(noteToItem(note, "n")).toMatchObject({ type: "report", title: "Annual Report 2024", author: [{ literal: "JICA" }], publisher: "JICA" });
  });

  it("knows a note the importer did not understand, to quote as printed", () => {
    expect(noteIsStructured(note)).toBe(true);
    expect(noteIsStructured({ ...note, title: null, authors: [] })).toBe(false);
  });
});

describe("htmlToRuns", () => {
  it("turns citeproc's tags into marks and decodes entities", () => {
    expect(htmlToRuns('Smith, <i>Swing <span style="font-style:normal;">Time</span> &#38; Co</i>, <span style="font-variant:small-caps;">ibid</span><sup>2</sup> &lt;&quot;x&quot;&gt;')).toEqual([
      { text: "Smith, " },
      { text: "Swing ", italic: true },
      { text: "Time" },
      { text: " & Co", italic: true },
      { text: ", " },
      { text: "ibid", smallCaps: true },
      { text: "2", superscript: true },
      { text: ' <"x">' },
    ]);
  });

  it("puts a numbered entry's number and text on one line", () => {
    const html = '  <div class="csl-entry">\n    <div class="csl-left-margin">[1]</div><div class="csl-right-inline">B. Klaus, <i>Robot Vision</i>.</div>\n  </div>\n';
    expect(htmlToRuns(html)).toEqual([{ text: "[1] B. Klaus, " }, { text: "Robot Vision", italic: true }, { text: "." }]);
  });

  it("leaves an unknown entity as written", () => {
    expect(decodeEntities("&bogus; &#x2014; &amp;")).toBe("&bogus; — &");
  });
});

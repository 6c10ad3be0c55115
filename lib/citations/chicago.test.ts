import { describe, expect, it } from "vitest";
import { formatCitations } from "./format-citations";
import { citationStyle } from "./styles";

/**
 * The notes–bibliography examples of The Chicago Manual of Style 17th
 * edition's Citation Quick Guide, formatted from CSL items, against the
 * manual's text.
 */
const chicago = citationStyle("chicago-note-bibliography") as ReturnType<typeof citationStyle> & { file: string };

const smith = { id: "smith", type: "book", title: "Swing Time", author: [{ family: "Smith", given: "Zadie" }], publisher: "Penguin Press", "publisher-place": "New York", issued: { "date-parts": [[2016]] } };
const satterfield = {
  id: "satterfield",
  type: "article-journal",
  title: "Livy and the Pax Deum",
  "title-short": "Livy",
  author: [{ family: "Satterfield", given: "Susan" }],
  "container-title": "Classical Philology",
  volume: "111",
  issue: "2",
  page: "165-176",
  issued: { "date-parts": [[2016, 4]] },
};
const yale = {
  id: "yale",
  type: "webpage",
  title: "About Yale: Yale Facts",
  "title-short": "Yale Facts",
  "container-title": "Yale University",
  accessed: { "date-parts": [[2017, 5, 1]] },
  URL: "https://www.yale.edu/about-yale/yale-facts",
};
const manjoo = {
  id: "manjoo",
  type: "article-newspaper",
  title: "Snap Makes a Bet on the Cultural Supremacy of the Camera",
  "title-short": "Snap Makes a Bet",
  author: [{ family: "Manjoo", given: "Farhad" }],
  "container-title": "New York Times",
  issued: { "date-parts": [[2017, 3, 8]] },
  URL: "https://www.nytimes.com/2017/03/08/technology/snap-makes-a-bet-on-the-cultural-supremacy-of-the-camera.html",
};

const notes = (result: { citations: { text: string }[] }) => result.citations.map((c) => c.text);

describe("Chicago notes and bibliography (17th ed.)", () => {
  it("prints a book in full at first, then as a short note, and lists it in the bibliography", () => {
    const result = formatCitations(chicago, {
      items: [smith],
      citations: [
        { source: { id: "smith", locator: "315–16" }, noteIndex: 1 },
        { source: { id: "smith", locator: "320" }, noteIndex: 3 },
      ],
    });
    expect(notes(result)).toEqual(["Zadie Smith, Swing Time (New York: Penguin Press, 2016), 315–16.", "Smith, Swing Time, 320."]);
    expect(result.bibliography.map((b) => b.text)).toEqual(["Smith, Zadie. Swing Time. New York: Penguin Press, 2016."]);
    expect(result.citations[0]!.runs).toEqual([{ text: "Zadie Smith, " }, { text: "Swing Time", italic: true }, { text: " (New York: Penguin Press, 2016), 315–16." }]);
    expect(result.bibliography[0]!.runs).toEqual([{ text: "Smith, Zadie. " }, { text: "Swing Time", italic: true }, { text: ". New York: Penguin Press, 2016." }]);
  });

  it("prints a journal article and its short form", () => {
    const result = formatCitations(chicago, {
      items: [satterfield],
      citations: [
        { source: { id: "satterfield", locator: "170" }, noteIndex: 1 },
        { source: { id: "satterfield", locator: "172–73" }, noteIndex: 3 },
      ],
    });
    expect(notes(result)).toEqual(["Susan Satterfield, “Livy and the Pax Deum,” Classical Philology 111, no. 2 (April 2016): 170.", "Satterfield, “Livy,” 172–73."]);
    expect(result.bibliography.map((b) => b.text)).toEqual(["Satterfield, Susan. “Livy and the Pax Deum.” Classical Philology 111, no. 2 (April 2016): 165–76."]);
    expect(result.citations[0]!.runs.find((r) => r.italic)?.text).toBe("Classical Philology");
  });

  it("prints a web page and a news article", () => {
    const result = formatCitations(chicago, {
      items: [yale, manjoo],
      citations: [
        { source: { id: "yale" }, noteIndex: 1 },
        { source: { id: "manjoo" }, noteIndex: 2 },
        { source: { id: "yale" }, noteIndex: 3 },
        { source: { id: "manjoo" }, noteIndex: 4 },
      ],
    });
    expect(notes(result)).toEqual([
      "“About Yale: Yale Facts,” Yale University, accessed May 1, 2017, https://www.yale.edu/about-yale/yale-facts.",
      "Farhad Manjoo, “Snap Makes a Bet on the Cultural Supremacy of the Camera,” New York Times, March 8, 2017, https://www.nytimes.com/2017/03/08/technology/snap-makes-a-bet-on-the-cultural-supremacy-of-the-camera.html.",
      "“Yale Facts.”",
      "Manjoo, “Snap Makes a Bet.”",
    ]);
    expect(result.bibliography.map((b) => b.text)).toEqual([
      // A page without an author sorts by its title (“About Yale”).
      "Yale University. “About Yale: Yale Facts.” Accessed May 1, 2017. https://www.yale.edu/about-yale/yale-facts.",
      "Manjoo, Farhad. “Snap Makes a Bet on the Cultural Supremacy of the Camera.” New York Times, March 8, 2017. https://www.nytimes.com/2017/03/08/technology/snap-makes-a-bet-on-the-cultural-supremacy-of-the-camera.html.",
    ]);
    expect(result.citations[1]!.runs.find((r) => r.italic)?.text).toBe("New York Times");
  });

  it("says Ibid. for the work of the note just before, and not across a note of another kind", () => {
    const result = formatCitations(chicago, {
      items: [smith],
      citations: [
        { source: { id: "smith", locator: "315–16" }, noteIndex: 1 },
        { source: { id: "smith", locator: "320" }, noteIndex: 2 },
        { source: { id: "smith", locator: "320" }, noteIndex: 3 },
        // Note 4 is the author's own: "Ibid." would point at it.
        { source: { id: "smith", locator: "320" }, noteIndex: 5 },
      ],
    });
    expect(notes(result)).toEqual(["Zadie Smith, Swing Time (New York: Penguin Press, 2016), 315–16.", "Ibid., 320.", "Ibid.", "Smith, Swing Time, 320."]);
  });

  it("cites an original through the source that cites it (§14.260)", () => {
    const kanya = { id: "kanya", type: "report", title: "Beyond the Donor’s Chair", author: [{ family: "Rattanakosin", given: "Kanya" }], publisher: "Institute of Asian Studies", issued: { "date-parts": [[2025, 3, 12]] } };
    const jica = { id: "jica", type: "report", title: "Annual Report 2024", author: [{ literal: "JICA" }], issued: { "date-parts": [[2024]] }, URL: "https://www.jica.go.jp/english/about/disc/report/2024/index.html" };
    const result = formatCitations(chicago, {
      items: [kanya, jica],
      citations: [
        { source: { id: "kanya" }, originals: [{ item: "jica", text: "JICA" }], noteLabels: ["3"], noteIndex: 1 },
        { source: { id: "kanya" }, originals: [{ item: "jica", text: "JICA" }], noteLabels: ["3"], noteIndex: 2 },
      ],
      bibliography: ["kanya"],
    });
    expect(notes(result)).toEqual([
      "JICA, “Annual Report 2024,” 2024, https://www.jica.go.jp/english/about/disc/report/2024/index.html, cited in Kanya Rattanakosin, “Beyond the Donor’s Chair” (Institute of Asian Studies, March 12, 2025), n. 3.",
      "JICA, “Annual Report 2024,” cited in Rattanakosin, “Beyond the Donor’s Chair,” n. 3.",
    ]);
    expect(result.bibliography.map((b) => b.text)).toEqual(["Rattanakosin, Kanya. “Beyond the Donor’s Chair.” Institute of Asian Studies, March 12, 2025."]);
  });
});

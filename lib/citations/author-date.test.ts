import { describe, expect, it } from "vitest";
import { formatCitations } from "./format-citations";
import { citationStyle, type CitationStyle } from "./styles";

/**
 * APA 7th (Publication Manual §§8.6, 10.1, 10.4, 10.16), Cite Them Right
 * (Harvard) and the IEEE Reference Guide: their published examples,
 * formatted from CSL items, against the manuals' text.
 */
const style = (id: Parameters<typeof citationStyle>[0]) => citationStyle(id) as CitationStyle & { file: string };
const apa = style("apa");
const harvard = style("harvard-cite-them-right");
const ieee = style("ieee");

const who = {
  id: "who",
  type: "report",
  title: "Managing epidemics: Key facts about major deadly diseases",
  author: [{ literal: "World Health Organization" }],
  issued: { "date-parts": [[2018]] },
  URL: "https://www.who.int/emergencies/diseases/managing-epidemics-interactive.pdf",
};
const bologna = {
  id: "bologna",
  type: "webpage",
  title: "Why some people with anxiety love watching horror movies",
  author: [{ family: "Bologna", given: "Caroline" }],
  "container-title": "HuffPost",
  issued: { "date-parts": [[2019, 10, 31]] },
  URL: "https://www.huffpost.com/entry/anxiety-love-watching-horror-movies_l_5d277587e4b02a5a5d57b59e",
};
const rabbitt = { id: "rabbitt", type: "article-journal", title: "How old and young subjects monitor and control responses for accuracy and speed", author: [{ family: "Rabbitt", given: "P. M. A." }], issued: { "date-parts": [[1982]] } };
const lyon = {
  id: "lyon",
  type: "article-journal",
  title: "Reading and the nature of goals",
  author: [
    { family: "Lyon", given: "G. R." },
    { family: "Dunn", given: "J." },
    { family: "Krasnegor", given: "N." },
  ],
  issued: { "date-parts": [[2014]] },
};

const texts = (list: { text: string }[]) => list.map((x) => x.text);

describe("APA 7th", () => {
  it("prints a report by a group author and cites it (Author, year)", () => {
    const result = formatCitations(apa, { items: [who], citations: [{ source: { id: "who" }, noteIndex: 0 }] });
    expect(texts(result.citations)).toEqual(["(World Health Organization, 2018)"]);
    expect(texts(result.bibliography)).toEqual(["World Health Organization. (2018). Managing epidemics: Key facts about major deadly diseases. https://www.who.int/emergencies/diseases/managing-epidemics-interactive.pdf"]);
    expect(result.bibliography[0]!.runs.find((r) => r.italic)?.text).toBe("Managing epidemics: Key facts about major deadly diseases");
  });

  it("prints a web page on a news site", () => {
    const result = formatCitations(apa, { items: [bologna], citations: [{ source: { id: "bologna" }, noteIndex: 0 }] });
    expect(texts(result.citations)).toEqual(["(Bologna, 2019)"]);
    expect(texts(result.bibliography)).toEqual(["Bologna, C. (2019, October 31). Why some people with anxiety love watching horror movies. HuffPost. https://www.huffpost.com/entry/anxiety-love-watching-horror-movies_l_5d277587e4b02a5a5d57b59e"]);
    expect(result.bibliography[0]!.runs.find((r) => r.italic)?.text).toBe("Why some people with anxiety love watching horror movies");
  });

  it("cites a secondary source “as cited in” and lists only the secondary source (§8.6)", () => {
    const result = formatCitations(apa, {
      items: [rabbitt, lyon],
      citations: [{ source: { id: "lyon" }, originals: [{ item: "rabbitt", text: "Rabbitt" }], noteIndex: 0 }],
      bibliography: ["lyon"],
    });
    expect(texts(result.citations)).toEqual(["(Rabbitt, 1982, as cited in Lyon et al., 2014)"]);
    expect(result.bibliography).toHaveLength(1);
    expect(result.bibliography[0]!.text).toMatch(/^Lyon, G. R., Dunn, J., & Krasnegor, N. \(2014\)\./);
  });
});

describe("Harvard (Cite Them Right)", () => {
  it("prints a web page: Available at, and the date it was read", () => {
    const page = {
      id: "page",
      type: "webpage",
      title: "How to improve your mental wellbeing",
      author: [{ literal: "Mind" }],
      issued: { "date-parts": [[2021]] },
      accessed: { "date-parts": [[2021, 7, 29]] },
      URL: "https://www.mind.org.uk/information-support/tips-for-everyday-living/wellbeing/",
    };
    const result = formatCitations(harvard, { items: [page], citations: [{ source: { id: "page" }, noteIndex: 0 }] });
    expect(texts(result.citations)).toEqual(["(Mind, 2021)"]);
    expect(texts(result.bibliography)).toEqual([
      "Mind (2021) How to improve your mental wellbeing. Available at: https://www.mind.org.uk/information-support/tips-for-everyday-living/wellbeing/ (Accessed: 29 July 2021).",
    ]);
    expect(result.bibliography[0]!.runs.find((r) => r.italic)?.text).toBe("How to improve your mental wellbeing");
  });

  it("cites a source quoted in another work “cited in”", () => {
    const jica = { id: "jica", type: "report", title: "Annual Report 2024", author: [{ literal: "JICA" }], issued: { "date-parts": [[2024]] } };
    const kanya = { id: "kanya", type: "report", title: "Beyond the Donor’s Chair", author: [{ family: "Rattanakosin", given: "Kanya" }], issued: { "date-parts": [[2025]] } };
    const result = formatCitations(harvard, {
      items: [jica, kanya],
      citations: [{ source: { id: "kanya" }, originals: [{ item: "jica", text: "JICA" }], noteIndex: 0 }],
      bibliography: ["kanya"],
    });
    expect(texts(result.citations)).toEqual(["(JICA, 2024, cited in Rattanakosin, 2025)"]);
    expect(texts(result.bibliography)).toEqual(["Rattanakosin, K. (2025) Beyond the Donor’s Chair."]);
  });
});

describe("IEEE", () => {
  const klaus = {
    id: "klaus",
    type: "book",
    title: "Robot Vision",
    author: [
      { family: "Klaus", given: "B." },
      { family: "Horn", given: "P." },
    ],
    publisher: "MIT Press",
    "publisher-place": "Cambridge, MA, USA",
    issued: { "date-parts": [[1986]] },
  };
  const duncombe = {
    id: "duncombe",
    type: "article-journal",
    title: "Infrared navigation—Part I: An assessment of feasibility",
    author: [{ family: "Duncombe", given: "J. U." }],
    "container-title": "IEEE Trans. Electron Devices",
    volume: "ED-11",
    issue: "1",
    page: "34-39",
    issued: { "date-parts": [[1959, 1]] },
  };

  it("numbers works in the order they are first cited and prints the reference guide's examples", () => {
    const result = formatCitations(ieee, {
      items: [duncombe, klaus],
      citations: [
        { source: { id: "klaus" }, noteIndex: 0 },
        { source: { id: "duncombe" }, noteIndex: 0 },
        { source: { id: "klaus" }, noteIndex: 0 },
      ],
    });
    expect(texts(result.citations)).toEqual(["[1]", "[2]", "[1]"]);
    expect(texts(result.bibliography)).toEqual([
      "[1] B. Klaus and P. Horn, Robot Vision. Cambridge, MA, USA: MIT Press, 1986.",
      "[2] J. U. Duncombe, “Infrared navigation—Part I: An assessment of feasibility,” IEEE Trans. Electron Devices, vol. ED-11, no. 1, pp. 34–39, Jan. 1959.",
    ]);
    expect(result.bibliography[0]!.runs.find((r) => r.italic)?.text).toBe("Robot Vision");
    expect(result.bibliography[1]!.runs.find((r) => r.italic)?.text).toBe("IEEE Trans. Electron Devices");
  });

  it("numbers only the source read and names the original in words", () => {
    const result = formatCitations(ieee, {
      items: [klaus],
      citations: [{ source: { id: "klaus" }, originals: [{ text: "JICA, “Annual Report 2024,” 2024" }], noteIndex: 0 }],
    });
    expect(texts(result.citations)).toEqual(["(JICA, “Annual Report 2024,” 2024, cited in [1])"]);
    expect(result.bibliography).toHaveLength(1);
  });
});

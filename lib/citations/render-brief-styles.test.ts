import { describe, expect, it } from "vitest";
import { claimToken, sourceToken } from "@/lib/briefs/claim-references";
import type { Block, Inline } from "@/lib/briefs/document";
import { renderBrief, type BriefClaim, type BriefForRender } from "@/lib/briefs/render-brief";

const kanya = {
  id: "s1",
  title: "Beyond the Donor's Chair",
  authors: ["Kanya Rattanakosin"],
  publisher: "Institute of Asian Studies",
  publishedOn: new Date("2025-03-12T00:00:00Z"),
  url: "https://example.org/donor",
  reliability: "B",
  kind: "REPORT",
  csl: null,
};
const zotero = {
  id: "s2",
  title: "Swing Time",
  authors: ["Zadie Smith"],
  publisher: "Penguin Press",
  publishedOn: null,
  url: null,
  kind: "OTHER",
  // Imported from a reference manager: the base of the item, under the fields edited in Claimwork.
  csl: { id: "zotero-1", type: "book", title: "Swing time (old title)", "publisher-place": "New York", issued: { "date-parts": [[2016]] } },
};
const jicaNote = { label: "3", text: "JICA, Annual Report 2024, 2024.", url: "https://www.jica.go.jp/english/about/disc/report/2024/index.html", title: "Annual Report 2024", authors: ["JICA"], publisher: null, issued: "2024" };

const claim = (id: string, over: Partial<BriefClaim> = {}): BriefClaim => ({
  id,
  paraphrase: `Paraphrase ${id}.`,
  exact: `Quote ${id}`,
  status: "VERIFIED",
  orphaned: false,
  credibility: 2,
  source: kanya,
  notes: [],
  reviewer: null,
  ...over,
});

const brief = (body: string): BriefForRender => ({
  title: "Laos debt",
  summary: "",
  audience: "",
  body,
  status: "DRAFT",
  authors: [],
  approvedBy: null,
  approvedAt: null,
  updatedAt: new Date("2026-11-28T10:00:00Z"),
});

const paragraphs = (blocks: Block[]) => blocks.map((b) => (b.kind === "paragraph" ? b.children : []));
const flat = (inlines: Inline[]) => inlines.map((i) => (i.kind === "text" || i.kind === "citation" ? i.text : i.kind === "footnote" ? `[${i.n}]` : `<${i.kind}>`)).join("");

describe("renderBrief in Chicago notes and bibliography", () => {
  const claims = [claim("a"), claim("b"), claim("c", { notes: [jicaNote] })];
  const doc = renderBrief(brief(`${claimToken("a")} ${claimToken("b")}\n\nMine.[^x] ${claimToken("a")} ${claimToken("c")}\n\n[^x]: My own note.`), claims, {
    style: "chicago-note-bibliography",
    notes: "endnotes",
  });

  it("gives each citation a note: full, Ibid., short after another note, and the original cited in the source", () => {
    expect(doc.footnotes.map((f) => `${f.n}. ${f.text}`)).toEqual([
      "1. Kanya Rattanakosin, “Beyond the Donor’s Chair” (Institute of Asian Studies, March 12, 2025), https://example.org/donor.",
      "2. Ibid.",
      "3. My own note.",
      "4. Rattanakosin, “Beyond the Donor’s Chair.”",
      "5. JICA, “Annual Report 2024,” 2024, https://www.jica.go.jp/english/about/disc/report/2024/index.html, cited in Rattanakosin, “Beyond the Donor’s Chair,” n. 3.",
    ]);
    expect(paragraphs(doc.blocks).map(flat)).toEqual(["Paraphrase a.[1] Paraphrase b.[2]", "Mine.[3] Paraphrase a.[4] Paraphrase c.[5]"]);
  });

  it("lists the sources read in the bibliography, and places the notes as asked", () => {
    expect(doc.bibliography.map((b) => b.text)).toEqual(["Rattanakosin, Kanya. “Beyond the Donor’s Chair.” Institute of Asian Studies, March 12, 2025. https://example.org/donor."]);
    expect(doc.bibliographyTitle).toBe("Bibliography");
    expect(doc.notes).toBe("endnotes");
    expect(doc.footnotes[2]!.runs).toBeUndefined();
  });

  it("cites a reference-only source directly, from its imported CSL-JSON under the edited fields", () => {
    const direct = renderBrief(brief(`As Smith shows.${sourceToken("s2")} Unknown ${sourceToken("other")}.`), [], { style: "chicago-note-bibliography", sources: [zotero] });
    expect(direct.footnotes.map((f) => f.text)).toEqual(["Zadie Smith, Swing Time (New York: Penguin Press, 2016)."]);
    expect(direct.footnotes[0]!.runs?.find((r) => r.italic)?.text).toBe("Swing Time");
    expect(paragraphs(direct.blocks).map(flat)).toEqual(["As Smith shows.[1] Unknown <missing-claim>."]);
  });
});

describe("renderBrief in APA", () => {
  const claims = [claim("a"), claim("c", { notes: [jicaNote] })];
  const doc = renderBrief(brief(`${claimToken("a")} ${claimToken("c")} Mine.[^1]\n\n[^1]: My own note.`), claims, { style: "apa" });

  it("cites in the text, inside the full stop, with the original “as cited in” the source", () => {
    expect(paragraphs(doc.blocks).map(flat)).toEqual(["Paraphrase a (Rattanakosin, 2025). Paraphrase c (JICA, 2024, as cited in Rattanakosin, 2025). Mine.[1]"]);
    expect(doc.footnotes.map((f) => f.text)).toEqual(["My own note."]);
  });

  it("lists only the secondary source, under References", () => {
    expect(doc.bibliographyTitle).toBe("References");
    expect(doc.bibliography.map((b) => b.text)).toEqual(["Rattanakosin, K. (2025). Beyond the Donor’s Chair. Institute of Asian Studies. https://example.org/donor"]);
    expect(doc.bibliography[0]!.runs?.find((r) => r.italic)?.text).toBe("Beyond the Donor’s Chair");
  });
});

describe("renderBrief in IEEE", () => {
  it("numbers the sources and names the original in words", () => {
    const doc = renderBrief(brief(`${claimToken("c")} ${sourceToken("s2")}`), [claim("c", { notes: [jicaNote] })], { style: "ieee", sources: [zotero] });
    expect(paragraphs(doc.blocks).map(flat)).toEqual([
      "Paraphrase c (JICA, “Annual Report 2024”, 2024, https://www.jica.go.jp/english/about/disc/report/2024/index.html, cited in [1]). [2]",
    ]);
    expect(doc.bibliography.map((b) => b.text)).toEqual([
      "[1] K. Rattanakosin, “Beyond the Donor’s Chair,” Institute of Asian Studies, Mar. 2025. [Online]. Available: https://example.org/donor",
      "[2] Z. Smith, Swing Time. New York: Penguin Press, 2016.",
    ]);
  });
});

describe("renderBrief in the house style", () => {
  it("cites a source token in a footnote and lists it, as it cites claims", () => {
    const doc = renderBrief(brief(`Direct.${sourceToken("s2")}`), [], { sources: [zotero] });
    expect(doc.footnotes.map((f) => f.text)).toEqual(["Zadie Smith, “Swing Time”, Penguin Press."]);
    expect(doc.bibliography.map((b) => b.text)).toEqual(["Zadie Smith, “Swing Time”, Penguin Press."]);
    expect(doc.footnotes[0]!.runs).toBeUndefined();
  });
});

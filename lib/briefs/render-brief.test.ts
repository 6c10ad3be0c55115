import { describe, expect, it } from "vitest";
import { briefChecklist, briefWarnings } from "./brief-warnings";
import { claimToken, referencedClaimIds } from "./claim-references";
import type { Block } from "./document";
import { FootnoteNumbering } from "./footnote-numbering";
import { renderBrief, type BriefClaim, type BriefForRender } from "./render-brief";

const donor = { id: "s1", title: "Beyond the Donor's Chair", authors: ["Kanya R."], publisher: "Institute", publishedOn: new Date("2025-03-12T00:00:00Z"), url: "https://example.org/donor", reliability: "B" };
const rails = { id: "s2", title: "Rails", authors: [], publisher: null, publishedOn: null, url: null, reliability: "E" };
const jica = { label: "3", text: "JICA, Annual Report 2024, 2024.", url: "https://jica.example/ar", title: null, authors: [], publisher: null, issued: null };

const claim = (id: string, over: Partial<BriefClaim> = {}): BriefClaim => ({
  id,
  paraphrase: `Paraphrase ${id}`,
  exact: `Quote ${id}`,
  status: "VERIFIED",
  orphaned: false,
  credibility: 2,
  source: donor,
  notes: [],
  reviewer: "Kenji Sato",
  ...over,
});

const brief = (body: string, over: Partial<BriefForRender> = {}): BriefForRender => ({
  title: "Laos debt",
  summary: "Where the debt stands",
  audience: "Ministry",
  body,
  status: "DRAFT",
  authors: ["Ana"],
  approvedBy: null,
  approvedAt: null,
  updatedAt: new Date("2026-11-28T10:00:00Z"),
  ...over,
});

const t = claimToken;
const firstParagraph = (blocks: Block[]) => {
  const block = blocks[0];
  if (block?.kind !== "paragraph") throw new Error("expected a paragraph");
  return block.children;
};

describe("FootnoteNumbering", () => {
  it("numbers in order of first use and reuses a number for the same text", () => {
    const numbering = new FootnoteNumbering();
    expect([numbering.number("A"), numbering.number("B"), numbering.number("A "), numbering.number("C")]).toEqual([1, 2, 1, 3]);
    expect(numbering.footnotes.map((f) => f.text)).toEqual(["A", "B", "C"]);
  });
});

describe("referencedClaimIds", () => {
  it("lists each id once, in order of first use", () => {
    expect(referencedClaimIds(`${t("b")} ${t("a")} ${t("b")} [[claim:]] [[claim:x y]]`)).toEqual(["b", "a"]);
  });
});

describe("renderBrief", () => {
  it("renders a claim as its paraphrase and a footnote citing its source", () => {
    const doc = renderBrief(brief(`Debt grows: ${t("c1")}.`), [claim("c1")]);
    expect(firstParagraph(doc.blocks)).toEqual([
      { kind: "text", text: "Debt grows: Paraphrase c1" },
      { kind: "footnote", n: 1 },
      { kind: "text", text: "." },
    ]);
    expect(doc.footnotes).toEqual([
      { n: 1, text: "Kanya R., “Beyond the Donor's Chair”, Institute, 12 March 2025, https://example.org/donor.", url: "https://example.org/donor" },
    ]);
  });

  it("numbers footnotes by first use, reuses the number of a claim cited again, and lists each source once", () => {
    const claims = [claim("a", { notes: [jica] }), claim("b", { source: rails }), claim("c")];
    const doc = renderBrief(brief(`${t("b")} then ${t("a")}.\n\n${t("b")} again, and ${t("c")}.`), claims);
    const numbers = doc.blocks.flatMap((b) => (b.kind === "paragraph" ? b.children : [])).flatMap((i) => (i.kind === "footnote" ? [i.n] : []));
    expect(numbers).toEqual([1, 2, 1, 3]);
    expect(doc.footnotes.map((f) => f.text)).toEqual([
      "“Rails”.",
      "JICA, Annual Report 2024, 2024, https://jica.example/ar (note 3), cited in Kanya R., “Beyond the Donor's Chair”, Institute, 12 March 2025, https://example.org/donor.",
      "Kanya R., “Beyond the Donor's Chair”, Institute, 12 March 2025, https://example.org/donor.",
    ]);
    expect(doc.bibliography.map((entry) => entry.text)).toEqual(["Kanya R., “Beyond the Donor's Chair”, Institute, 12 March 2025, https://example.org/donor.", "“Rails”."]);
  });

  it("shares a footnote between two claims whose citation reads the same", () => {
    const doc = renderBrief(brief(`${t("a")} ${t("b")}`), [claim("a"), claim("b")]);
    expect(doc.footnotes).toHaveLength(1);
  });

  it("renders an unknown claim as a missing-claim marker, without a footnote", () => {
    const doc = renderBrief(brief(`See ${t("gone")}.`), [claim("c1")]);
    expect(firstParagraph(doc.blocks)).toEqual([{ kind: "text", text: "See " }, { kind: "missing-claim", ref: "gone" }, { kind: "text", text: "." }]);
    expect(doc.footnotes).toEqual([]);
    expect(doc.bibliography.map((entry) => entry.text)).toEqual([]);
  });

  it("keeps headings, lists, tables, quotes, code and formatting", () => {
    const body = `# Title\n\n- one ${t("a")}\n- **two**\n\n1. first\n\n> quoted\n\n| A | B |\n|---|---|\n| ${t("a")} | _x_ |\n\n\`\`\`\ncode\n\`\`\`\n\n---\n\n**bold ${t("a")}** ~~gone~~ \`c\``;
    const doc = renderBrief(brief(body), [claim("a")]);
    expect(doc.blocks.map((b) => b.kind)).toEqual(["heading", "list", "list", "quote", "table", "code", "rule", "paragraph"]);
    const table = doc.blocks[4];
    expect(table?.kind === "table" && table.rows[0]?.[0]).toEqual([{ kind: "text", text: "Paraphrase a" }, { kind: "footnote", n: 1 }]);
    expect(doc.blocks[7]).toEqual({
      kind: "paragraph",
      children: [
        { kind: "text", text: "bold Paraphrase a", bold: true },
        { kind: "footnote", n: 1 },
        { kind: "text", text: " " },
        { kind: "text", text: "gone", strike: true },
        { kind: "text", text: " " },
        { kind: "text", text: "c", code: true },
      ],
    });
  });

  it("keeps raw HTML as inert text and drops unsafe links", () => {
    const doc = renderBrief(brief(`<script>alert(1)</script>\n\nA <b>b</b> [x](javascript:alert(1)) [y](https://ok.example) ![pic](https://img.example/a.png)`), []);
    expect(doc.blocks[0]).toEqual({ kind: "paragraph", children: [{ kind: "text", text: "<script>alert(1)</script>" }] });
    expect(doc.blocks[1]).toEqual({
      kind: "paragraph",
      children: [
        { kind: "text", text: "A <b>b</b> x " },
        { kind: "link", url: "https://ok.example/", children: [{ kind: "text", text: "y" }] },
        { kind: "text", text: " " },
        { kind: "link", url: "https://img.example/a.png", children: [{ kind: "text", text: "Image: pic" }] },
      ],
    });
  });

  it("numbers the author's own footnotes with the claims'", () => {
    const doc = renderBrief(brief(`${t("a")} and a note[^n] and [^none].\n\n[^n]: My own note.`), [claim("a")]);
    expect(doc.footnotes.map((f) => [f.n, f.text])).toEqual([
      [1, "Kanya R., “Beyond the Donor's Chair”, Institute, 12 March 2025, https://example.org/donor."],
      [2, "My own note."],
    ]);
    expect(firstParagraph(doc.blocks).at(-1)).toEqual({ kind: "text", text: " and [^none]." });
  });

  it("never throws on malformed Markdown", () => {
    expect(() => renderBrief(brief("**unclosed [link]( | a |\n|-\n> > >\n```"), [])).not.toThrow();
  });

  it("fills the header, status line and optional appendix", () => {
    const approved = brief(t("a"), { status: "APPROVED", approvedBy: "Kenji Sato", approvedAt: new Date("2026-11-28T12:00:00Z") });
    const doc = renderBrief(approved, [claim("a", { source: rails })], { appendix: true });
    expect(doc.status).toBe("Approved by Kenji Sato on 28 November 2026");
    expect(doc.date).toBe("28 November 2026");
    expect(doc.appendix).toEqual([
      { n: 1, paraphrase: "Paraphrase a", quote: "Quote a", source: "Rails", reliability: "E", status: "VERIFIED", reviewer: "Kenji Sato", credibility: 2 },
    ]);
    expect(renderBrief(brief(""), []).appendix).toBeNull();
    expect(renderBrief(brief("", { status: "IN_REVIEW" }), []).status).toBe("In review");
  });
});

describe("briefWarnings and briefChecklist", () => {
  const claims = [
    claim("ok"),
    claim("draft", { status: "IN_REVIEW" }),
    claim("disputed", { status: "DISPUTED" }),
    claim("orphan", { orphaned: true }),
    claim("weak", { source: rails }),
  ];
  const body = ["ok", "draft", "disputed", "orphan", "weak", "gone"].map(t).join(" ");

  it("warns of each problem, in order of first use", () => {
    expect(briefWarnings(body, claims).map((w) => `${w.kind}:${w.claimId}:${w.blocking}`)).toEqual([
      "not-verified:draft:false",
      "disputed:disputed:false",
      "orphaned:orphan:false",
      "weak-source:weak:false",
      "missing-claim:gone:true",
    ]);
  });

  it("says what is wrong in words", () => {
    const [weak] = briefWarnings(t("weak"), claims);
    expect(weak?.message).toBe("“Paraphrase weak” comes from “Rails”, graded E (unreliable).");
  });

  it("lets only missing claims block", () => {
    const list = briefChecklist({ body, claims, status: "APPROVED", openMarks: 2 });
    expect(list.ready).toBe(false);
    expect(list.items.filter((i) => !i.ok).map((i) => i.id)).toEqual(["claims-resolve", "claims-verified", "claims-sound", "sources-graded", "estimative-language"]);
    expect(list.warnings).toBe(5);
    const clean = briefChecklist({ body: t("ok"), claims, status: "DRAFT" });
    expect(clean.ready).toBe(true);
    expect(clean.items.filter((i) => !i.ok).map((i) => i.id)).toEqual(["approved"]);
  });
});

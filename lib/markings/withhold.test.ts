import { describe, expect, it } from "vitest";
import { claimToken as t } from "@/lib/briefs/claim-references";
import type { Block, BriefDocument } from "@/lib/briefs/document";
import { renderBrief, type BriefClaim } from "@/lib/briefs/render-brief";
import { markingShortfall, scrubWithheld, WITHHELD, withholdClaims } from "./withhold";

const LIST = ["OFFICIAL", "OFFICIAL-SENSITIVE", "RESTRICTED"];

type Marked = BriefClaim & { marking: string | null; source: BriefClaim["source"] & { marking: string | null } };

const open = { id: "s1", title: "Laos Economic Monitor", authors: ["World Bank"], publisher: "World Bank", publishedOn: new Date("2024-05-01T00:00:00Z"), url: "https://www.worldbank.org/lao", reliability: "B", marking: null };
const closed = { id: "s2", title: "Embassy cable on the rail loan", authors: ["Vientiane embassy"], publisher: "FCDO", publishedOn: null, url: "https://intranet.example/cable", reliability: "A", marking: "RESTRICTED" };
const note = { label: "4", text: "Ministry of Finance, debt bulletin.", url: "https://mof.example/bulletin", title: null, authors: [], publisher: null, issued: null };

const claim = (id: string, over: Partial<Marked> = {}): Marked => ({
  id,
  paraphrase: `Paraphrase ${id}`,
  exact: `Quote ${id}`,
  status: "VERIFIED",
  orphaned: false,
  credibility: 2,
  marking: null,
  source: open,
  notes: [],
  reviewer: "Kenji Sato",
  ...over,
});

const brief = (body: string) => ({
  title: "Laos debt",
  summary: "",
  audience: "",
  body,
  status: "DRAFT" as const,
  authors: ["Ana"],
  approvedBy: null,
  approvedAt: null,
  updatedAt: new Date("2026-11-28T10:00:00Z"),
});

const allText = (doc: BriefDocument) => JSON.stringify(doc);
const paragraphText = (blocks: Block[]) =>
  blocks.flatMap((b) => (b.kind === "paragraph" ? b.children.map((c) => (c.kind === "text" ? c.text : c.kind === "footnote" ? `[${c.n}]` : "")) : [])).join("");

describe("markingShortfall", () => {
  const claims = [claim("a"), claim("b", { source: closed }), claim("c", { marking: "RESTRICTED" }), claim("d", { marking: "OFFICIAL" })];

  it("names the claims above the brief's marking, a claim standing at the higher of its own and its source's", () => {
    expect(markingShortfall("OFFICIAL", claims, LIST)).toEqual({
      marking: "OFFICIAL",
      required: "RESTRICTED",
      claimIds: ["b", "c"],
      message: "This brief cites 2 claims marked RESTRICTED; mark the brief RESTRICTED, or export with those claims withheld.",
    });
  });

  it("says when the claims above are marked differently, and for one claim speaks of one", () => {
    const mixed = markingShortfall(null, [claim("d", { marking: "OFFICIAL" }), claim("c", { marking: "RESTRICTED" })], LIST);
    expect(mixed.message).toBe("This brief cites 2 claims marked above nothing, up to RESTRICTED; mark the brief RESTRICTED, or export with those claims withheld.");
    expect(markingShortfall("OFFICIAL", [claim("c", { marking: "RESTRICTED" })], LIST).message).toBe(
      "This brief cites 1 claim marked RESTRICTED; mark the brief RESTRICTED, or export with that claim withheld.",
    );
  });

  it("has nothing to say of a brief marked high enough, or with markings turned off", () => {
    expect(markingShortfall("RESTRICTED", claims, LIST)).toEqual({ marking: "RESTRICTED", required: null, claimIds: [], message: null });
    expect(markingShortfall(null, [claim("a")], LIST).message).toBeNull();
    expect(markingShortfall(null, claims, []).claimIds).toEqual([]);
  });
});

describe("withholdClaims and scrubWithheld", () => {
  const claims = [claim("a"), claim("b", { source: closed, notes: [note] }), claim("c", { source: closed })];
  const body = `Debt is rising ${t("a")}. The loan was restructured ${t("b")}. Talks continue ${t("c")}.`;

  it("replaces a withheld claim's text and note, and leaves nothing of its source in the document", () => {
    const doc = scrubWithheld(renderBrief(brief(body), withholdClaims(claims, ["b", "c"]), { appendix: true }));
    expect(paragraphText(doc.blocks)).toBe(`Debt is rising Paraphrase a[1]. The loan was restructured ${WITHHELD}[2]. Talks continue ${WITHHELD}[2].`);
    expect(doc.footnotes).toEqual([
      { n: 1, text: "World Bank, “Laos Economic Monitor”, World Bank, 1 May 2024, https://www.worldbank.org/lao.", url: "https://www.worldbank.org/lao" },
      { n: 2, text: WITHHELD, url: null },
    ]);
    expect(doc.bibliography.map((e) => e.text)).toEqual(["World Bank, “Laos Economic Monitor”, World Bank, 1 May 2024, https://www.worldbank.org/lao."]);
    expect(doc.appendix?.map((row) => [row.paraphrase, row.quote, row.source, row.reviewer])).toEqual([
      ["Paraphrase a", "Quote a", "Laos Economic Monitor", "Kenji Sato"],
      [WITHHELD, WITHHELD, WITHHELD, null],
      [WITHHELD, WITHHELD, WITHHELD, null],
    ]);
    for (const secret of ["Embassy cable", "Vientiane embassy", "FCDO", "intranet.example", "Quote b", "Paraphrase b", "debt bulletin", "mof.example", "withheld-source"]) {
      expect(allText(doc)).not.toContain(secret);
    }
  });

  it("withholds nothing else: without ids the claims and document come back as they were", () => {
    expect(withholdClaims(claims, [])).toEqual(claims);
    const doc = renderBrief(brief(body), claims);
    expect(scrubWithheld(doc)).toEqual(doc);
  });

  it("replaces an in-text citation naming the stand-in, as an author–date style would print it", () => {
    const doc: BriefDocument = {
      ...renderBrief(brief(body), withholdClaims(claims, ["b"])),
      blocks: [{ kind: "list", ordered: false, items: [[{ kind: "paragraph", children: [{ kind: "citation", text: "(“Withheld-Source-Q7X2K”, n.d.)" }] }]] }],
    };
    expect(scrubWithheld(doc).blocks).toEqual([{ kind: "list", ordered: false, items: [[{ kind: "paragraph", children: [{ kind: "citation", text: WITHHELD }] }]] }]);
  });
});

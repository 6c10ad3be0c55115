import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { claimToken } from "@/lib/briefs/claim-references";
import { renderBrief } from "@/lib/briefs/render-brief";
import { createClaim } from "@/lib/claims/create-claim";
import { db } from "@/lib/db";
import { makeSource, makeTeam } from "@/lib/factories";
import { reviewClaim } from "@/lib/reviews/review-claim";
import { expectAppError } from "@/lib/testing/expect-app-error";
import { parseBibtex } from "@/lib/testing/parse-bibtex";
import { exportClaimsCsv, exportClaimsJsonLd } from "./export-claims";
import { exportProjectFile } from "./export-project-file";
import { exportSourcesBibtex, exportSourcesCsl } from "./export-sources";

// Parsed JSON, read loosely: the assertions are the shape check.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

const TEXT = `# Aid and airports

Japan pledged a grant of up to ¥2.836 billion for Wattay airport.¹ China remains the largest investor in Laos.² =HYPERLINK("x") said nobody.

## Notes

1. Embassy of Japan, “Grant for Wattay”, 18 October 2024, https://www.la.emb-japan.go.jp/
2. World Bank, “Lao Economic Monitor”, May 2024, https://www.worldbank.org/lao
`;

async function readAll(stream: AsyncIterable<Buffer | string>): Promise<string> {
  let text = "";
  for await (const chunk of stream) text += chunk.toString();
  return text;
}

async function setup() {
  const team = await makeTeam();
  const source = await makeSource(team.project, team.owner, { text: TEXT, kind: "REPORT", reliability: "B", url: "https://example.test/aid" });
  const full = await db.source.findUniqueOrThrow({ where: { id: source.id }, include: { citations: { orderBy: { ordinal: "asc" } } } });
  const themes = await db.theme.findMany({ where: { projectId: team.project.id } });
  const theme = (name: string) => themes.find((t) => t.name === name)!;
  const range = (words: string) => {
    const start = full.body.indexOf(words);
    return { start, end: start + words.length };
  };
  const aid = await createClaim({
    userId: team.analyst.id,
    projectId: team.project.id,
    input: { sourceId: source.id, ...range("Japan pledged a grant of up to ¥2.836 billion for Wattay airport."), paraphrase: "Japan funds Wattay.", themeIds: [theme("Development assistance (ODA)").id, theme("Infrastructure & connectivity").id], citationIds: [full.citations[0]!.id], credibility: 2, submit: true },
  });
  const china = await createClaim({
    userId: team.owner.id,
    projectId: team.project.id,
    input: { sourceId: source.id, ...range("China remains the largest investor in Laos."), paraphrase: "China leads investment.", themeIds: [theme("China balancing").id] },
  });
  const formula = await createClaim({
    userId: team.analyst.id,
    projectId: team.project.id,
    input: { sourceId: source.id, ...range('=HYPERLINK("x") said nobody.'), paraphrase: "=1+1" },
  });
  await reviewClaim({ userId: team.reviewer.id, projectId: team.project.id, claimId: aid.id, input: { verdict: "VERIFIED", rationale: "The embassy says so." } });
  return { ...team, source: full, theme, claims: { aid, china, formula } };
}

describe("claim exports", () => {
  it("writes the board's claims as CSV, with links to their pages and inert formulas", async () => {
    const { project, viewer, claims, theme } = await setup();
    const csv = await readAll(await exportClaimsCsv({ userId: viewer.id, projectId: project.id, baseUrl: "https://cw.example" }));
    const rows = parse(csv, { columns: true }) as Record<string, string>[];
    expect(Object.keys(rows[0]!)).toEqual(["id", "quote", "paraphrase", "themes", "status", "credibility", "source", "source_reliability", "source_url", "author", "reviewer", "created", "updated", "url"]);
    expect(rows).toHaveLength(3);
    const aid = rows.find((r) => r.id === claims.aid.id)!;
    expect(aid).toMatchObject({
      quote: "Japan pledged a grant of up to ¥2.836 billion for Wattay airport.",
      paraphrase: "Japan funds Wattay.",
      themes: "Development assistance (ODA); Infrastructure & connectivity",
      status: "VERIFIED",
      credibility: "2",
      source: "Aid and airports",
      source_reliability: "B",
      source_url: "https://example.test/aid",
      url: `https://cw.example/projects/${project.id}/claims/${claims.aid.id}`,
    });
    expect(aid.reviewer).not.toBe("");
    const formula = rows.find((r) => r.id === claims.formula.id)!;
    expect(formula.paraphrase).toBe("'=1+1");
    expect(formula.quote).toBe(`'=HYPERLINK("x") said nobody.`);

    // The board's filters apply: a theme, a status, text.
    const byTheme = parse(await readAll(await exportClaimsCsv({ userId: viewer.id, projectId: project.id, filters: { theme: theme("China balancing").id } })), { columns: true }) as Record<string, string>[];
    expect(byTheme.map((r) => r.id)).toEqual([claims.china.id]);
    expect(byTheme[0]!.url).toBe(`urn:claimwork:claim:${claims.china.id}`);
    const drafts = parse(await readAll(await exportClaimsCsv({ userId: viewer.id, projectId: project.id, filters: { status: "DRAFT", sort: "source" } })), { columns: true }) as Record<string, string>[];
    expect(drafts.map((r) => r.id).sort()).toEqual([claims.china.id, claims.formula.id].sort());
    const text = parse(await readAll(await exportClaimsCsv({ userId: viewer.id, projectId: project.id, filters: { q: "wattay" } })), { columns: true });
    expect(text).toHaveLength(1);
  });

  it("writes W3C Web Annotations whose selectors find the claim's words in the source", async () => {
    const { project, reviewer, analyst, claims, source } = await setup();
    const json = JSON.parse(await readAll(await exportClaimsJsonLd({ userId: reviewer.id, projectId: project.id, baseUrl: "https://cw.example" })));
    expect(json).toMatchObject({ "@context": "http://www.w3.org/ns/anno.jsonld", type: "AnnotationCollection", total: 3, first: { type: "AnnotationPage", startIndex: 0 } });
    const items = json.first.items as Record<string, Json>[];
    expect(items).toHaveLength(3);
    for (const annotation of items) {
      expect(annotation).toEqual(expect.objectContaining({ id: expect.any(String), type: "Annotation", body: expect.any(Array), target: expect.any(Object), creator: expect.any(Object) }));
      expect(Date.parse(annotation.created)).not.toBeNaN();
      expect(Date.parse(annotation.modified)).not.toBeNaN();
      const [quote, position] = annotation.target.selector;
      expect(quote.type).toBe("TextQuoteSelector");
      expect(position.type).toBe("TextPositionSelector");
      // The position and the quote agree with each other and with the source's text.
      expect(source.body.slice(position.start, position.end)).toBe(quote.exact);
      expect(source.body.slice(0, position.start).endsWith(quote.prefix)).toBe(true);
      expect(source.body.slice(position.end).startsWith(quote.suffix)).toBe(true);
      expect(annotation.target.source).toBe("https://example.test/aid");
    }
    const aid = items.find((a) => a.id === `https://cw.example/projects/${project.id}/claims/${claims.aid.id}`)!;
    expect(aid.body).toEqual([
      { type: "TextualBody", purpose: "describing", value: "Japan funds Wattay.", format: "text/plain", language: "en" },
      { type: "TextualBody", purpose: "tagging", value: "Development assistance (ODA)" },
      { type: "TextualBody", purpose: "tagging", value: "Infrastructure & connectivity" },
      { type: "TextualBody", purpose: "assessing", value: "Verified; credibility 2 (Probably true)", format: "text/plain" },
    ]);
    expect(aid.creator).toEqual({ id: `urn:claimwork:user:${analyst.id}`, type: "Person", name: analyst.name });
    expect(aid.target.selector[0].exact).toBe("Japan pledged a grant of up to ¥2.836 billion for Wattay airport.");

    const filtered = JSON.parse(await readAll(await exportClaimsJsonLd({ userId: reviewer.id, projectId: project.id, filters: { status: "VERIFIED" } })));
    expect(filtered.total).toBe(1);
    expect(filtered.first.items.map((a: { id: string }) => a.id)).toEqual([`urn:claimwork:claim:${claims.aid.id}`]);
  });

  it("exports more claims than one batch, each once", async () => {
    const { project, owner, source } = await setup();
    await db.claim.createMany({
      data: Array.from({ length: 1_203 }, (_, i) => ({ projectId: project.id, sourceId: source.id, sourceVersion: 1, exact: "Japan", start: 0, end: 5, paraphrase: `Bulk ${i}`, authorId: owner.id, credibility: (i % 6) + 1 })),
    });
    const json = JSON.parse(await readAll(await exportClaimsJsonLd({ userId: owner.id, projectId: project.id, filters: { sort: "credibility" } })));
    expect(json.total).toBe(1_206);
    const ids = (json.first.items as { id: string }[]).map((a) => a.id);
    expect(ids).toHaveLength(1_206);
    expect(new Set(ids).size).toBe(1_206);
    const rows = parse(await readAll(await exportClaimsCsv({ userId: owner.id, projectId: project.id })), { columns: true });
    expect(rows).toHaveLength(1_206);
  });

  it("answers not found to a member of another project", async () => {
    const { project } = await setup();
    const other = await makeTeam();
    await expectAppError(exportClaimsCsv({ userId: other.owner.id, projectId: project.id }), "not_found");
    await expectAppError(exportClaimsJsonLd({ userId: other.owner.id, projectId: project.id }), "not_found");
    await expectAppError(exportSourcesCsl({ userId: other.owner.id, projectId: project.id }), "not_found");
    await expectAppError(exportSourcesBibtex({ userId: other.owner.id, projectId: project.id }), "not_found");
    await expectAppError(exportProjectFile({ userId: other.owner.id, projectId: project.id, file: "claims.csv" }), "not_found");
    await expectAppError(exportProjectFile({ userId: other.owner.id, projectId: project.id, file: "passwords.txt" }), "not_found");
  });
});

describe("source exports", () => {
  it("writes sources and their footnotes as CSL-JSON", async () => {
    const { project, viewer, source } = await setup();
    const items = JSON.parse(await exportSourcesCsl({ userId: viewer.id, projectId: project.id })) as Record<string, Json>[];
    expect(items).toHaveLength(3);
    for (const item of items) {
      expect(typeof item.id).toBe("string");
      expect(typeof item.type).toBe("string");
      expect(typeof item.title).toBe("string");
      if (item.issued && "date-parts" in item.issued) {
        expect(item.issued["date-parts"][0].every((n: unknown) => Number.isInteger(n))).toBe(true);
      }
    }
    expect(new Set(items.map((i) => i.id)).size).toBe(3);
    expect(items[0]).toMatchObject({ id: `source-${source.id}`, type: "report", title: "Aid and airports", URL: "https://example.test/aid", language: "en" });
    const [embassy, bank] = [items[1]!, items[2]!];
    expect(embassy).toMatchObject({ id: `citation-${source.citations[0]!.id}`, URL: "https://www.la.emb-japan.go.jp/", issued: { "date-parts": [[2024, 10, 18]] } });
    expect(embassy.note).toContain("Cited in “Aid and airports”, note 1");
    expect(bank).toMatchObject({ type: "report", issued: { "date-parts": [[2024, 5]] }, URL: "https://www.worldbank.org/lao" });
  });

  it("writes the same items as BibTeX that parses back with unique keys", async () => {
    const { project, viewer } = await setup();
    const csl = JSON.parse(await exportSourcesCsl({ userId: viewer.id, projectId: project.id })) as unknown[];
    const entries = parseBibtex(await exportSourcesBibtex({ userId: viewer.id, projectId: project.id }));
    expect(entries).toHaveLength(csl.length);
    expect(new Set(entries.map((e) => e.key)).size).toBe(entries.length);
    expect(entries[0]).toMatchObject({ type: "techreport", fields: { title: "{Aid and airports}", url: "https://example.test/aid" } });
    expect(entries[1]!.fields.note).toContain("Cited in “Aid and airports”, note 1");
  });
});

describe("a source not graded yet", () => {
  it("prints “not graded” where exports print a grade", async () => {
    const { project, owner } = await makeTeam();
    const source = await makeSource(project, owner, { text: "# Ungraded\n\nJapan pledged a grant for Wattay airport.", title: "Ungraded" });
    await createClaim({ userId: owner.id, projectId: project.id, input: { sourceId: source.id, start: 0, end: 13, paraphrase: "Japan pledged." } });
    const [row] = parse(await readAll(await exportClaimsCsv({ userId: owner.id, projectId: project.id })), { columns: true }) as Record<string, string>[];
    expect(row).toMatchObject({ source: "Ungraded", source_reliability: "not graded" });
    const [item] = JSON.parse(await exportSourcesCsl({ userId: owner.id, projectId: project.id })) as Record<string, Json>[];
    expect(item!.note).toBe("Source reliability (Admiralty): not graded");

    const claim = { id: "c1", paraphrase: "Japan pledged.", exact: "Japan pledged", status: "DRAFT", orphaned: false, credibility: 6, notes: [], reviewer: null };
    const brief = { title: "B", summary: "", audience: "", body: claimToken("c1"), status: "DRAFT" as const, authors: [], approvedBy: null, approvedAt: null, updatedAt: new Date() };
    const { appendix } = renderBrief(brief, [{ ...claim, source: { ...source, authors: [], publisher: null, publishedOn: null, url: null, reliability: null } }], { appendix: true });
    expect(appendix?.[0]?.reliability).toBe("not graded");
  });
});

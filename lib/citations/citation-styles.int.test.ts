import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import * as styles from "@/app/api/v1/citation-styles/route";
import * as exportRoute from "@/app/api/v1/projects/[projectId]/briefs/[briefId]/export/route";
import * as briefRoute from "@/app/api/v1/projects/[projectId]/briefs/[briefId]/route";
import * as projectRoute from "@/app/api/v1/projects/[projectId]/route";
import { claimToken, sourceToken } from "@/lib/briefs/claim-references";
import { createBrief } from "@/lib/briefs/create-brief";
import { exportBrief } from "@/lib/briefs/export-brief";
import { getBriefDocument } from "@/lib/briefs/get-brief-document";
import { saveBrief } from "@/lib/briefs/save-brief";
import { createClaim } from "@/lib/claims/create-claim";
import { db } from "@/lib/db";
import { makeSource, makeTeam } from "@/lib/factories";
import { expectAppError } from "@/lib/testing/expect-app-error";
import { createApiToken } from "@/lib/tokens/create-api-token";

const TEXT = "Japan has been the largest bilateral donor to Laos for decades, according to JICA's annual report.";

type Json = Record<string, unknown> & { error?: { code: string; message: string } };
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each route has its own params type
type Route = (request: NextRequest, context: { params: Promise<any> }) => Promise<Response>;

async function call(route: Route, token: string, params: Record<string, string>, options: { method?: string; body?: unknown; query?: string } = {}) {
  const request = new NextRequest(`http://localhost/api/v1/x${options.query ?? ""}`, {
    method: options.method ?? "GET",
    headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
  });
  const response = await route(request, { params: Promise.resolve(params) });
  const type = response.headers.get("content-type") ?? "";
  return { status: response.status, json: (type.includes("json") ? await response.json() : {}) as Json, text: type.includes("json") ? "" : await response.text() };
}

async function citedBrief() {
  const team = await makeTeam();
  const source = await makeSource(team.project, team.owner, { text: TEXT, title: "Beyond the Donor's Chair", url: "https://example.org/donor", kind: "REPORT" });
  await db.source.update({ where: { id: source.id }, data: { authors: ["Kanya Rattanakosin"], publisher: "Institute of Asian Studies", publishedOn: new Date("2025-03-12T00:00:00Z") } });
  const note = await db.citation.create({
    data: { sourceId: source.id, label: "3", ordinal: 1, text: "JICA, Annual Report 2024.", title: "Annual Report 2024", authors: ["JICA"], issued: "2024", url: "https://www.jica.go.jp/english/about/disc/report/2024/index.html" },
  });
  const claim = await createClaim({
    userId: team.analyst.id,
    projectId: team.project.id,
    input: { sourceId: source.id, start: 0, end: 62, paraphrase: "Japan has long been Laos's largest bilateral donor.", citationIds: [note.id] },
  });
  const plain = await createClaim({
    userId: team.analyst.id,
    projectId: team.project.id,
    input: { sourceId: source.id, start: 0, end: 62, paraphrase: "Japan gives the most." },
  });
  // A reference imported from a reference manager: CSL-JSON, no text to claim from.
  const book = await makeSource(team.project, team.owner, { text: "Reference only.", title: "Swing Time" });
  await db.source.update({
    where: { id: book.id },
    data: { authors: ["Zadie Smith"], publisher: "Penguin Press", referenceOnly: true, csl: { type: "book", "publisher-place": "New York", issued: { "date-parts": [[2016]] } } },
  });
  const other = await makeTeam();
  const foreign = await makeSource(other.project, other.owner, { text: "Another project's source.", title: "Not yours" });
  const brief = await createBrief({ userId: team.analyst.id, projectId: team.project.id, input: { title: "Aid to Laos" } });
  const body = `${claimToken(claim.id)} ${claimToken(plain.id)} ${claimToken(plain.id)}\n\nAs a novel has it.${sourceToken(book.id)} Elsewhere${sourceToken(foreign.id)}.`;
  await saveBrief({ userId: team.analyst.id, projectId: team.project.id, briefId: brief.id, input: { baseVersion: 1, body } });
  const [owner, viewer] = await Promise.all([team.owner, team.viewer].map(async (u) => (await createApiToken({ userId: u.id, input: { name: "test" } })).token!));
  return { ...team, brief, tokens: { owner: owner!, viewer: viewer! } };
}

describe("citation styles", () => {
  it("lists the styles on GET /api/v1/citation-styles", async () => {
    const { tokens } = await citedBrief();
    const { status, json } = await call(styles.GET, tokens.viewer, {});
    expect(status).toBe(200);
    expect(json.styles).toEqual([
      { id: "house", title: "Claimwork house style", kind: "note" },
      { id: "chicago-note-bibliography", title: "Chicago (notes and bibliography), 17th ed.", kind: "note" },
      { id: "apa", title: "APA, 7th ed.", kind: "in-text" },
      { id: "harvard-cite-them-right", title: "Harvard (Cite Them Right), 12th ed.", kind: "in-text" },
      { id: "ieee", title: "IEEE", kind: "in-text" },
    ]);
  });

  it("exports a brief in Chicago through the API: full note, Ibid., the original cited in the source, a direct citation", async () => {
    const { project, brief, tokens } = await citedBrief();
    const { status, text } = await call(exportRoute.GET, tokens.viewer, { projectId: project.id, briefId: brief.id }, { query: "?format=md&style=chicago-note-bibliography" });
    expect(status).toBe(200);
    expect(text).toContain(
      "[^1]: JICA, “Annual Report 2024,” 2024, https://www.jica.go.jp/english/about/disc/report/2024/index.html, cited in Kanya Rattanakosin, “Beyond the Donor’s Chair” (Institute of Asian Studies, March 12, 2025), n. 3, https://example.org/donor.",
    );
    expect(text).toContain("[^2]: Rattanakosin, “Beyond the Donor’s Chair.”");
    expect(text).toContain("[^3]: Ibid.");
    expect(text).toContain("[^4]: Zadie Smith, *Swing Time* (New York: Penguin Press, 2016).");
    expect(text).toContain("Elsewhere**\\[missing claim\\]**.");
    expect(text).toContain("## Bibliography");
    expect(text).toContain("- Rattanakosin, Kanya. “Beyond the Donor’s Chair.” Institute of Asian Studies, March 12, 2025. https://example.org/donor.\n- Smith, Zadie. *Swing Time*. New York: Penguin Press, 2016.");
    expect(text).not.toContain("Not yours");
  });

  it("exports in APA with in-text citations and References, and refuses an unknown style or notes value with 400", async () => {
    const { project, viewer, brief, tokens } = await citedBrief();
    const md = await exportBrief({ userId: viewer.id, projectId: project.id, briefId: brief.id, format: "md", style: "apa" });
    expect(md.body).toContain("Japan has long been Laos's largest bilateral donor (JICA, 2024, as cited in Rattanakosin, 2025). Japan gives the most (Rattanakosin, 2025).");
    expect(md.body).toContain("As a novel has it.(Smith, 2016)");
    expect(md.body).toContain("## References");
    expect(md.body).toContain("- Rattanakosin, K. (2025). *Beyond the Donor’s Chair*. Institute of Asian Studies. https://example.org/donor");
    expect(md.body).not.toMatch(/^- JICA/m);

    const ids = { projectId: project.id, briefId: brief.id };
    const nope = await call(exportRoute.GET, tokens.viewer, ids, { query: "?format=md&style=nope" });
    expect(nope.status).toBe(400);
    expect(nope.json.error?.message).toBe("Choose a citation style: house, chicago-note-bibliography, apa, harvard-cite-them-right, ieee.");
    expect((await call(exportRoute.GET, tokens.viewer, ids, { query: "?format=md&notes=sidenotes" })).status).toBe(400);
    await expectAppError(exportBrief({ userId: viewer.id, projectId: project.id, briefId: brief.id, format: "md", style: "mla" }), "invalid");
  });

  it("uses the project's style and the brief's note placement by default; an owner sets the one, an editor the other", async () => {
    const { project, analyst, brief, tokens } = await citedBrief();
    const before = await getBriefDocument({ userId: analyst.id, projectId: project.id, briefId: brief.id });
    expect(before.document.bibliographyTitle).toBe("Bibliography");
    expect(before.document.footnotes[0]!.text).toMatch(/^JICA, “Annual Report 2024”, 2024, .* \(note 3\), cited in Kanya Rattanakosin, “Beyond the Donor's Chair”/);

    const bad = await call(projectRoute.PATCH, tokens.owner, { projectId: project.id }, { method: "PATCH", body: { citationStyle: "nope" } });
    expect(bad.status).toBe(400);
    const set = await call(projectRoute.PATCH, tokens.owner, { projectId: project.id }, { method: "PATCH", body: { citationStyle: "harvard-cite-them-right" } });
    expect(set.status).toBe(200);
    expect(set.json.project).toMatchObject({ citationStyle: "harvard-cite-them-right" });
    expect(await db.project.findUniqueOrThrow({ where: { id: project.id }, select: { citationStyle: true } })).toEqual({ citationStyle: "harvard-cite-them-right" });

    const analystToken = (await createApiToken({ userId: analyst.id, input: { name: "test" } })).token!;
    const placed = await call(briefRoute.PATCH, analystToken, { projectId: project.id, briefId: brief.id }, { method: "PATCH", body: { baseVersion: 2, notePlacement: "ENDNOTES" } });
    expect(placed.status).toBe(200);
    expect((await call(briefRoute.PATCH, analystToken, { projectId: project.id, briefId: brief.id }, { method: "PATCH", body: { baseVersion: 2, notePlacement: "SIDE" } })).status).toBe(400);
    const row = await db.brief.findUniqueOrThrow({ where: { id: brief.id }, select: { notePlacement: true, version: true, status: true } });
    expect(row).toEqual({ notePlacement: "ENDNOTES", version: 2, status: "DRAFT" });

    const after = await getBriefDocument({ userId: analyst.id, projectId: project.id, briefId: brief.id });
    expect(after.document.bibliographyTitle).toBe("References");
    expect(after.document.notes).toBe("endnotes");
    expect(after.document.bibliography.map((b) => b.text)).toEqual([
      "Rattanakosin, K. (2025) Beyond the Donor’s Chair. Institute of Asian Studies. Available at: https://example.org/donor.",
      "Smith, Z. (2016) Swing Time. New York: Penguin Press.",
    ]);
  });
});

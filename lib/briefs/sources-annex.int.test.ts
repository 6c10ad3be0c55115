import { describe, expect, it } from "vitest";
import * as exportRoute from "@/app/api/v1/projects/[projectId]/briefs/[briefId]/export/route";
import * as claimsRoute from "@/app/api/v1/projects/[projectId]/claims/route";
import { createClaim } from "@/lib/claims/create-claim";
import { listClaims } from "@/lib/claims/list-claims";
import { db } from "@/lib/db";
import { makeSource, makeTeam } from "@/lib/factories";
import { callRoute } from "@/lib/testing/api-call";
import { createApiToken } from "@/lib/tokens/create-api-token";
import { claimToken, sourceToken } from "./claim-references";
import { createBrief } from "./create-brief";
import { exportBrief } from "./export-brief";
import { saveBrief } from "./save-brief";

const TEXT = "Laos and Japan signed a grant for the Wattay airport terminal in January 2025, the agency reported.";

/** Two sources reprinting one agency story (each claim relies on a footnote naming it), related as corroborating. */
async function circularBrief() {
  const team = await makeTeam();
  const { project, analyst } = team;
  const make = async (title: string, url: string) => {
    const source = await makeSource(project, team.owner, { text: TEXT, title, url, kind: "NEWS", reliability: "C" });
    const note = await db.citation.create({
      data: { sourceId: source.id, label: "1", ordinal: 1, text: "Lao News Agency, 23 January 2025.", publisher: "Lao News Agency", title: "Wattay grant signed", issued: "23 January 2025", url: "https://kpl.gov.la/En/Detail.aspx?id=90210&utm_source=x" },
    });
    const claim = await createClaim({ userId: analyst.id, projectId: project.id, input: { sourceId: source.id, start: 0, end: 75, paraphrase: `Japan funds Wattay’s terminal (${title}).`, citationIds: [note.id] } });
    return { source, claim };
  };
  const times = await make("Vientiane Times", "https://vientianetimes.org.la/wattay");
  const diplomat = await make("The Diplomat", "https://thediplomat.com/2025/01/wattay");
  await db.claimRelation.create({ data: { projectId: project.id, fromId: times.claim.id, toId: diplomat.claim.id, kind: "CORROBORATES", createdById: analyst.id } });
  const brief = await createBrief({ userId: analyst.id, projectId: project.id, input: { title: "Wattay" } });
  await saveBrief({ userId: analyst.id, projectId: project.id, briefId: brief.id, input: { baseVersion: 1, body: `${claimToken(times.claim.id)} ${claimToken(diplomat.claim.id)}` } });
  const token = (await createApiToken({ userId: team.viewer.id, input: { name: "test" } })).token!;
  return { ...team, times, diplomat, brief, token };
}

describe("the Sources annex of an export", () => {
  it("counts two sources reprinting one report as one independent origin, through the API with sources=1, and records the choice", async () => {
    const { project, brief, times, diplomat, token } = await circularBrief();
    await db.source.update({ where: { id: diplomat.source.id }, data: { retractedAt: new Date("2026-05-01T10:00:00Z"), retractionNote: "Story withdrawn." } });
    const params = { projectId: project.id, briefId: brief.id };

    const md = await callRoute(exportRoute.GET, { token, params, search: "?format=md&sources=1" });
    expect(md.status).toBe(200);
    expect(md.text).toContain("## Sources");
    expect(md.text).toContain("This brief rests on 2 sources from 1 independent origin.");
    expect(md.text).toContain("Two claims rest on a single origin: Lao News Agency, 23 January 2025. Each is corroborated only by reports of that same origin (circular reporting).");
    expect(md.text).toContain("All 2 sources are rated C (fairly reliable).");
    expect(md.text).toContain("One source has been retracted: “The Diplomat”.");
    expect(md.text).toContain("1. **Vientiane Times**");
    expect(md.text).toContain("**Type:** News");
    expect(md.text).toContain("**Status:** Retracted on 1 May 2026: Story withdrawn.");
    expect(md.text).toContain("2 reports, 1 origin: Lao News Agency, 23 January 2025 (circular reporting)");
    const imported = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }).format((await db.source.findUniqueOrThrow({ where: { id: times.source.id } })).createdAt);
    expect(md.text).toContain(`https://vientianetimes.org.la/wattay, imported into Claimwork on ${imported}`);

    const html = await callRoute(exportRoute.GET, { token, params, search: "?format=html&sources=1" });
    expect(html.text).toContain('<h2 id="sources-title">Sources</h2>');
    expect(html.text).toContain("from 1 independent origin.");
    expect((await callRoute(exportRoute.GET, { token, params, search: "?format=md" })).text).not.toContain("## Sources");

    const activity = await db.activity.findMany({ where: { objectId: brief.id, action: "brief.export" }, orderBy: { createdAt: "asc" } });
    expect(activity.map((a) => (a.after as { sources: boolean }).sources)).toEqual([true, true, false]);
  });

  it("leaves withheld claims and sources out of the annex, saying how many", async () => {
    const { project, analyst, owner, brief, times } = await circularBrief();
    const cable = await makeSource(project, owner, { text: TEXT, title: "Embassy cable 0412", url: "https://example.org/cable-0412", reliability: "A" });
    const secret = await createClaim({ userId: analyst.id, projectId: project.id, input: { sourceId: cable.id, start: 0, end: 40, paraphrase: "The grant was agreed in secret talks." } });
    await db.claim.update({ where: { id: secret.id }, data: { marking: "SECRET" } });
    const dossier = await makeSource(project, owner, { text: TEXT, title: "Dossier of the ministry", reliability: "E" });
    await db.source.update({ where: { id: dossier.id }, data: { marking: "SECRET" } });
    await saveBrief({
      userId: analyst.id,
      projectId: project.id,
      briefId: brief.id,
      input: { baseVersion: 2, marking: "OFFICIAL", body: `${claimToken(times.claim.id)} ${claimToken(secret.id)} See ${sourceToken(dossier.id)}.` },
    });

    const file = await exportBrief({ userId: analyst.id, projectId: project.id, briefId: brief.id, format: "md", redact: true, sourcesAnnex: true });
    const md = String(file.body);
    const annex = md.slice(md.indexOf("## Sources"));
    expect(annex).toContain("This brief rests on 1 source from 1 independent origin.");
    expect(annex).toContain("Two citations withheld at the brief's marking are left out of this annex.");
    expect(annex).toContain("1 origin: Lao News Agency, 23 January 2025");
    for (const secretText of ["Embassy cable", "cable-0412", "secret talks", "Dossier", "A (completely reliable)", "E (unreliable)"]) expect(md).not.toContain(secretText);
  });
});

describe("the claims board's origins", () => {
  it("gives each claim its group's reports and independent origins, on the page and through the API", async () => {
    const { project, analyst, owner, times, diplomat, token } = await circularBrief();
    const alone = await makeSource(project, owner, { text: TEXT, title: "World Bank monitor", url: "https://worldbank.org/lao" });
    const single = await createClaim({ userId: analyst.id, projectId: project.id, input: { sourceId: alone.id, start: 0, end: 30, paraphrase: "Laos and Japan signed." } });

    const board = await listClaims({ userId: analyst.id, projectId: project.id });
    const of = (id: string) => board.claims.find((c) => c.id === id)?.provenance;
    const circular = { reports: 2, independentOrigins: 1, description: "2 reports, 1 origin: Lao News Agency, 23 January 2025" };
    expect(of(times.claim.id)).toEqual(circular);
    expect(of(diplomat.claim.id)).toEqual(circular);
    expect(of(single.id)).toEqual({ reports: 1, independentOrigins: 1, description: "1 report, 1 origin: World Bank monitor" });

    const api = JSON.parse((await callRoute(claimsRoute.GET, { token, params: { projectId: project.id }, search: "?sort=created" })).text) as { claims: { id: string; provenance: unknown }[] };
    expect(api.claims.find((c) => c.id === times.claim.id)?.provenance).toEqual(circular);
  });
});

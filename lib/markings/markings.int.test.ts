import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import * as briefRoute from "@/app/api/v1/projects/[projectId]/briefs/[briefId]/route";
import * as claimRoute from "@/app/api/v1/projects/[projectId]/claims/[claimId]/route";
import * as projectRoute from "@/app/api/v1/projects/[projectId]/route";
import * as sourceRoute from "@/app/api/v1/projects/[projectId]/sources/[sourceId]/route";
import { claimToken } from "@/lib/briefs/claim-references";
import { createBrief } from "@/lib/briefs/create-brief";
import { exportBrief } from "@/lib/briefs/export-brief";
import { getBriefDocument } from "@/lib/briefs/get-brief-document";
import { saveBrief } from "@/lib/briefs/save-brief";
import { createClaim } from "@/lib/claims/create-claim";
import { db } from "@/lib/db";
import { makeSource, makeTeam } from "@/lib/factories";
import { expectAppError } from "@/lib/testing/expect-app-error";
import { createApiToken } from "@/lib/tokens/create-api-token";

// The instance's list in tests is the default: OFFICIAL, OFFICIAL-SENSITIVE, SECRET, TOP SECRET.

type Json = Record<string, unknown> & { error?: { code: string; message: string; fields?: Record<string, string[]>; details?: Record<string, unknown> } };
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each route has its own params type
type Route = (request: NextRequest, context: { params: Promise<any> }) => Promise<Response>;

async function call(route: Route, token: string, params: Record<string, string>, method = "GET", body?: unknown, query = "") {
  const request = new NextRequest(`http://localhost/api/v1/x${query}`, {
    method,
    headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const response = await route(request, { params: Promise.resolve(params) });
  return { status: response.status, json: (await response.json()) as Json };
}

const token = async (user: { id: string }) => (await createApiToken({ userId: user.id, input: { name: "test" } })).token!;

const AID = "Japan has given Laos development aid every year since 1958, about US$90–100 million a year.";
const RAIL = "The Laos–China railway cost US$5.9 billion, about a third of Laos's GDP in 2021, financed mostly by Chinese state banks.";

/** A brief citing two claims of an open source and one of a second source, the Laos debt story. */
async function markedBrief() {
  const team = await makeTeam();
  const aid = await makeSource(team.project, team.owner, { text: AID, title: "Sixty years of aid", url: "https://example.org/aid" });
  const rail = await makeSource(team.project, team.owner, { text: RAIL, title: "The rail loan, annotated", url: "https://example.org/rail-loan" });
  const claim = (sourceId: string, start: number, end: number, paraphrase: string) =>
    createClaim({ userId: team.analyst.id, projectId: team.project.id, input: { sourceId, start, end, paraphrase } });
  const open = await claim(aid.id, 0, 58, "Japanese aid to Laos has not stopped since 1958.");
  const cost = await claim(rail.id, 0, 50, "The railway to China cost Laos about US$5.9 billion.");
  const lenders = await claim(rail.id, 51, RAIL.length, "Chinese state banks lent most of the money.");
  const brief = await createBrief({ userId: team.analyst.id, projectId: team.project.id, input: { title: "Laos debt outlook" } });
  await saveBrief({
    userId: team.analyst.id,
    projectId: team.project.id,
    briefId: brief.id,
    input: { baseVersion: 1, body: `Aid continues: ${claimToken(open.id)}\n\nThe railway: ${claimToken(cost.id)} ${claimToken(lenders.id)}` },
  });
  const [owner, analyst, viewer, outsider] = (await Promise.all([team.owner, team.analyst, team.viewer, team.outsider].map(token))) as [string, string, string, string];
  return { ...team, aid, rail, open, cost, lenders, brief, tokens: { owner, analyst, viewer, outsider } };
}

describe("markings", () => {
  it("sets a brief's marking by PATCH without moving its version, refuses one not in the list with the choices, and clears it with null", async () => {
    const { project, brief, tokens, analyst } = await markedBrief();
    const ids = { projectId: project.id, briefId: brief.id };

    const set = await call(briefRoute.PATCH, tokens.analyst, ids, "PATCH", { baseVersion: 2, marking: "OFFICIAL-SENSITIVE" });
    expect(set.status).toBe(200);
    expect(set.json).toMatchObject({ saved: { version: 2, status: "DRAFT", changed: true } });
    expect(await db.brief.findUniqueOrThrow({ where: { id: brief.id }, select: { marking: true, version: true } })).toEqual({ marking: "OFFICIAL-SENSITIVE", version: 2 });

    const bad = await call(briefRoute.PATCH, tokens.analyst, ids, "PATCH", { baseVersion: 2, marking: "RESTRICTED" });
    expect(bad.status).toBe(400);
    expect(bad.json.error?.message).toBe("Choose one of: OFFICIAL, OFFICIAL-SENSITIVE, SECRET, TOP SECRET (or none).");
    expect(bad.json.error?.fields?.marking).toEqual(["Choose one of: OFFICIAL, OFFICIAL-SENSITIVE, SECRET, TOP SECRET (or none)."]);
    expect((await call(briefRoute.PATCH, tokens.analyst, ids, "PATCH", { baseVersion: 2, marking: 3 })).status).toBe(400);
    // A stale base is refused as for any save.
    expect((await call(briefRoute.PATCH, tokens.analyst, ids, "PATCH", { baseVersion: 1, marking: "SECRET" })).status).toBe(409);
    expect((await call(briefRoute.PATCH, tokens.viewer, ids, "PATCH", { baseVersion: 2, marking: "SECRET" })).status).toBe(403);

    const cleared = await call(briefRoute.PATCH, tokens.analyst, ids, "PATCH", { baseVersion: 2, marking: null });
    expect(cleared.status).toBe(200);
    expect((await db.brief.findUniqueOrThrow({ where: { id: brief.id } })).marking).toBeNull();

    const trail = await db.activity.findMany({ where: { objectId: brief.id, action: "brief.update" }, orderBy: { createdAt: "asc" } });
    expect(trail.slice(-2).map((a) => [a.actorId, a.before, a.after])).toEqual([
      [analyst.id, expect.objectContaining({ marking: null }), expect.objectContaining({ marking: "OFFICIAL-SENSITIVE", fields: ["marking"], version: 2 })],
      [analyst.id, expect.objectContaining({ marking: "OFFICIAL-SENSITIVE" }), expect.objectContaining({ marking: null, fields: ["marking"] })],
    ]);
    // Another project's member learns nothing of the brief.
    expect((await call(briefRoute.PATCH, tokens.outsider, ids, "PATCH", { baseVersion: 2, marking: "SECRET" })).status).toBe(404);
  });

  it("gives a new brief the project's marking, which owners set by PATCH", async () => {
    const { project, owner, analyst, tokens } = await markedBrief();
    expect((await call(projectRoute.PATCH, tokens.analyst, { projectId: project.id }, "PATCH", { marking: "SECRET" })).status).toBe(403);
    const bad = await call(projectRoute.PATCH, tokens.owner, { projectId: project.id }, "PATCH", { marking: "Secret" });
    expect(bad.status).toBe(400);
    expect(bad.json.error?.fields?.marking?.[0]).toMatch(/^Choose one of: OFFICIAL/);
    const set = await call(projectRoute.PATCH, tokens.owner, { projectId: project.id }, "PATCH", { marking: "SECRET" });
    expect(set.status).toBe(200);
    expect(set.json).toMatchObject({ project: { marking: "SECRET" } });
    const recorded = await db.activity.findFirstOrThrow({ where: { projectId: project.id, action: "project.update" }, orderBy: { createdAt: "desc" } });
    expect([recorded.actorId, recorded.before, recorded.after]).toEqual([owner.id, expect.objectContaining({ marking: null }), expect.objectContaining({ marking: "SECRET" })]);

    const brief = await createBrief({ userId: analyst.id, projectId: project.id, input: { title: "Rail debt, second look" } });
    expect((await db.brief.findUniqueOrThrow({ where: { id: brief.id } })).marking).toBe("SECRET");
    // Renaming keeps the marking; null clears it and new briefs are unmarked again.
    await call(projectRoute.PATCH, tokens.owner, { projectId: project.id }, "PATCH", { name: "Laos debt (2026)" });
    expect((await db.project.findUniqueOrThrow({ where: { id: project.id } })).marking).toBe("SECRET");
    await call(projectRoute.PATCH, tokens.owner, { projectId: project.id }, "PATCH", { marking: null });
    const unmarked = await createBrief({ userId: owner.id, projectId: project.id, input: { title: "Aid outlook" } });
    expect((await db.brief.findUniqueOrThrow({ where: { id: unmarked.id } })).marking).toBeNull();
  });

  it("marks sources and claims by PATCH, recorded in the activity trail, and refuses a marking not in the list", async () => {
    const { project, rail, cost, tokens } = await markedBrief();
    const source = await call(sourceRoute.PATCH, tokens.analyst, { projectId: project.id, sourceId: rail.id }, "PATCH", { marking: "SECRET" });
    expect(source.status).toBe(200);
    expect(source.json).toMatchObject({ source: { marking: "SECRET", title: "The rail loan, annotated" } });
    const badSource = await call(sourceRoute.PATCH, tokens.analyst, { projectId: project.id, sourceId: rail.id }, "PATCH", { marking: "CONFIDENTIAL" });
    expect(badSource.status).toBe(400);
    expect((await db.source.findUniqueOrThrow({ where: { id: rail.id } })).marking).toBe("SECRET");

    const claim = await call(claimRoute.PATCH, tokens.analyst, { projectId: project.id, claimId: cost.id }, "PATCH", { marking: "OFFICIAL-SENSITIVE" });
    expect(claim.status).toBe(200);
    expect(claim.json).toMatchObject({ claim: { marking: "OFFICIAL-SENSITIVE", paraphrase: "The railway to China cost Laos about US$5.9 billion." } });
    expect((await call(claimRoute.PATCH, tokens.analyst, { projectId: project.id, claimId: cost.id }, "PATCH", { marking: "RESTRICTED" })).status).toBe(400);
    expect((await call(claimRoute.PATCH, tokens.viewer, { projectId: project.id, claimId: cost.id }, "PATCH", { marking: null })).status).toBe(403);
    expect((await call(claimRoute.PATCH, tokens.outsider, { projectId: project.id, claimId: cost.id }, "PATCH", { marking: null })).status).toBe(404);
    await call(claimRoute.PATCH, tokens.analyst, { projectId: project.id, claimId: cost.id }, "PATCH", { marking: null });
    expect((await db.claim.findUniqueOrThrow({ where: { id: cost.id } })).marking).toBeNull();

    const trail = await db.activity.findMany({ where: { objectId: { in: [rail.id, cost.id] }, action: { in: ["source.update", "claim.update"] } }, orderBy: { createdAt: "asc" } });
    expect(trail.map((a) => [a.action, (a.after as { marking?: unknown }).marking])).toEqual([
      ["source.update", "SECRET"],
      ["claim.update", "OFFICIAL-SENSITIVE"],
      ["claim.update", null],
    ]);
  });

  it("refuses an export below the highest marking cited, naming it and how many claims need it; the checklist says so first", async () => {
    const { project, owner, viewer, rail, brief, tokens } = await markedBrief();
    await call(sourceRoute.PATCH, tokens.analyst, { projectId: project.id, sourceId: rail.id }, "PATCH", { marking: "SECRET" });
    await saveBrief({ userId: owner.id, projectId: project.id, briefId: brief.id, input: { baseVersion: 2, marking: "OFFICIAL" } });
    const message = "This brief cites 2 claims marked SECRET; mark the brief SECRET, or export with those claims withheld.";

    const { checklist } = await getBriefDocument({ userId: owner.id, projectId: project.id, briefId: brief.id });
    expect(checklist.items.find((i) => i.id === "marking")).toMatchObject({ ok: false, blocking: false, details: ["Marking: the brief is OFFICIAL but cites SECRET claims.", message] });

    const refused = await expectAppError(exportBrief({ userId: viewer.id, projectId: project.id, briefId: brief.id, format: "md" }), "conflict");
    expect(refused.status).toBe(409);
    expect(refused.message).toBe(message);
    expect(refused.details).toMatchObject({ required: "SECRET", mayWithhold: false });
    expect(await db.activity.count({ where: { objectId: brief.id, action: "brief.export" } })).toBe(0);

    // Marked as high as what it cites, it exports with the marking printed.
    await saveBrief({ userId: owner.id, projectId: project.id, briefId: brief.id, input: { baseVersion: 2, marking: "SECRET" } });
    const html = await exportBrief({ userId: owner.id, projectId: project.id, briefId: brief.id, format: "html" });
    expect(html.body).toContain('<div class="marking marking-top" role="note" aria-label="Handling marking">SECRET</div>');
    expect(html.body).toContain("The railway to China cost Laos about US$5.9 billion.");
  });

  it("exports with the claims above the brief's marking withheld, text and note alike, and records which", async () => {
    const { project, analyst, cost, lenders, open, brief, tokens } = await markedBrief();
    await call(claimRoute.PATCH, tokens.analyst, { projectId: project.id, claimId: cost.id }, "PATCH", { marking: "SECRET" });
    await call(claimRoute.PATCH, tokens.analyst, { projectId: project.id, claimId: lenders.id }, "PATCH", { marking: "SECRET" });
    await saveBrief({ userId: analyst.id, projectId: project.id, briefId: brief.id, input: { baseVersion: 2, marking: "OFFICIAL" } });

    const file = await exportBrief({ userId: analyst.id, projectId: project.id, briefId: brief.id, format: "md", redact: true, appendix: true });
    const md = { text: String(file.body) };
    expect(md.text).toMatch(/^---\ntitle: "Laos debt outlook"\nmarking: "OFFICIAL"\n/);
    expect(md.text).toContain("Aid continues: Japanese aid to Laos has not stopped since 1958.[^1]");
    expect(md.text).toContain("The railway: \\[withheld\\][^2] \\[withheld\\][^2]");
    expect(md.text).toMatch(/\[\^2\]: \\\[withheld\\\]/);
    for (const secret of ["US$5.9 billion", "Chinese state banks", "The rail loan, annotated", "example.org/rail-loan"]) expect(md.text).not.toContain(secret);
    expect(md.text).toContain("Sixty years of aid");

    const [activity] = await db.activity.findMany({ where: { objectId: brief.id, action: "brief.export" } });
    expect(activity).toMatchObject({ actorId: analyst.id, after: { format: "md", marking: "OFFICIAL", redacted: [cost.id, lenders.id] } });
    expect((activity!.after as { redacted: string[] }).redacted).not.toContain(open.id);
  });

  it("lets only the brief's author or an owner withhold claims, and answers not found for another project's brief", async () => {
    const { project, owner, reviewer, viewer, outsider, cost, brief, tokens } = await markedBrief();
    await call(claimRoute.PATCH, tokens.analyst, { projectId: project.id, claimId: cost.id }, "PATCH", { marking: "SECRET" });
    const refused = await expectAppError(exportBrief({ userId: viewer.id, projectId: project.id, briefId: brief.id, format: "html", redact: true }), "forbidden");
    expect(refused.status).toBe(403);
    expect(refused.message).toBe("Only the brief's author or a project owner may export it with claims withheld.");
    await expectAppError(exportBrief({ userId: reviewer.id, projectId: project.id, briefId: brief.id, format: "html", redact: true }), "forbidden");
    const byOwner = await exportBrief({ userId: owner.id, projectId: project.id, briefId: brief.id, format: "html", redact: true });
    expect(byOwner.body).toContain("[withheld]");
    expect(byOwner.body).not.toContain("US$5.9 billion");

    const other = await markedBrief();
    // Another project's brief, through this project or its own: not found, withholding or not.
    expect((await expectAppError(exportBrief({ userId: owner.id, projectId: other.project.id, briefId: other.brief.id, format: "md", redact: true }), "not_found")).status).toBe(404);
    await expectAppError(exportBrief({ userId: owner.id, projectId: project.id, briefId: other.brief.id, format: "md" }), "not_found");
    await expectAppError(exportBrief({ userId: outsider.id, projectId: project.id, briefId: brief.id, format: "md", redact: true }), "not_found");
  });
});

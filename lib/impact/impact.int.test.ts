import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import * as warningsRoute from "@/app/api/v1/projects/[projectId]/warnings/route";
import * as acknowledgeRoute from "@/app/api/v1/projects/[projectId]/warnings/[warningId]/acknowledge/route";
import * as sourceRoute from "@/app/api/v1/projects/[projectId]/sources/[sourceId]/route";
import { approveBrief } from "@/lib/briefs/approve-brief";
import { claimToken, sourceToken } from "@/lib/briefs/claim-references";
import { createBrief } from "@/lib/briefs/create-brief";
import { getBriefDocument } from "@/lib/briefs/get-brief-document";
import { saveBrief } from "@/lib/briefs/save-brief";
import { submitBrief } from "@/lib/briefs/submit-brief";
import { createClaim } from "@/lib/claims/create-claim";
import { db } from "@/lib/db";
import { makeSource, makeTeam } from "@/lib/factories";
import { listNotifications } from "@/lib/notifications/list-notifications";
import { reviewClaim } from "@/lib/reviews/review-claim";
import { submitClaim } from "@/lib/reviews/submit-claim";
import { addSourceVersion } from "@/lib/sources/add-source-version";
import { updateSource } from "@/lib/sources/update-source";
import { expectAppError } from "@/lib/testing/expect-app-error";
import { createApiToken } from "@/lib/tokens/create-api-token";
import { acknowledgeWarning } from "./acknowledge-warning";
import { listClaimDependents } from "./list-claim-dependents";
import { listSourceDependents } from "./list-source-dependents";
import { listWarnings } from "./list-warnings";

const TEXT = `# Aid and airports

Japan pledged a grant of up to ¥2.836 billion for Wattay airport. China remains the largest investor in Laos.
`;

/** A source with a claim by the analyst and one by the owner; the owner's brief cites both, the reviewer's cites the source directly. */
async function setup() {
  const team = await makeTeam();
  const { project, owner, analyst, reviewer } = team;
  const source = await makeSource(project, analyst, { text: TEXT, title: "Aid and airports", reliability: "B" });
  const full = await db.source.findUniqueOrThrow({ where: { id: source.id } });
  const at = (words: string) => ({ start: full.body.indexOf(words), end: full.body.indexOf(words) + words.length });
  const grant = await createClaim({ userId: analyst.id, projectId: project.id, input: { sourceId: source.id, ...at("Japan pledged a grant"), paraphrase: "Japan funds Wattay airport" } });
  const china = await createClaim({ userId: owner.id, projectId: project.id, input: { sourceId: source.id, ...at("China remains"), paraphrase: "China invests most" } });
  const brief = await createBrief({ userId: owner.id, projectId: project.id, input: { title: "Laos debt" } });
  await saveBrief({ userId: owner.id, projectId: project.id, briefId: brief.id, input: { baseVersion: 1, body: `${claimToken(grant.id)} ${claimToken(china.id)}` } });
  const direct = await createBrief({ userId: analyst.id, projectId: project.id, input: { title: "Direct" } });
  await saveBrief({ userId: analyst.id, projectId: project.id, briefId: direct.id, input: { baseVersion: 1, body: `See ${sourceToken(source.id)}.` } });
  await db.brief.update({ where: { id: direct.id }, data: { authorId: reviewer.id } });
  const unrelated = await createBrief({ userId: owner.id, projectId: project.id, input: { title: "Unrelated" } });
  return { ...team, source: full, grant, china, brief, direct, unrelated };
}

const warningsOf = (where: { causeSourceId?: string; causeClaimId?: string }) =>
  db.impactWarning.findMany({ where, select: { code: true, claimId: true, briefId: true, message: true, actorId: true, acknowledgedAt: true }, orderBy: { id: "asc" } });
const impactNotifications = (projectId: string) =>
  db.notification.findMany({ where: { projectId, type: "impact.warning" }, select: { userId: true, objectId: true } });

describe("impact warnings", () => {
  it("warns every claim of a retracted source and every brief citing them or it, once, and notifies the authors but not the actor", async () => {
    const { project, owner, analyst, reviewer, viewer, source, grant, china, brief, direct } = await setup();
    const ids = { projectId: project.id, sourceId: source.id };
    const refused = await expectAppError(updateSource({ userId: analyst.id, ...ids, input: { retracted: true } }), "invalid");
    expect(refused.fieldErrors?.retractionNote).toEqual(["Say why the source is retracted."]);
    await expectAppError(updateSource({ userId: viewer.id, ...ids, input: { retracted: true, retractionNote: "Fabricated" } }), "forbidden");
    expect(await warningsOf({ causeSourceId: source.id })).toEqual([]);

    await updateSource({ userId: analyst.id, ...ids, input: { retracted: true, retractionNote: "The interview was fabricated." } });
    const row = await db.source.findUniqueOrThrow({ where: { id: source.id } });
    expect([row.retractionNote, row.retractedById, !!row.retractedAt]).toEqual(["The interview was fabricated.", analyst.id, true]);
    const warnings = await warningsOf({ causeSourceId: source.id });
    const message = "The source “Aid and airports” was retracted: The interview was fabricated.";
    expect(warnings.map((w) => [w.claimId ?? w.briefId, w.code, w.message, w.actorId]).sort()).toEqual(
      [
        [grant.id, "SOURCE_RETRACTED", message, analyst.id],
        [china.id, "SOURCE_RETRACTED", message, analyst.id],
        [brief.id, "SOURCE_RETRACTED", message, analyst.id],
        [direct.id, "SOURCE_RETRACTED", message, analyst.id],
      ].sort(),
    );
    // The owner hears of their claim and brief, the reviewer of their brief; the analyst did it, so hears of nothing.
    const sent = await impactNotifications(project.id);
    expect(sent.map((n) => n.userId).sort()).toEqual([owner.id, owner.id, reviewer.id].sort());
    const inbox = await listNotifications({ userId: owner.id });
    expect(inbox.items.map((n) => [n.sentence, n.href, n.excerpt]).sort()).toEqual(
      [
        ["changed something your brief “Laos debt” rests on", `/projects/${project.id}/briefs/${brief.id}`, message],
        ["changed something your claim “China invests most” rests on", `/projects/${project.id}/claims/${china.id}`, message],
      ].sort(),
    );

    // A new note only replaces the note; no second round of warnings.
    await updateSource({ userId: owner.id, ...ids, input: { retracted: true, retractionNote: "Withdrawn by the paper." } });
    expect(await db.impactWarning.count({ where: { causeSourceId: source.id } })).toBe(4);
    await updateSource({ userId: owner.id, ...ids, input: { retracted: false } });
    expect((await db.source.findUniqueOrThrow({ where: { id: source.id } })).retractedAt).toBeNull();
    const trail = await db.activity.findMany({ where: { objectId: source.id, action: { in: ["source.retract", "source.reinstate"] } }, orderBy: { createdAt: "asc" }, select: { action: true, actorId: true } });
    expect(trail).toEqual([
      { action: "source.retract", actorId: analyst.id },
      { action: "source.retract", actorId: owner.id },
      { action: "source.reinstate", actorId: owner.id },
    ]);
  });

  it("retracts through the API, which answers the source and refuses a retraction without a note", async () => {
    const { project, analyst, source } = await setup();
    const { token } = await createApiToken({ userId: analyst.id, input: { name: "test" } });
    const patch = (body: unknown) =>
      sourceRoute.PATCH(
        new NextRequest(`http://claimwork.test/api/v1/projects/${project.id}/sources/${source.id}`, { method: "PATCH", headers: { authorization: `Bearer ${token}`, "content-type": "application/json" }, body: JSON.stringify(body) }),
        { params: Promise.resolve({ projectId: project.id, sourceId: source.id }) },
      );
    expect((await patch({ retracted: true, retractionNote: "\u0000" })).status).toBe(400);
    expect((await patch({ retracted: "yes", retractionNote: "x" })).status).toBe(400);
    const done = await patch({ retracted: true, retractionNote: "Withdrawn" });
    expect(done.status).toBe(200);
    expect(await db.impactWarning.count({ where: { causeSourceId: source.id, code: "SOURCE_RETRACTED" } })).toBe(4);
  });

  it("warns of a downgrade, but not of a first grade or an upgrade", async () => {
    const { project, owner, analyst, source } = await setup();
    const ids = { projectId: project.id, sourceId: source.id };
    await updateSource({ userId: analyst.id, ...ids, input: { reliability: "A" } });
    expect(await db.impactWarning.count({ where: { causeSourceId: source.id } })).toBe(0);
    await updateSource({ userId: analyst.id, ...ids, input: { reliability: "E" } });
    const warnings = await warningsOf({ causeSourceId: source.id });
    expect(warnings).toHaveLength(4);
    expect(new Set(warnings.map((w) => [w.code, w.message].join(" ")))).toEqual(new Set(["SOURCE_DOWNGRADED The source “Aid and airports” was downgraded from A to E."]));
    // Further down while those are open: no duplicates.
    await updateSource({ userId: owner.id, ...ids, input: { reliability: "F" } });
    expect(await db.impactWarning.count({ where: { causeSourceId: source.id } })).toBe(4);

    const fresh = await makeSource(project, analyst, { text: "# Fresh\n\nWords.", title: "Fresh" });
    await createClaim({ userId: analyst.id, projectId: project.id, input: { sourceId: fresh.id, start: 0, end: 5, paraphrase: "Fresh words" } });
    await updateSource({ userId: owner.id, projectId: project.id, sourceId: fresh.id, input: { reliability: "F" } });
    expect(await db.impactWarning.count({ where: { causeSourceId: fresh.id } })).toBe(0);
  });

  it("warns a claim a revision orphaned, and the briefs citing it", async () => {
    const { project, owner, analyst, source, china, brief } = await setup();
    const revised = TEXT.replace("China remains the largest investor in Laos.", "Thailand trades most.");
    await addSourceVersion({ userId: analyst.id, projectId: project.id, sourceId: source.id, input: { text: revised } });
    const warnings = await warningsOf({ causeClaimId: china.id });
    const message = "The claim “China invests most” is orphaned: its quote was not found in version 2 of “Aid and airports”.";
    expect(warnings.map((w) => [w.claimId, w.briefId, w.code, w.message])).toEqual(
      expect.arrayContaining([
        [china.id, null, "CLAIM_ORPHANED", message],
        [null, brief.id, "CLAIM_ORPHANED", message],
      ]),
    );
    expect(warnings).toHaveLength(2);
    expect((await impactNotifications(project.id)).every((n) => n.userId === owner.id)).toBe(true);
  });

  it("warns a claim whose quoted words a revision changed, and the briefs citing it; a claim left as it was is not warned", async () => {
    const { project, analyst, owner, source, grant, china, brief } = await setup();
    const revised = TEXT.replace("Japan pledged a grant", "Japan pledged a new grant");
    await addSourceVersion({ userId: owner.id, projectId: project.id, sourceId: source.id, input: { text: revised } });
    const moved = await db.claim.findUniqueOrThrow({ where: { id: grant.id }, select: { exact: true, orphaned: true } });
    expect(moved.orphaned).toBe(false);
    expect(moved.exact).not.toBe("Japan pledged a grant");
    const message = `The claim “Japan funds Wattay airport” quotes words version 2 of “Aid and airports” changed: “Japan pledged a grant” now reads “${moved.exact}”.`;
    const warnings = await warningsOf({ causeClaimId: grant.id });
    expect(warnings.map((w) => [w.claimId, w.briefId, w.code, w.message])).toEqual(
      expect.arrayContaining([
        [grant.id, null, "CLAIM_MOVED", message],
        [null, brief.id, "CLAIM_MOVED", message],
      ]),
    );
    expect(warnings).toHaveLength(2);
    expect(await warningsOf({ causeClaimId: china.id })).toEqual([]);
    const listed = await listWarnings({ userId: analyst.id, projectId: project.id, filters: { claimId: grant.id } });
    expect(listed.warnings.map((w) => w.code)).toEqual(["claim-moved"]);
  });

  it("warns the briefs citing a claim a reviewer disputes, not the claim itself", async () => {
    const { project, owner, analyst, reviewer, grant, brief } = await setup();
    await submitClaim({ userId: analyst.id, projectId: project.id, claimId: grant.id });
    await reviewClaim({ userId: reviewer.id, projectId: project.id, claimId: grant.id, input: { verdict: "DISPUTED", rationale: "The grant is JICA's." } });
    expect(await warningsOf({ causeClaimId: grant.id })).toEqual([
      { code: "CLAIM_DISPUTED", claimId: null, briefId: brief.id, message: "The claim “Japan funds Wattay airport” was disputed by a reviewer: The grant is JICA's.", actorId: reviewer.id, acknowledgedAt: null },
    ]);
    const sent = await impactNotifications(project.id);
    expect(sent.map((n) => n.userId)).toEqual([owner.id]);
  });

  it("lists and acknowledges warnings: once, by a member who may, in this project only", async () => {
    const { project, owner, analyst, reviewer, viewer, source, brief } = await setup();
    const other = await setup();
    await updateSource({ userId: analyst.id, projectId: project.id, sourceId: source.id, input: { retracted: true, retractionNote: "Fabricated" } });
    const open = await listWarnings({ userId: viewer.id, projectId: project.id, filters: { briefId: brief.id, open: "1" } });
    expect(open.warnings).toHaveLength(1);
    const warning = open.warnings[0]!;
    expect(warning.code).toBe("source-retracted");

    await expectAppError(acknowledgeWarning({ userId: viewer.id, projectId: project.id, warningId: warning.id }), "forbidden");
    await expectAppError(acknowledgeWarning({ userId: reviewer.id, projectId: project.id, warningId: warning.id }), "forbidden");
    await expectAppError(acknowledgeWarning({ userId: other.owner.id, projectId: other.project.id, warningId: warning.id }), "not_found");
    await expectAppError(acknowledgeWarning({ userId: other.owner.id, projectId: project.id, warningId: warning.id }), "not_found");

    const { token } = await createApiToken({ userId: owner.id, input: { name: "test" } });
    const post = () =>
      acknowledgeRoute.POST(
        new NextRequest(`http://claimwork.test/api/v1/projects/${project.id}/warnings/${warning.id}/acknowledge`, { method: "POST", headers: { authorization: `Bearer ${token}`, "content-type": "application/json" }, body: JSON.stringify({ note: "Replaced the claim." }) }),
        { params: Promise.resolve({ projectId: project.id, warningId: warning.id }) },
      );
    const first = await post();
    expect(first.status).toBe(200);
    expect(((await first.json()) as { warning: { code: string; acknowledgement: string } }).warning).toMatchObject({ code: "source-retracted", acknowledgement: "Replaced the claim." });
    expect((await post()).status).toBe(409);
    const stored = await db.impactWarning.findUniqueOrThrow({ where: { id: warning.id } });
    expect([stored.acknowledgedById, stored.acknowledgement, !!stored.acknowledgedAt]).toEqual([owner.id, "Replaced the claim.", true]);
    expect(await db.activity.count({ where: { objectId: warning.id, action: "warning.acknowledge", actorId: owner.id } })).toBe(1);

    const listed = await warningsRoute.GET(
      new NextRequest(`http://claimwork.test/api/v1/projects/${project.id}/warnings?open=1&claimId=%00`, { headers: { authorization: `Bearer ${token}` } }),
      { params: Promise.resolve({ projectId: project.id }) },
    );
    expect(listed.status).toBe(200);
    expect((await listWarnings({ userId: owner.id, projectId: project.id, filters: { briefId: brief.id, open: "1" } })).warnings).toEqual([]);
  });

  it("refuses to approve a brief with open warnings, then approves it once they are acknowledged", async () => {
    const { project, owner, analyst, reviewer, source, brief } = await setup();
    const ids = { projectId: project.id, briefId: brief.id };
    await submitBrief({ userId: owner.id, ...ids });
    await updateSource({ userId: analyst.id, projectId: project.id, sourceId: source.id, input: { retracted: true, retractionNote: "Fabricated" } });
    const { checklist } = await getBriefDocument({ userId: owner.id, ...ids });
    expect(checklist.items.find((i) => i.id === "impacts-acknowledged")).toMatchObject({ ok: false, blocking: true, details: ["The source “Aid and airports” was retracted: Fabricated"] });
    const error = await expectAppError(approveBrief({ userId: reviewer.id, ...ids }), "conflict");
    expect(error.message).toBe("1 change to what this brief rests on is not acknowledged yet. Acknowledge it on the brief's page before approving.");
    const [open] = (await listWarnings({ userId: owner.id, projectId: project.id, filters: { briefId: brief.id, open: "1" } })).warnings;
    await acknowledgeWarning({ userId: analyst.id, projectId: project.id, warningId: open!.id, input: { note: "Checked." } });
    await approveBrief({ userId: reviewer.id, ...ids });
    expect((await db.brief.findUniqueOrThrow({ where: { id: brief.id } })).status).toBe("APPROVED");
  });

  it("lists what depends on a source and on a claim, and nothing of another project", async () => {
    const { project, owner, viewer, source, grant, china, brief, direct } = await setup();
    const other = await setup();
    const bySource = await listSourceDependents({ userId: viewer.id, projectId: project.id, sourceId: source.id });
    expect(bySource.claims.map((c) => c.id).sort()).toEqual([grant.id, china.id].sort());
    expect(bySource.briefs.map((b) => [b.id, b.claimIds.length, b.sourceIds]).sort()).toEqual([[brief.id, 2, []], [direct.id, 0, [source.id]]].sort());
    expect(bySource.judgments).toEqual([]);
    expect(bySource.briefs[0]).not.toHaveProperty("body");

    await db.claimRelation.create({ data: { projectId: project.id, fromId: china.id, toId: grant.id, kind: "CORROBORATES", createdById: owner.id } });
    const byClaim = await listClaimDependents({ userId: viewer.id, projectId: project.id, claimId: grant.id });
    expect(byClaim.claims.map((c) => c.id)).toEqual([china.id]);
    expect(byClaim.briefs.map((b) => b.id)).toEqual([brief.id]);

    await expectAppError(listSourceDependents({ userId: other.owner.id, projectId: other.project.id, sourceId: source.id }), "not_found");
    await expectAppError(listClaimDependents({ userId: other.owner.id, projectId: other.project.id, claimId: grant.id }), "not_found");
    await expectAppError(listClaimDependents({ userId: other.owner.id, projectId: project.id, claimId: grant.id }), "not_found");
  });
});

import { describe, expect, it } from "vitest";
import { createClaim } from "@/lib/claims/create-claim";
import { deleteClaim } from "@/lib/claims/delete-claim";
import { db } from "@/lib/db";
import { makeSource, makeTeam } from "@/lib/factories";
import { AppError } from "@/lib/errors";
import { expectAppError } from "@/lib/testing/expect-app-error";
import { approveBrief } from "./approve-brief";
import { claimToken } from "./claim-references";
import { compareBriefVersions } from "./compare-brief-versions";
import { createBrief } from "./create-brief";
import { deleteBrief } from "./delete-brief";
import { dismissBriefMark } from "./dismiss-brief-mark";
import { getBriefDocument } from "./get-brief-document";
import { listBriefVersions } from "./list-brief-versions";
import { listBriefs } from "./list-briefs";
import { restoreBriefVersion } from "./restore-brief-version";
import { saveBrief } from "./save-brief";
import { MAX_BODY_CHARS } from "./schemas";
import { submitBrief } from "./submit-brief";

const TEXT = `# Aid and airports

Japan pledged a grant of up to ¥2.836 billion for Wattay airport.¹ China remains the largest investor in Laos.

## Notes

1. Embassy of Japan, “Grant for Wattay”, 18 October 2024, https://www.la.emb-japan.go.jp/
`;

async function setup() {
  const team = await makeTeam();
  const source = await makeSource(team.project, team.owner, { text: TEXT, title: "Aid and airports", url: "https://example.org/aid", reliability: "B" });
  const full = await db.source.findUniqueOrThrow({ where: { id: source.id }, include: { citations: true } });
  const at = (words: string) => ({ start: full.body.indexOf(words), end: full.body.indexOf(words) + words.length });
  const grant = await createClaim({
    userId: team.analyst.id,
    projectId: team.project.id,
    input: { sourceId: source.id, ...at("Japan pledged a grant"), paraphrase: "Japan funds Wattay airport", citationIds: [full.citations[0]!.id] },
  });
  const china = await createClaim({ userId: team.analyst.id, projectId: team.project.id, input: { sourceId: source.id, ...at("China remains"), paraphrase: "China invests most" } });
  const brief = await createBrief({ userId: team.analyst.id, projectId: team.project.id, input: { title: "Laos debt", summary: "Where it stands", audience: "Ministry" } });
  const ids = { projectId: team.project.id, briefId: brief.id };
  return { ...team, source: full, grant, china, brief, ids };
}

describe("briefs", () => {
  it("renders claim references with footnotes, the original citation and one bibliography entry per source", async () => {
    const { analyst, grant, china, ids } = await setup();
    const body = `# Outlook\n\n${claimToken(grant.id)}. ${claimToken(china.id)}. Again: ${claimToken(grant.id)}.`;
    await saveBrief({ userId: analyst.id, ...ids, input: { baseVersion: 1, body } });
    const { document, warnings, checklist } = await getBriefDocument({ userId: analyst.id, ...ids, appendix: true });
    expect(document.footnotes.map((f) => f.n)).toEqual([1, 2]);
    expect(document.footnotes[0]!.text).toMatch(/^Embassy of Japan.*\(note 1\), cited in “Aid and airports”, .*https:\/\/example\.org\/aid\.$/);
    expect(document.footnotes[1]!.text).toMatch(/^“Aid and airports”/);
    expect(document.bibliography).toHaveLength(1);
    expect(document.appendix?.map((a) => a.paraphrase)).toEqual(["Japan funds Wattay airport", "China invests most"]);
    expect(warnings.map((w) => w.kind)).toEqual(["not-verified", "not-verified"]);
    expect(checklist.ready).toBe(true);
  });

  it("lets exactly one of two saves on the same version through; the other is refused with who changed it, and nothing is lost", async () => {
    const { analyst, owner, ids } = await setup();
    const results = await Promise.allSettled([
      saveBrief({ userId: analyst.id, ...ids, input: { baseVersion: 1, body: "Analyst's text" } }),
      saveBrief({ userId: owner.id, ...ids, input: { baseVersion: 1, body: "Owner's text" } }),
    ]);
    const ok = results.filter((r) => r.status === "fulfilled");
    const refused = results.filter((r): r is PromiseRejectedResult => r.status === "rejected");
    expect(ok).toHaveLength(1);
    expect(refused).toHaveLength(1);
    const error = refused[0]!.reason as AppError;
    expect(error).toBeInstanceOf(AppError);
    expect(error.code).toBe("conflict");
    expect(error.message).toMatch(/^Changed by (Analyst|Analyst \S+) at /);
    expect(error.details?.currentVersion).toBe("2");

    const brief = await db.brief.findUniqueOrThrow({ where: { id: ids.briefId } });
    expect(brief.version).toBe(2);
    const winner = (ok[0] as PromiseFulfilledResult<{ version: number }>).value;
    expect(winner.version).toBe(2);
    // The refused writer merges onto the new version: both texts survive.
    const loser = brief.body === "Analyst's text" ? owner : analyst;
    const merged = `${brief.body}\n\n${brief.body === "Analyst's text" ? "Owner's text" : "Analyst's text"}`;
    await saveBrief({ userId: loser.id, ...ids, input: { baseVersion: 2, body: merged } });
    expect((await db.brief.findUniqueOrThrow({ where: { id: ids.briefId } })).body).toBe(merged);
    expect(await db.briefVersion.count({ where: { briefId: ids.briefId } })).toBe(3);
  });

  it("coalesces quick autosaves by one author into one version, and starts a new one for someone else", async () => {
    const { analyst, owner, ids } = await setup();
    await saveBrief({ userId: analyst.id, ...ids, input: { baseVersion: 1, body: "a" } });
    await saveBrief({ userId: analyst.id, ...ids, input: { baseVersion: 2, body: "ab" } });
    await saveBrief({ userId: analyst.id, ...ids, input: { baseVersion: 3, body: "abc" } });
    let versions = await listBriefVersions({ userId: analyst.id, ...ids });
    expect(versions.map((v) => [v.version, v.kind])).toEqual([
      [4, "SAVE"],
      [1, "CREATE"],
    ]);
    await saveBrief({ userId: owner.id, ...ids, input: { baseVersion: 4, body: "abcd" } });
    // A save that changes nothing writes nothing.
    expect(await saveBrief({ userId: owner.id, ...ids, input: { baseVersion: 5, body: "abcd" } })).toMatchObject({ version: 5, changed: false });
    versions = await listBriefVersions({ userId: analyst.id, ...ids });
    expect(versions.map((v) => v.version)).toEqual([5, 4, 1]);
    const diff = await compareBriefVersions({ userId: analyst.id, ...ids, input: { from: 4, to: 5 } });
    expect(diff.parts).toEqual([
      { kind: "removed", text: "abc" },
      { kind: "added", text: "abcd" },
    ]);
  });

  it("restores an old version as a new one", async () => {
    const { analyst, owner, ids } = await setup();
    await saveBrief({ userId: analyst.id, ...ids, input: { baseVersion: 1, body: "first" } });
    await saveBrief({ userId: owner.id, ...ids, input: { baseVersion: 2, body: "second", title: "Renamed" } });
    const restored = await restoreBriefVersion({ userId: owner.id, ...ids, version: 2 });
    expect(restored.version).toBe(4);
    const brief = await db.brief.findUniqueOrThrow({ where: { id: ids.briefId } });
    expect([brief.body, brief.title]).toEqual(["first", "Laos debt"]);
    expect((await listBriefVersions({ userId: owner.id, ...ids })).map((v) => `${v.version}:${v.kind}`)).toEqual(["4:RESTORE", "3:SAVE", "2:SAVE", "1:CREATE"]);
    await expectAppError(restoreBriefVersion({ userId: owner.id, ...ids, version: 99 }), "not_found");
  });

  it("refuses a body over the size limit with a clear message", async () => {
    const { analyst, ids } = await setup();
    const error = await expectAppError(saveBrief({ userId: analyst.id, ...ids, input: { baseVersion: 1, body: "x".repeat(MAX_BODY_CHARS + 1) } }), "invalid");
    expect(error.message).toBe("A brief can hold up to 200,000 characters; this one has 200,001. Split it into two briefs.");
    expect(error.fieldErrors?.body).toBeDefined();
    await expectAppError(createBrief({ userId: analyst.id, projectId: ids.projectId, input: { title: "" } }), "invalid");
    await expectAppError(createBrief({ userId: analyst.id, projectId: ids.projectId, input: { title: "t".repeat(201) } }), "invalid");
  });

  it("renders a deleted or foreign claim as missing, and that blocks approval", async () => {
    const { analyst, reviewer, grant, china, ids } = await setup();
    const other = await setup();
    await deleteClaim({ userId: analyst.id, projectId: ids.projectId, claimId: china.id });
    const body = `${claimToken(grant.id)} ${claimToken(china.id)} ${claimToken(other.grant.id)}`;
    await saveBrief({ userId: analyst.id, ...ids, input: { baseVersion: 1, body } });
    const { document, checklist } = await getBriefDocument({ userId: analyst.id, ...ids });
    const paragraph = document.blocks[0];
    expect(paragraph?.kind === "paragraph" && paragraph.children.filter((i) => i.kind === "missing-claim")).toEqual([
      { kind: "missing-claim", ref: china.id },
      { kind: "missing-claim", ref: other.grant.id },
    ]);
    expect(checklist.ready).toBe(false);
    await submitBrief({ userId: analyst.id, ...ids });
    const error = await expectAppError(approveBrief({ userId: reviewer.id, ...ids }), "conflict");
    expect(error.message).toMatch(/^2 claim references do not resolve/);
    expect((await db.brief.findUniqueOrThrow({ where: { id: ids.briefId } })).status).toBe("IN_REVIEW");
  });

  it("approves by someone other than the author, notifies the author, and any later edit returns it to draft", async () => {
    const { analyst, reviewer, grant, ids } = await setup();
    await saveBrief({ userId: analyst.id, ...ids, input: { baseVersion: 1, body: claimToken(grant.id) } });
    await expectAppError(approveBrief({ userId: reviewer.id, ...ids }), "conflict");
    await submitBrief({ userId: analyst.id, ...ids });
    await expectAppError(submitBrief({ userId: analyst.id, ...ids }), "conflict");
    await expectAppError(approveBrief({ userId: analyst.id, ...ids }), "forbidden");
    await approveBrief({ userId: reviewer.id, ...ids });
    const approved = await db.brief.findUniqueOrThrow({ where: { id: ids.briefId } });
    expect([approved.status, approved.approvedById]).toEqual(["APPROVED", reviewer.id]);
    expect(await db.notification.count({ where: { userId: analyst.id, type: "brief.approved", objectId: ids.briefId } })).toBe(1);
    expect((await getBriefDocument({ userId: analyst.id, ...ids })).document.status).toMatch(/^Approved by /);

    const saved = await saveBrief({ userId: analyst.id, ...ids, input: { baseVersion: approved.version, title: "Laos debt, revised" } });
    expect(saved.status).toBe("DRAFT");
    const edited = await db.brief.findUniqueOrThrow({ where: { id: ids.briefId } });
    expect([edited.status, edited.approvedById, edited.approvedAt]).toEqual(["DRAFT", null, null]);
    // The approved version is kept as it was, not folded into the edit.
    expect(await db.briefVersion.count({ where: { briefId: ids.briefId } })).toBe(3);
  });

  it("refuses approval by whoever wrote the version under review", async () => {
    const { analyst, owner, ids } = await setup();
    await saveBrief({ userId: owner.id, ...ids, input: { baseVersion: 1, body: "The owner's rewrite." } });
    await submitBrief({ userId: analyst.id, ...ids });
    const error = await expectAppError(approveBrief({ userId: owner.id, ...ids }), "forbidden");
    expect(error.message).toMatch(/version under review/);
  });

  it("keeps viewers and reviewers from editing, and another project's members out", async () => {
    const { viewer, reviewer, outsider, ids } = await setup();
    await expectAppError(saveBrief({ userId: viewer.id, ...ids, input: { baseVersion: 1, body: "x" } }), "forbidden");
    await expectAppError(saveBrief({ userId: reviewer.id, ...ids, input: { baseVersion: 1, body: "x" } }), "forbidden");
    await expectAppError(saveBrief({ userId: outsider.id, ...ids, input: { baseVersion: 1, body: "x" } }), "not_found");
    const other = await setup();
    await expectAppError(saveBrief({ userId: other.analyst.id, projectId: other.ids.projectId, briefId: ids.briefId, input: { baseVersion: 1, body: "x" } }), "not_found");
    expect((await db.brief.findUniqueOrThrow({ where: { id: ids.briefId } })).body).toBe("");
  });

  it("lets the author or an owner delete, not another analyst", async () => {
    const { analyst, owner, ids, project } = await setup();
    const mine = await createBrief({ userId: owner.id, projectId: project.id, input: { title: "Owner's" } });
    await expectAppError(deleteBrief({ userId: analyst.id, projectId: project.id, briefId: mine.id }), "forbidden");
    await deleteBrief({ userId: analyst.id, ...ids });
    await deleteBrief({ userId: owner.id, projectId: project.id, briefId: mine.id });
    expect(await listBriefs({ userId: owner.id, projectId: project.id })).toEqual([]);
  });

  it("lists briefs with their warnings, and keeps dismissed marks out of the editor's list", async () => {
    const { analyst, grant, ids } = await setup();
    await saveBrief({ userId: analyst.id, ...ids, input: { baseVersion: 1, body: `${claimToken(grant.id)} ${claimToken("gone")}\n\nLaos may default. It will probably not.` } });
    const [row] = await listBriefs({ userId: analyst.id, projectId: ids.projectId });
    expect([row?.warnings, row?.claims]).toEqual([2, 2]);
    const { marks } = await getBriefDocument({ userId: analyst.id, ...ids });
    expect(marks.map((m) => m.term)).toEqual(["may", "probably"]);
    await dismissBriefMark({ userId: analyst.id, ...ids, input: { key: marks[0]!.key } });
    expect((await getBriefDocument({ userId: analyst.id, ...ids })).marks.map((m) => m.term)).toEqual(["probably"]);
    await expectAppError(dismissBriefMark({ userId: analyst.id, ...ids, input: { key: "hedge:00000000" } }), "not_found");
    expect((await db.brief.findUniqueOrThrow({ where: { id: ids.briefId } })).version).toBe(2);
  });
});

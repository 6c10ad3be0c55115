import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { makeSource, makeTeam } from "@/lib/factories";
import { callRoute } from "@/lib/testing/api-call";
import { expectAppError } from "@/lib/testing/expect-app-error";
import { createApiToken } from "@/lib/tokens/create-api-token";
import * as claimRoute from "@/app/api/v1/projects/[projectId]/claims/[claimId]/route";
import { createClaim } from "./create-claim";
import { updateClaim } from "./update-claim";

// Two commentaries that both rest on the same Lao News Agency report, and a ministry release that is a second origin.
const VIENTIANE = `# Laos and Japan raise ties

Laos and Japan raised their relations to a Comprehensive Strategic Partnership in January 2025.¹ Both sides promised closer defence talks.² 

## Notes

1. Lao News Agency, “Laos, Japan elevate ties to Comprehensive Strategic Partnership”, 23 January 2025, https://kpl.gov.la/En/Detail.aspx?id=88001
2. Ministry of Foreign Affairs of Japan, “Japan-Laos Summit Meeting”, 21 January 2025, https://www.mofa.go.jp/s_sa/sea1/la/pageite_000001_00777.html
`;
const NIKKEI = `# A partnership upgraded

Vientiane and Tokyo upgraded their ties to a Comprehensive Strategic Partnership.¹

## Notes

1. Lao News Agency, “Laos, Japan elevate ties to Comprehensive Strategic Partnership”, 23 January 2025, http://www.kpl.gov.la/En/Detail.aspx?id=88001&utm_source=feed
`;

async function setup() {
  const team = await makeTeam();
  const at = { projectId: team.project.id };
  const load = async (text: string) => {
    const source = await makeSource(team.project, team.owner, { text });
    return db.source.findUniqueOrThrow({ where: { id: source.id }, include: { citations: { orderBy: { ordinal: "asc" } } } });
  };
  const vientiane = await load(VIENTIANE);
  const nikkei = await load(NIKKEI);
  const claimOn = async (source: typeof vientiane, words: string, labels: string[], userId = team.analyst.id) => {
    const start = source.body.indexOf(words);
    const citationIds = source.citations.filter((c) => labels.includes(c.label)).map((c) => c.id);
    return createClaim({ userId, ...at, input: { sourceId: source.id, start, end: start + words.length, paraphrase: words, citationIds } });
  };
  return { ...team, at, vientiane, nikkei, claimOn };
}

describe("credibility 1 needs two independent origins", () => {
  it("refuses credibility 1 on a claim with one origin, saying which, and keeps nothing", async () => {
    const { at, analyst, vientiane, claimOn } = await setup();
    const claim = await claimOn(vientiane, "Comprehensive Strategic Partnership in January 2025", ["1"]);
    const error = await expectAppError(updateClaim({ userId: analyst.id, ...at, claimId: claim.id, input: { credibility: 1 } }), "invalid");
    expect(error.fieldErrors?.credibility?.[0]).toContain("this claim has 1 report, 1 origin: Lao News Agency, 23 January 2025");
    // An analyst is not offered the override.
    expect(error.fieldErrors?.credibilityRationale).toBeUndefined();
    expect(await db.claim.findUniqueOrThrow({ where: { id: claim.id } })).toMatchObject({ credibility: 6, revision: 1, credibilityRationale: null });

    const start = vientiane.body.indexOf("Both sides");
    await expectAppError(
      createClaim({ userId: analyst.id, ...at, input: { sourceId: vientiane.id, start, end: start + 10, paraphrase: "Talks", credibility: 1 } }),
      "invalid",
    );
    expect(await db.claim.count({ where: { sourceId: vientiane.id } })).toBe(1);
  });

  it("counts two reports of the same original once, and an independent one as a second origin", async () => {
    const { at, analyst, project, vientiane, nikkei, claimOn } = await setup();
    const first = await claimOn(vientiane, "Comprehensive Strategic Partnership in January 2025", ["1"]);
    const echo = await claimOn(nikkei, "upgraded their ties to a Comprehensive Strategic Partnership", ["1"]);
    await db.claimRelation.create({ data: { projectId: project.id, fromId: first.id, toId: echo.id, kind: "CORROBORATES" } });
    const circular = await expectAppError(updateClaim({ userId: analyst.id, ...at, claimId: first.id, input: { credibility: 1 } }), "invalid");
    expect(circular.message).toContain("2 reports, 1 origin: Lao News Agency, 23 January 2025");

    // Relying on the ministry's own summary too gives the claim a second origin.
    const ministry = vientiane.citations.find((c) => c.label === "2")!;
    const kpl = vientiane.citations.find((c) => c.label === "1")!;
    await updateClaim({ userId: analyst.id, ...at, claimId: first.id, input: { credibility: 1, citationIds: [kpl.id, ministry.id] } });
    expect(await db.claim.findUniqueOrThrow({ where: { id: first.id } })).toMatchObject({ credibility: 1, credibilityRationale: null });

    // A claim created relying on both notes has two origins from the start.
    const both = await createClaim({
      userId: analyst.id,
      ...at,
      input: { sourceId: vientiane.id, start: 0, end: 4, paraphrase: "Ties raised", credibility: 1, citationIds: [kpl.id, ministry.id] },
    });
    expect(await db.claim.findUniqueOrThrow({ where: { id: both.id } })).toMatchObject({ credibility: 1 });
  });

  it("lets an owner override with a rationale, recorded, and refuses the override to others", async () => {
    const { at, owner, analyst, vientiane, claimOn } = await setup();
    const claim = await claimOn(vientiane, "Comprehensive Strategic Partnership in January 2025", ["1"]);
    const asked = await expectAppError(updateClaim({ userId: owner.id, ...at, claimId: claim.id, input: { credibility: 1 } }), "invalid");
    expect(asked.fieldErrors?.credibilityRationale?.[0]).toMatch(/project owner you may keep credibility 1/);

    const refused = await expectAppError(
      updateClaim({ userId: analyst.id, ...at, claimId: claim.id, input: { credibility: 1, credibilityRationale: "I am sure" } }),
      "forbidden",
    );
    expect(refused.message).toContain("Only a project owner may override the rule.");

    await updateClaim({ userId: owner.id, ...at, claimId: claim.id, input: { credibility: 1, credibilityRationale: "The joint statement is on both governments' sites." } });
    expect(await db.claim.findUniqueOrThrow({ where: { id: claim.id } })).toMatchObject({
      credibility: 1,
      credibilityRationale: "The joint statement is on both governments' sites.",
      credibilityOverriddenById: owner.id,
    });
    const activity = await db.activity.findFirstOrThrow({ where: { objectId: claim.id, action: "claim.credibility_override" } });
    expect(activity).toMatchObject({ actorId: owner.id, after: { credibility: 1, rationale: "The joint statement is on both governments' sites." } });

    // Other edits keep the override; a lower credibility clears it.
    await updateClaim({ userId: owner.id, ...at, claimId: claim.id, input: { note: "Checked twice" } });
    expect((await db.claim.findUniqueOrThrow({ where: { id: claim.id } })).credibilityOverriddenById).toBe(owner.id);
    await updateClaim({ userId: owner.id, ...at, claimId: claim.id, input: { credibility: 2 } });
    expect(await db.claim.findUniqueOrThrow({ where: { id: claim.id } })).toMatchObject({ credibility: 2, credibilityRationale: null, credibilityOverriddenById: null });
  });

  it("answers the API with a 400 on credibility, and takes an owner's rationale", async () => {
    const { at, owner, analyst, vientiane, claimOn } = await setup();
    const claim = await claimOn(vientiane, "Comprehensive Strategic Partnership in January 2025", ["1"]);
    const tokenOf = async (user: { id: string }) => (await createApiToken({ userId: user.id, input: { name: "test" } })).token!;
    const params = { projectId: at.projectId, claimId: claim.id };
    const refused = await callRoute(claimRoute.PATCH, { token: await tokenOf(analyst), params, method: "PATCH", body: { credibility: 1 } });
    expect(refused.status).toBe(400);
    expect(refused.json.error?.fields?.credibility?.[0]).toContain("1 report, 1 origin: Lao News Agency, 23 January 2025");
    const kept = await callRoute(claimRoute.PATCH, { token: await tokenOf(owner), params, method: "PATCH", body: { credibility: 1, credibilityRationale: "Both governments published the statement." } });
    expect(kept.status).toBe(200);
    expect(kept.json).toMatchObject({ claim: { credibility: 1, credibilityRationale: "Both governments published the statement.", credibilityOverriddenBy: { name: owner.name } } });
  });
});

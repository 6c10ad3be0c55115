import { describe, expect, it } from "vitest";
import { createClaim } from "@/lib/claims/create-claim";
import { db } from "@/lib/db";
import { makeSource, makeTeam } from "@/lib/factories";
import { getClaimProvenance } from "@/lib/provenance/get-claim-provenance";
import { expectAppError } from "@/lib/testing/expect-app-error";
import { listClaimRelations } from "./list-claim-relations";
import { relateClaims } from "./relate-claims";
import { suggestRelations } from "./suggest-relations";
import { unrelateClaims } from "./unrelate-claims";

/** Two sources, a think tank's and a newspaper's, both citing the same wire report; a third on something else. */
const THINK_TANK = `# Airport funding in Laos

Japan pledged US$90 million for the Wattay airport terminal, first opened in 1958.¹ Rice exports doubled last year.

## Notes

1. Lao News Agency, “Japan pledges airport grant”, 23 January 2025, https://kpl.gov.la/En/detail.aspx?id=90123
`;
const NEWSPAPER = `# Grants to Laos

Tokyo has promised $90m to extend Wattay airport, which opened in 1958.¹

## Notes

1. KPL, “Japan pledges airport grant”, 23 January 2025, https://www.kpl.gov.la/En/detail.aspx?id=90123&utm_source=newsletter
`;
const UNRELATED = `# Mekong fisheries

Fish catches on the Mekong fell by a third between 2015 and 2020.
`;

async function setup() {
  const team = await makeTeam();
  const at = { projectId: team.project.id };
  const claimIn = async (text: string, quote: string, paraphrase: string, withNote = true) => {
    const source = await makeSource(team.project, team.owner, { text });
    const full = await db.source.findUniqueOrThrow({ where: { id: source.id }, include: { citations: true } });
    const start = full.body.indexOf(quote);
    expect(start, quote).toBeGreaterThanOrEqual(0);
    const citationIds = withNote ? full.citations.map((c) => c.id) : [];
    return createClaim({ userId: team.analyst.id, ...at, input: { sourceId: source.id, start, end: start + quote.length, paraphrase, citationIds } });
  };
  const think = await claimIn(THINK_TANK, "Japan pledged US$90 million for the Wattay airport terminal, first opened in 1958.", "Japan pledged US$90 million for Wattay airport.");
  const news = await claimIn(NEWSPAPER, "Tokyo has promised $90m to extend Wattay airport, which opened in 1958.", "Tokyo promised $90 million to extend Wattay airport.");
  const { sourceId } = await db.claim.findUniqueOrThrow({ where: { id: think.id } });
  const rice = await db.claim.create({
    data: { ...at, sourceId, sourceVersion: 1, exact: "Rice exports doubled last year.", start: 0, end: 10, paraphrase: "Rice exports doubled.", authorId: team.analyst.id },
  });
  const fish = await claimIn(UNRELATED, "Fish catches on the Mekong fell by a third between 2015 and 2020.", "Mekong fish catches fell by a third.", false);
  return { ...team, at, think, news, rice, fish };
}

describe("claim relations", () => {
  it("relates two claims once, lists the relation from both sides with the other claim's origins, and records it", async () => {
    const t = await setup();
    const relation = await relateClaims({ userId: t.analyst.id, ...t.at, claimId: t.think.id, input: { targetId: t.news.id, kind: "corroborates", note: "Same pledge" } });
    expect(relation).toMatchObject({ fromId: t.think.id, toId: t.news.id, kind: "corroborates", note: "Same pledge" });
    expect(await db.claimRelation.findUniqueOrThrow({ where: { id: relation.id } })).toMatchObject({ kind: "CORROBORATES", createdById: t.analyst.id, projectId: t.project.id });

    const fromNews = await listClaimRelations({ userId: t.viewer.id, ...t.at, claimId: t.news.id });
    expect(fromNews.relations).toHaveLength(1);
    expect(fromNews.relations[0]).toMatchObject({ id: relation.id, kind: "corroborates", outgoing: false, other: { id: t.think.id, paraphrase: "Japan pledged US$90 million for Wattay airport.", status: "DRAFT", source: { title: "Airport funding in Laos" } } });
    expect(fromNews.relations[0]!.other.origins.map((o) => o.key)).toEqual(["url:kpl.gov.la/En/detail.aspx?id=90123"]);

    const activity = await db.activity.findFirstOrThrow({ where: { objectId: t.think.id, action: "claim.relate" } });
    expect(activity).toMatchObject({ actorId: t.analyst.id, objectType: "Claim", projectId: t.project.id });
    expect(activity.after).toMatchObject({ relationId: relation.id, kind: "CORROBORATES", targetId: t.news.id });
  });

  it("refuses a pair already related, in either direction, naming the kind, and a claim related to itself", async () => {
    const t = await setup();
    await relateClaims({ userId: t.analyst.id, ...t.at, claimId: t.think.id, input: { targetId: t.news.id, kind: "duplicates" } });
    for (const [claimId, targetId] of [[t.think.id, t.news.id], [t.news.id, t.think.id]] as const) {
      const error = await expectAppError(relateClaims({ userId: t.owner.id, ...t.at, claimId, input: { targetId, kind: "contradicts" } }), "conflict");
      expect(error.message).toMatch(/already related: one duplicates the other/);
      expect(error.details).toMatchObject({ kind: "duplicates" });
    }
    const self = await expectAppError(relateClaims({ userId: t.analyst.id, ...t.at, claimId: t.rice.id, input: { targetId: t.rice.id, kind: "corroborates" } }), "invalid");
    expect(self.status).toBe(400);
    const kind = await expectAppError(relateClaims({ userId: t.analyst.id, ...t.at, claimId: t.rice.id, input: { targetId: t.fish.id, kind: "supports" as "corroborates" } }), "invalid");
    expect(kind.message).toBe("Choose how the claims relate: corroborates, contradicts, duplicates.");
    expect(await db.claimRelation.count({ where: { projectId: t.project.id } })).toBe(1);
  });

  it("relates a pair once when both directions are asked for at the same moment", async () => {
    const t = await setup();
    const results = await Promise.allSettled([
      relateClaims({ userId: t.analyst.id, ...t.at, claimId: t.think.id, input: { targetId: t.news.id, kind: "corroborates" } }),
      relateClaims({ userId: t.owner.id, ...t.at, claimId: t.news.id, input: { targetId: t.think.id, kind: "corroborates" } }),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual(["fulfilled", "rejected"]);
    const refused = results.find((r) => r.status === "rejected");
    expect(refused?.reason).toMatchObject({ code: "conflict" });
    expect(await db.claimRelation.count({ where: { projectId: t.project.id } })).toBe(1);
  });

  it("lets viewers read but not relate, and answers not found for another project's claim, either side", async () => {
    const t = await setup();
    const other = await setup();
    await expectAppError(relateClaims({ userId: t.viewer.id, ...t.at, claimId: t.think.id, input: { targetId: t.news.id, kind: "corroborates" } }), "forbidden");
    const relation = await relateClaims({ userId: t.reviewer.id, ...t.at, claimId: t.think.id, input: { targetId: t.news.id, kind: "corroborates" } });
    await expectAppError(unrelateClaims({ userId: t.viewer.id, ...t.at, claimId: t.think.id, relationId: relation.id }), "forbidden");
    await expectAppError(relateClaims({ userId: t.analyst.id, ...t.at, claimId: other.think.id, input: { targetId: t.news.id, kind: "corroborates" } }), "not_found");
    await expectAppError(relateClaims({ userId: t.analyst.id, ...t.at, claimId: t.think.id, input: { targetId: other.news.id, kind: "corroborates" } }), "not_found");
    await expectAppError(relateClaims({ userId: t.outsider.id, ...t.at, claimId: t.think.id, input: { targetId: t.rice.id, kind: "corroborates" } }), "not_found");
    for (const read of [listClaimRelations, suggestRelations, getClaimProvenance]) {
      await expectAppError(read({ userId: t.analyst.id, ...t.at, claimId: other.think.id }), "not_found");
      await expectAppError(read({ userId: t.outsider.id, ...t.at, claimId: t.think.id }), "not_found");
    }
    // Another project's relation, or this project's named through a claim it does not involve.
    const foreign = await relateClaims({ userId: other.analyst.id, ...other.at, claimId: other.think.id, input: { targetId: other.news.id, kind: "corroborates" } });
    await expectAppError(unrelateClaims({ userId: t.owner.id, ...t.at, claimId: t.think.id, relationId: foreign.id }), "not_found");
    await expectAppError(unrelateClaims({ userId: t.owner.id, ...t.at, claimId: t.rice.id, relationId: relation.id }), "not_found");
    expect(await db.claimRelation.count({ where: { projectId: { in: [t.project.id, other.project.id] } } })).toBe(2);
    expect(await db.claimRelation.count({ where: { projectId: other.project.id, fromId: { in: [t.think.id, t.news.id] } } })).toBe(0);
  });

  it("unrelates from either side and records it", async () => {
    const t = await setup();
    const relation = await relateClaims({ userId: t.analyst.id, ...t.at, claimId: t.think.id, input: { targetId: t.news.id, kind: "contradicts" } });
    await unrelateClaims({ userId: t.owner.id, ...t.at, claimId: t.news.id, relationId: relation.id });
    expect(await db.claimRelation.count({ where: { id: relation.id } })).toBe(0);
    const activity = await db.activity.findFirstOrThrow({ where: { objectId: t.news.id, action: "claim.unrelate" } });
    expect(activity).toMatchObject({ actorId: t.owner.id, objectType: "Claim" });
    expect(activity.before).toMatchObject({ relationId: relation.id, kind: "CONTRADICTS", targetId: t.think.id, paraphrase: "Tokyo promised $90 million to extend Wattay airport." });
    await expectAppError(unrelateClaims({ userId: t.owner.id, ...t.at, claimId: t.news.id, relationId: relation.id }), "not_found");
  });
});

describe("relation suggestions", () => {
  it("finds the same fact reported by another source, with the numbers shared, and leaves out what is related already", async () => {
    const t = await setup();
    const { suggestions } = await suggestRelations({ userId: t.viewer.id, ...t.at, claimId: t.think.id });
    expect(suggestions[0]).toMatchObject({ claim: { id: t.news.id, source: { title: "Grants to Laos" } }, kind: "corroborates" });
    expect(suggestions[0]!.reasons).toContain("shares US$90 million, 1958");
    expect(suggestions[0]!.shared).toEqual(["US$90 million", "1958"]);
    expect(suggestions[0]!.claim.origins.map((o) => o.key)).toEqual(["url:kpl.gov.la/En/detail.aspx?id=90123"]);
    expect(suggestions.map((s) => s.claim.id)).not.toContain(t.think.id);
    expect(suggestions.map((s) => s.claim.id)).not.toContain(t.fish.id);
    for (let i = 1; i < suggestions.length; i++) expect(suggestions[i - 1]!.score).toBeGreaterThanOrEqual(suggestions[i]!.score);

    await relateClaims({ userId: t.analyst.id, ...t.at, claimId: t.news.id, input: { targetId: t.think.id, kind: "corroborates" } });
    const after = await suggestRelations({ userId: t.analyst.id, ...t.at, claimId: t.think.id });
    expect(after.suggestions.map((s) => s.claim.id)).not.toContain(t.news.id);
  });

  it("suggests duplicates for near-identical wording, and never another project's claims", async () => {
    const t = await setup();
    const other = await setup();
    const source = await db.claim.findUniqueOrThrow({ where: { id: t.think.id } });
    const twin = await db.claim.create({
      data: { ...t.at, sourceId: source.sourceId, sourceVersion: 1, exact: source.exact, start: source.start, end: source.end, paraphrase: "Japan pledged US$90 million for Wattay airport!", authorId: t.owner.id },
    });
    const { suggestions } = await suggestRelations({ userId: t.analyst.id, ...t.at, claimId: t.think.id });
    expect(suggestions[0]).toMatchObject({ claim: { id: twin.id }, kind: "duplicates" });
    expect(suggestions[0]!.reasons[0]).toMatch(/^similar wording (0\.[89]\d|1\.00)$/);
    const otherIds = [other.think.id, other.news.id, other.rice.id, other.fish.id];
    expect(suggestions.filter((s) => otherIds.includes(s.claim.id))).toEqual([]);
  });
});

describe("claim provenance", () => {
  it("counts two sources citing the same original as one origin, and says so", async () => {
    const t = await setup();
    const alone = await getClaimProvenance({ userId: t.viewer.id, ...t.at, claimId: t.think.id });
    expect(alone.origins).toHaveLength(1);
    expect(alone.origins[0]!.via.map((step) => step.kind)).toEqual(["source", "footnote"]);
    expect(alone).toMatchObject({ independentOrigins: 1, reports: 1, circular: false, relations: [] });

    await relateClaims({ userId: t.analyst.id, ...t.at, claimId: t.think.id, input: { targetId: t.news.id, kind: "corroborates" } });
    await relateClaims({ userId: t.analyst.id, ...t.at, claimId: t.fish.id, input: { targetId: t.think.id, kind: "contradicts" } });
    const provenance = await getClaimProvenance({ userId: t.viewer.id, ...t.at, claimId: t.think.id });
    expect(provenance).toMatchObject({ independentOrigins: 1, reports: 2, circular: true });
    expect(provenance.summary).toMatch(/^2 reports, 1 origin: .+, 23 January 2025$/);
    const byOther = new Map(provenance.relations.map((r) => [r.other.id, r]));
    expect(byOther.get(t.news.id)).toMatchObject({ kind: "corroborates", sharesOrigin: true });
    // A contradicting claim neither joins the group nor shares the origin.
    expect(byOther.get(t.fish.id)).toMatchObject({ kind: "contradicts", sharesOrigin: false, outgoing: false });

    // A claim that relies on no footnote rests on its source, its own origin.
    const fish = await getClaimProvenance({ userId: t.viewer.id, ...t.at, claimId: t.fish.id });
    expect(fish.origins).toEqual([expect.objectContaining({ label: expect.stringContaining("Mekong fisheries"), via: [expect.objectContaining({ kind: "source" })] })]);
    expect(fish).toMatchObject({ independentOrigins: 1, reports: 1 });
  });
});

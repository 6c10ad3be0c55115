import { describe, expect, it } from "vitest";
import { createClaim } from "@/lib/claims/create-claim";
import { db } from "@/lib/db";
import { makeProject, makeSource, makeTeam } from "@/lib/factories";
import { expectAppError } from "@/lib/testing/expect-app-error";
import { claimToken } from "./claim-references";
import { createBrief } from "./create-brief";
import { previewBrief } from "./preview-brief";

const TEXT = `# Aid and airports

Japan pledged a grant of up to ¥2.836 billion for Wattay airport.¹ China remains the largest investor in Laos.

## Notes

1. Embassy of Japan, “Grant for Wattay”, 18 October 2024, https://www.la.emb-japan.go.jp/
`;

async function setup() {
  const team = await makeTeam();
  const source = await makeSource(team.project, team.owner, { text: TEXT, title: "Aid and airports" });
  const full = await db.source.findUniqueOrThrow({ where: { id: source.id }, include: { citations: true } });
  const words = "Japan pledged a grant";
  const start = full.body.indexOf(words);
  const claim = await createClaim({
    userId: team.analyst.id,
    projectId: team.project.id,
    input: { sourceId: source.id, start, end: start + words.length, paraphrase: "Japan funds Wattay airport", citationIds: [full.citations[0]!.id] },
  });
  const brief = await createBrief({ userId: team.analyst.id, projectId: team.project.id, input: { title: "Laos debt" } });
  return { ...team, claim, ids: { projectId: team.project.id, briefId: brief.id } };
}

describe("previewBrief: what the editor shows of the text being typed", () => {
  it("gives the checklist of the typed text, not of the saved one, and the cited claims as the chips show them", async () => {
    const { analyst, claim, ids } = await setup();
    const cited = await previewBrief({ userId: analyst.id, ...ids, input: { body: `Aid ${claimToken(claim.id)} and ${claimToken("gone404")}.` } });
    const check = (id: string) => cited.checklist.items.find((i) => i.id === id);
    expect(check("claims-resolve")).toMatchObject({ ok: false, blocking: true });
    expect(check("claims-verified")?.ok).toBe(false);
    expect(cited.checklist.ready).toBe(false);
    expect(cited.claims).toEqual([
      { id: claim.id, paraphrase: "Japan funds Wattay airport", status: "DRAFT", quote: "Japan pledged a grant", source: "Aid and airports", reviewer: null, notes: [expect.stringMatching(/^1\. Embassy of Japan/)] },
    ]);

    const plain = await previewBrief({ userId: analyst.id, ...ids, input: { body: "No claims yet." } });
    expect(plain.checklist.items.find((i) => i.id === "claims-resolve")?.ok).toBe(true);
    expect(plain.checklist.ready).toBe(true);
    expect(plain.claims).toEqual([]);
  });

  it("never shows another project's claim through a typed token", async () => {
    const { owner, analyst, claim } = await setup();
    const other = await makeProject(owner);
    const theirs = await createBrief({ userId: owner.id, projectId: other.id, input: { title: "Elsewhere" } });
    const preview = await previewBrief({ userId: owner.id, projectId: other.id, briefId: theirs.id, input: { body: claimToken(claim.id) } });
    expect(preview.claims).toEqual([]);
    expect(preview.checklist.items.find((i) => i.id === "claims-resolve")?.ok).toBe(false);
    await expectAppError(previewBrief({ userId: analyst.id, projectId: other.id, briefId: theirs.id, input: { body: "x" } }), "not_found");
  });
});

import { untrusted } from "@/lib/validation";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { makeSource, makeTeam } from "@/lib/factories";
import { addSourceVersion } from "@/lib/sources/add-source-version";
import { expectAppError } from "@/lib/testing/expect-app-error";
import { bulkUpdateClaims } from "./bulk-update-claims";
import { createClaim } from "./create-claim";
import { deleteClaim } from "./delete-claim";
import { getClaim } from "./get-claim";
import { listClaimAnchors, listSourceClaims } from "./list-source-claims";
import { listClaims } from "./list-claims";
import { updateClaim } from "./update-claim";

const TEXT = `# Aid and airports

Japan pledged a grant of up to ¥2.836 billion for Wattay airport.¹ China remains the largest investor in Laos.² Japan pledged a grant again in 2025.

## Notes

1. Embassy of Japan, “Grant for Wattay”, 18 October 2024, https://www.la.emb-japan.go.jp/
2. Reuters, “China invests”, 2023, https://www.reuters.com/
`;

async function setup() {
  const team = await makeTeam();
  const source = await makeSource(team.project, team.owner, { text: TEXT });
  const full = await db.source.findUniqueOrThrow({ where: { id: source.id }, include: { citations: { orderBy: { ordinal: "asc" } } } });
  const themes = await db.theme.findMany({ where: { projectId: team.project.id }, orderBy: { name: "asc" } });
  const theme = (name: string) => themes.find((t) => t.name === name)!;
  const range = (words: string, from = 0) => {
    const start = full.body.indexOf(words, from);
    return { start, end: start + words.length };
  };
  return { ...team, source: full, theme, range };
}

describe("claims", () => {
  it("anchors a selection with quote, context and position, and links themes and footnotes", async () => {
    const { project, analyst, source, theme, range } = await setup();
    const claim = await createClaim({
      userId: analyst.id,
      projectId: project.id,
      input: {
        sourceId: source.id,
        ...range("China remains the largest investor in Laos."),
        paraphrase: "China is Laos's largest investor.",
        themeIds: [theme("China balancing").id, theme("Trade & investment").id],
        citationIds: [source.citations[1]!.id],
        credibility: 2,
      },
    });
    expect(claim.status).toBe("DRAFT");
    const read = await getClaim({ userId: analyst.id, projectId: project.id, claimId: claim.id });
    expect(read).toMatchObject({ exact: "China remains the largest investor in Laos.", credibility: 2, sourceVersion: 1 });
    expect(read.prefix.endsWith("Wattay airport. ")).toBe(true);
    expect(read.suffix.startsWith(" Japan pledged")).toBe(true);
    expect(read.selectors).toEqual([
      { type: "TextQuoteSelector", exact: read.exact, prefix: read.prefix, suffix: read.suffix },
      { type: "TextPositionSelector", start: read.start, end: read.end },
    ]);
    expect(read.themes.map((t) => t.name)).toEqual(["China balancing", "Trade & investment"]);
    expect(read.citations.map((c) => c.label)).toEqual(["2"]);
    expect(await db.activity.count({ where: { objectId: claim.id, action: "claim.create" } })).toBe(1);
  });

  it("refuses bad input with a clear message and stores nothing", async () => {
    const { project, analyst, source, range } = await setup();
    const other = await setup();
    const base = { sourceId: source.id, ...range("Japan pledged"), paraphrase: "p" };
    const cases: [Record<string, unknown>, string, RegExp][] = [
      [{ ...base, start: 10, end: source.body.length + 5 }, "selection", /outside|end of the text|beyond/i],
      [{ ...base, start: 20, end: 20 }, "selection", /select|empty/i],
      [{ ...base, paraphrase: "   " }, "paraphrase", /Write the claim in your words/],
      [{ ...base, themeIds: ["nope"] }, "themeIds", /does not exist in this project/],
      [{ ...base, themeIds: [other.theme("Energy").id] }, "themeIds", /does not exist in this project/],
      [{ ...base, citationIds: [other.source.citations[0]!.id] }, "citationIds", /not one of this source's footnotes/],
      [{ ...base, credibility: 9 }, "credibility", /from 1 to 6/],
    ];
    for (const [input, field, message] of cases) {
      const error = await expectAppError(createClaim({ userId: analyst.id, projectId: project.id, input: untrusted(input) }), "invalid");
      expect(error.fieldErrors?.[field]?.join(" "), JSON.stringify(input)).toMatch(message);
    }
    await expectAppError(createClaim({ userId: analyst.id, projectId: project.id, input: { ...base, sourceId: other.source.id } }), "not_found");
    expect(await db.claim.count({ where: { projectId: project.id } })).toBe(0);
  });

  it("lets only analysts and owners create, and only the author or an owner edit or delete", async () => {
    const { project, owner, analyst, reviewer, viewer, outsider, source, range } = await setup();
    const input = { sourceId: source.id, ...range("Japan pledged a grant"), paraphrase: "Japan gives grants." };
    await expectAppError(createClaim({ userId: viewer.id, projectId: project.id, input }), "forbidden");
    await expectAppError(createClaim({ userId: reviewer.id, projectId: project.id, input }), "forbidden");
    await expectAppError(createClaim({ userId: outsider.id, projectId: project.id, input }), "not_found");

    const claim = await createClaim({ userId: analyst.id, projectId: project.id, input });
    const edit = { paraphrase: "Edited", credibility: 3 };
    await expectAppError(updateClaim({ userId: reviewer.id, projectId: project.id, claimId: claim.id, input: edit }), "forbidden");
    await expectAppError(updateClaim({ userId: outsider.id, projectId: project.id, claimId: claim.id, input: edit }), "not_found");
    await updateClaim({ userId: owner.id, projectId: project.id, claimId: claim.id, input: edit });
    await expectAppError(deleteClaim({ userId: viewer.id, projectId: project.id, claimId: claim.id }), "forbidden");
    await deleteClaim({ userId: analyst.id, projectId: project.id, claimId: claim.id });
    expect(await db.claim.count({ where: { id: claim.id } })).toBe(0);
    const trail = await db.activity.findMany({ where: { objectId: claim.id }, orderBy: { createdAt: "asc" } });
    expect(trail.map((a) => a.action)).toEqual(["claim.create", "claim.update", "claim.delete"]);
  });

  it("keeps each edit as a version and sends a reviewed claim whose words change back to review", async () => {
    const { project, analyst, source, range } = await setup();
    const claim = await createClaim({ userId: analyst.id, projectId: project.id, input: { sourceId: source.id, ...range("Japan pledged a grant"), paraphrase: "v1", submit: true } });
    expect(claim.status).toBe("IN_REVIEW");
    await db.claim.update({ where: { id: claim.id }, data: { status: "VERIFIED" } });
    await updateClaim({ userId: analyst.id, projectId: project.id, claimId: claim.id, input: { paraphrase: "v1", credibility: 2 } });
    expect((await db.claim.findUniqueOrThrow({ where: { id: claim.id } })).status).toBe("VERIFIED");
    const edited = await updateClaim({ userId: analyst.id, projectId: project.id, claimId: claim.id, input: { paraphrase: "v2", credibility: 2 } });
    expect(edited).toMatchObject({ status: "IN_REVIEW", revision: 3 });
    const versions = await db.claimVersion.findMany({ where: { claimId: claim.id }, orderBy: { revision: "asc" } });
    expect(versions.map((v) => [v.revision, v.paraphrase, v.status])).toEqual([
      [1, "v1", "VERIFIED"],
      [2, "v1", "VERIFIED"],
    ]);
  });

  it("re-anchors claims on a revised source and flags the ones whose words are gone", async () => {
    const { project, owner, source, range } = await setup();
    const make = (words: string, from = 0) =>
      createClaim({ userId: owner.id, projectId: project.id, input: { sourceId: source.id, ...range(words, from), paraphrase: words } });
    const china = await make("China remains the largest investor in Laos.");
    const second = await make("Japan pledged a grant", source.body.indexOf("again") - 30);
    const airport = await make("for Wattay airport.");
    const revised = TEXT.replace("# Aid and airports", "# Aid and airports\n\nA new opening paragraph shifts every offset.")
      .replace("for Wattay airport.", "for the new terminal.")
      .replace("again in 2025", "again in 2026");
    const result = await addSourceVersion({ userId: owner.id, projectId: project.id, sourceId: source.id, input: { text: revised } });
    expect(result.claims).toEqual({ moved: 2, orphaned: 1 });

    const body = (await db.source.findUniqueOrThrow({ where: { id: source.id } })).body;
    const after = async (id: string) => db.claim.findUniqueOrThrow({ where: { id } });
    const c = await after(china.id);
    expect(body.slice(c.start, c.end)).toBe("China remains the largest investor in Laos.");
    expect(c).toMatchObject({ orphaned: false, sourceVersion: 2 });
    const s = await after(second.id);
    expect(body.slice(s.start, s.end)).toBe("Japan pledged a grant");
    expect(body.slice(s.end, s.end + 7)).toBe(" again ");
    const a = await after(airport.id);
    expect(a).toMatchObject({ orphaned: true, exact: "for Wattay airport." });
  });

  it("filters the board by theme (with sub-themes), status, source, author and text, and acts in bulk", async () => {
    const { project, owner, analyst, viewer, source, theme, range } = await setup();
    const sub = await db.theme.create({ data: { projectId: project.id, name: "Railway debt", colour: "#111111", parentId: theme("China balancing").id } });
    const make = (words: string, themeIds: string[], userId = analyst.id) =>
      createClaim({ userId, projectId: project.id, input: { sourceId: source.id, ...range(words), paraphrase: words, themeIds } });
    const a = await make("China remains the largest investor", [sub.id]);
    const b = await make("Japan pledged a grant", [theme("Development assistance (ODA)").id]);
    const c = await make("Wattay airport", [], owner.id);

    const byParent = await listClaims({ userId: viewer.id, projectId: project.id, filters: { theme: theme("China balancing").id } });
    expect(byParent.claims.map((x) => x.id)).toEqual([a.id]);
    const byAuthor = await listClaims({ userId: viewer.id, projectId: project.id, filters: { author: owner.id } });
    expect(byAuthor.claims.map((x) => x.id)).toEqual([c.id]);
    const byText = await listClaims({ userId: viewer.id, projectId: project.id, filters: { q: "WATTAY" } });
    expect(byText.claims.map((x) => x.id)).toEqual([c.id]);

    await bulkUpdateClaims({ userId: analyst.id, projectId: project.id, input: { claimIds: [a.id, b.id], operation: "add-theme", themeId: theme("Energy").id } });
    const energy = await listClaims({ userId: viewer.id, projectId: project.id, filters: { theme: theme("Energy").id } });
    expect(energy.claims.map((x) => x.id).sort()).toEqual([a.id, b.id].sort());
    await bulkUpdateClaims({ userId: analyst.id, projectId: project.id, input: { claimIds: [a.id, b.id], operation: "submit" } });
    const inReview = await listClaims({ userId: viewer.id, projectId: project.id, filters: { status: "IN_REVIEW" } });
    expect(inReview.total).toBe(2);
    expect(inReview.byStatus).toMatchObject({ IN_REVIEW: 2, DRAFT: 1 });

    await expectAppError(bulkUpdateClaims({ userId: viewer.id, projectId: project.id, input: { claimIds: [a.id], operation: "add-theme", themeId: sub.id } }), "forbidden");
    await expectAppError(bulkUpdateClaims({ userId: analyst.id, projectId: project.id, input: { claimIds: [c.id], operation: "submit" } }), "forbidden");
    const foreign = await setup();
    await expectAppError(
      bulkUpdateClaims({ userId: analyst.id, projectId: project.id, input: { claimIds: [a.id, "x"], operation: "add-theme", themeId: sub.id } }),
      "not_found",
    );
    await expectAppError(
      bulkUpdateClaims({ userId: analyst.id, projectId: project.id, input: { claimIds: [a.id], operation: "add-theme", themeId: foreign.theme("Energy").id } }),
      "invalid",
    );
    expect(await db.claimTheme.count({ where: { claimId: a.id } })).toBe(2);
  });

  it("lists a stretch of a source's claims for the reader, with those whose quote was lost", async () => {
    const { project, analyst, source, range } = await setup();
    const make = (words: string) =>
      createClaim({ userId: analyst.id, projectId: project.id, input: { sourceId: source.id, ...range(words), paraphrase: words } });
    const first = await make("Japan pledged a grant of up to ¥2.836 billion");
    const second = await make("China remains the largest investor in Laos.");
    const lost = await make("Japan pledged a grant again in 2025.");
    await db.claim.update({ where: { id: lost.id }, data: { orphaned: true } });

    const stretch = range("China remains the largest investor");
    const within = await listSourceClaims({ userId: analyst.id, projectId: project.id, sourceId: source.id, within: stretch });
    expect(within.map((c) => c.id).sort()).toEqual([second.id, lost.id].sort());
    const anchors = await listClaimAnchors({ userId: analyst.id, projectId: project.id, sourceId: source.id });
    expect(anchors.map((a) => a.id).sort()).toEqual([first.id, second.id, lost.id].sort());
    expect(anchors.find((a) => a.id === lost.id)?.orphaned).toBe(true);
  });
});

import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { makeProject, makeUser } from "@/lib/factories";
import { DEFAULT_THEMES } from "@/lib/projects/default-themes";
import { makeClaim, makeSourceRow, themeId } from "@/lib/testing/theme-rows";
import { createTheme } from "./create-theme";
import { listThemes } from "./list-themes";
import { themeCoverage } from "./theme-coverage";

describe("themeCoverage", () => {
  it("counts claims per theme (rolled up), per source and theme pairs on a small dataset", async () => {
    const owner = await makeUser();
    const project = await makeProject(owner);
    const [china, infra, energy, oda] = await Promise.all([
      themeId(project, "China balancing"),
      themeId(project, "Infrastructure & connectivity"),
      themeId(project, "Energy"),
      themeId(project, "Development assistance (ODA)"),
    ]);
    const rail = (await createTheme({ userId: owner.id, projectId: project.id, input: { name: "Railways", parentId: infra } })).id;
    const boten = (await createTheme({ userId: owner.id, projectId: project.id, input: { name: "Boten line", parentId: rail } })).id;
    const s1 = await makeSourceRow(project, owner, "Diplomat commentary");
    const s2 = await makeSourceRow(project, owner, "JICA report");
    await makeSourceRow(project, owner, "Unread news");

    await makeClaim(project, owner, s1.id, [china, infra]); // c1
    await makeClaim(project, owner, s1.id, [china, boten]); // c2
    await makeClaim(project, owner, s1.id, [rail, infra]); // c3: parent and sub-theme, counts once for infra
    await makeClaim(project, owner, s2.id, [energy]); // c4
    await makeClaim(project, owner, s2.id, [china, energy, boten]); // c5
    await makeClaim(project, owner, s2.id, []); // c6: untagged
    // Another project's claims never count.
    const other = await makeProject(owner);
    const otherSource = await makeSourceRow(other, owner);
    await makeClaim(other, owner, otherSource.id, [await themeId(other, "China balancing")]);

    const coverage = await themeCoverage({ userId: owner.id, projectId: project.id });
    expect(coverage.totals).toEqual({ claims: 6, tagged: 5, untagged: 1 });
    const byId = new Map(coverage.themes.map((t) => [t.id, t]));
    expect(byId.get(china)).toMatchObject({ claims: 3, rolledUpClaims: 3, depth: 0 });
    expect(byId.get(infra)).toMatchObject({ claims: 2, rolledUpClaims: 4 });
    expect(byId.get(rail)).toMatchObject({ claims: 1, rolledUpClaims: 3, depth: 1 });
    expect(byId.get(boten)).toMatchObject({ claims: 2, rolledUpClaims: 2, depth: 2 });
    expect(byId.get(energy)).toMatchObject({ claims: 2, rolledUpClaims: 2 });
    expect(byId.get(oda)).toMatchObject({ claims: 0, rolledUpClaims: 0 });

    expect(coverage.sources.map((s) => [s.title, s.claims])).toEqual([
      ["Diplomat commentary", 3],
      ["JICA report", 3],
      ["Unread news", 0],
    ]);
    expect(coverage.sources[0]!.byTheme).toEqual({ [china]: 2, [infra]: 3 });
    expect(coverage.sources[1]!.byTheme).toEqual({ [china]: 1, [infra]: 1, [energy]: 2 });
    expect(coverage.sources[2]!.byTheme).toEqual({});

    const pair = (list: { a: string; b: string; claims: number }[], x: string, y: string) =>
      list.find((p) => (p.a === x && p.b === y) || (p.a === y && p.b === x))?.claims ?? 0;
    const top = coverage.coOccurrence;
    expect(top.level).toBe("top");
    expect(top.themeIds).toHaveLength(DEFAULT_THEMES.length);
    expect(pair(top.pairs, china, infra)).toBe(3); // c1, c2, c5
    expect(pair(top.pairs, china, energy)).toBe(1); // c5
    expect(pair(top.pairs, energy, infra)).toBe(1); // c5
    expect(top.pairs.every((p) => p.a < p.b)).toBe(true);
    expect(top.pairs).toHaveLength(3);

    const all = (await themeCoverage({ userId: owner.id, projectId: project.id, level: "all" })).coOccurrence;
    expect(all.themeIds).toHaveLength(DEFAULT_THEMES.length + 2);
    expect(pair(all.pairs, china, infra)).toBe(1); // direct tags only: c1
    expect(pair(all.pairs, china, boten)).toBe(2); // c2, c5
    expect(pair(all.pairs, rail, infra)).toBe(1); // c3
    expect(pair(all.pairs, energy, boten)).toBe(1); // c5

    // listThemes carries the same counts for the codebook page.
    const listed = new Map((await listThemes({ userId: owner.id, projectId: project.id })).map((t) => [t.id, t]));
    expect(listed.get(infra)).toMatchObject({ _count: { claims: 2 }, rolledUpClaims: 4 });
  });
});

describe("at scale", () => {
  it("computes coverage of 20,000 claims with aggregates", async () => {
    const owner = await makeUser();
    const project = await makeProject(owner);
    const themes = await db.theme.findMany({ where: { projectId: project.id }, select: { id: true }, orderBy: { name: "asc" } });
    const sub = await createTheme({ userId: owner.id, projectId: project.id, input: { name: "Sub", parentId: themes[0]!.id } });
    const ids = [...themes.map((t) => t.id), sub.id];
    const sources = await Promise.all(Array.from({ length: 20 }, (_, i) => makeSourceRow(project, owner, `Source ${i}`)));
    // Built in SQL: 20,000 claims over 20 sources, each tagged with one to three themes.
    await db.$executeRaw`
      INSERT INTO "Claim" (id, "projectId", "sourceId", "sourceVersion", exact, start, "end", paraphrase, "authorId", "updatedAt")
      SELECT 'bulk-' || n, ${project.id}, (${sources.map((s) => s.id)}::text[])[1 + n % 20], 1, 'Japan', 0, 5, 'p', ${owner.id}, now()
      FROM generate_series(1, 20000) AS n`;
    await db.$executeRaw`
      INSERT INTO "ClaimTheme" ("claimId", "themeId", position)
      SELECT DISTINCT ON ('bulk-' || n, (${ids}::text[])[1 + (n * k) % ${ids.length}]) 'bulk-' || n, (${ids}::text[])[1 + (n * k) % ${ids.length}], k
      FROM generate_series(1, 20000) AS n, generate_series(1, 1 + n % 3) AS k`;

    const started = performance.now();
    const coverage = await themeCoverage({ userId: owner.id, projectId: project.id });
    const listed = await listThemes({ userId: owner.id, projectId: project.id });
    const elapsed = performance.now() - started;
    console.info(`coverage + list of 20,000 claims: ${elapsed.toFixed(0)} ms`);

    expect(coverage.totals.claims).toBe(20_000);
    expect(coverage.sources).toHaveLength(20);
    expect(listed).toHaveLength(ids.length);
    expect(elapsed).toBeLessThan(5_000);
  });
});

import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { makeProject, makeUser } from "@/lib/factories";
import { DEFAULT_THEMES } from "@/lib/projects/default-themes";
import { expectAppError } from "@/lib/testing/expect-app-error";
import { snapshot, themeId, type Project } from "@/lib/testing/theme-rows";
import { createTheme } from "./create-theme";
import { exportCodebook } from "./export-codebook";
import { importCodebook } from "./import-codebook";
import { listThemes } from "./list-themes";
import { updateTheme } from "./update-theme";

describe("export and import", () => {
  it("round-trips a nested codebook into a new project, as JSON and as .qdc", async () => {
    const owner = await makeUser();
    const project = await makeProject(owner, { name: "Laos–Japan CSP" });
    const infra = await themeId(project, "Infrastructure & connectivity");
    const rail = await createTheme({ userId: owner.id, projectId: project.id, input: { name: "Railways", colour: "#112233", description: "Rail & <roads>", parentId: infra } });
    await createTheme({ userId: owner.id, projectId: project.id, input: { name: "Boten line", parentId: rail.id } });
    // A default theme moved under another must come back moved.
    await updateTheme({ userId: owner.id, projectId: project.id, themeId: await themeId(project, "Energy"), input: { parentId: infra, colour: "#abcdef" } });

    const tree = async (p: Project) =>
      (await listThemes({ userId: owner.id, projectId: p.id })).map((t) => [t.depth, t.name, t.colour, t.description]).sort();

    for (const format of ["json", "qdc"] as const) {
      const file = await exportCodebook({ userId: owner.id, projectId: project.id, format });
      expect(file.filename).toBe(`laos-japan-csp-codebook.${format}`);
      const copy = await makeProject(owner);
      const result = await importCodebook({ userId: owner.id, projectId: copy.id, input: { text: file.body } });
      expect(result).toMatchObject({ format, created: 2, updated: 1, unchanged: DEFAULT_THEMES.length - 1 });
      expect(await tree(copy)).toEqual(await tree(project));
      const activity = await db.activity.findFirstOrThrow({ where: { projectId: copy.id, action: "theme.import" } });
      expect(activity.after).toMatchObject({ format, created: 2, createdNames: ["Railways", "Boten line"] });

      // Importing the same file again changes nothing.
      await expect(importCodebook({ userId: owner.id, projectId: copy.id, input: { text: file.body } })).resolves.toMatchObject({ created: 0, updated: 0 });
    }
  });

  it("matches names case-insensitively, keeps themes the file lacks, and lands whole or not at all", async () => {
    const owner = await makeUser();
    const project = await makeProject(owner);
    const energyId = await themeId(project, "Energy");
    const file = {
      format: "claimwork-codebook",
      version: 1,
      themes: [{ name: "ENERGY", description: "Dams", children: [{ name: "Hydropower", colour: "#0000ff" }] }],
    };
    const result = await importCodebook({ userId: owner.id, projectId: project.id, input: { text: JSON.stringify(file) } });
    expect(result).toMatchObject({ created: 1, updated: 1, unchanged: 0 });
    const energy = await db.theme.findUniqueOrThrow({ where: { id: energyId } });
    expect(energy).toMatchObject({ name: "Energy", colour: "#65a30d", description: "Dams" });
    expect(await db.theme.count({ where: { projectId: project.id } })).toBe(DEFAULT_THEMES.length + 1);

    const before = await snapshot(project);
    const activityBefore = await db.activity.count({ where: { projectId: project.id } });
    const broken = await expectAppError(importCodebook({ userId: owner.id, projectId: project.id, input: { text: "{ nope" } }), "invalid");
    expect(broken.message).toMatch(/^The codebook file is not valid JSON\./);
    await expectAppError(
      importCodebook({ userId: owner.id, projectId: project.id, input: { text: JSON.stringify({ ...file, themes: [{ name: "A" }, { name: "a" }] }) } }),
      "invalid",
    );
    // A file that would make kept themes too deep is refused after its writes began: all of them roll back.
    let deep: Record<string, unknown> = { name: "Level 7" };
    for (let level = 6; level >= 1; level--) deep = { name: `Level ${level}`, children: [deep] };
    const chain = [await createTheme({ userId: owner.id, projectId: project.id, input: { name: "Kept child", parentId: energyId } })];
    await createTheme({ userId: owner.id, projectId: project.id, input: { name: "Kept grandchild", parentId: chain[0]!.id } });
    const withEnergy = JSON.parse(JSON.stringify(deep)) as Record<string, unknown>;
    let leaf = withEnergy;
    while (Array.isArray(leaf.children)) leaf = (leaf.children as Record<string, unknown>[])[0]!;
    leaf.children = [{ name: "Energy" }];
    const beforeDeep = await snapshot(project);
    const tooDeep = await expectAppError(
      importCodebook({ userId: owner.id, projectId: project.id, input: { text: JSON.stringify({ ...file, themes: [withEnergy] }) } }),
      "invalid",
    );
    expect(tooDeep.message).toMatch(/deeper than 8 levels/);
    expect(await snapshot(project)).toEqual(beforeDeep);
    expect(before.length + 2).toBe(beforeDeep.length);
    expect(await db.activity.count({ where: { projectId: project.id, action: "theme.import" } })).toBe(1);
    expect(await db.activity.count({ where: { projectId: project.id } })).toBe(activityBefore + 2);
  });
});

import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { makeProject, makeTeam, makeUser } from "@/lib/factories";
import { DEFAULT_THEMES } from "@/lib/projects/default-themes";
import { expectAppError } from "@/lib/testing/expect-app-error";
import { links, makeClaim, makeSourceRow, snapshot, themeId } from "@/lib/testing/theme-rows";
import { createTheme } from "./create-theme";
import { deleteTheme } from "./delete-theme";
import { exportCodebook } from "./export-codebook";
import { importCodebook } from "./import-codebook";
import { listThemes } from "./list-themes";
import { mergeThemes } from "./merge-themes";
import { themeCoverage } from "./theme-coverage";
import { updateTheme } from "./update-theme";

describe("createTheme and updateTheme", () => {
  it("creates a theme two levels deep and records the activity", async () => {
    const owner = await makeUser();
    const project = await makeProject(owner);
    const infrastructure = await themeId(project, "Infrastructure & connectivity");
    const rail = await createTheme({
      userId: owner.id,
      projectId: project.id,
      input: { name: "  Railways ", colour: "#AA0000", description: "Rail links", parentId: infrastructure },
    });
    const boten = await createTheme({ userId: owner.id, projectId: project.id, input: { name: "Boten–Vientiane line", parentId: rail.id } });
    expect(rail).toMatchObject({ name: "Railways", colour: "#aa0000", parentId: infrastructure });
    expect(boten).toMatchObject({ colour: "#64748b", description: "", parentId: rail.id });

    const listed = await listThemes({ userId: owner.id, projectId: project.id });
    const index = listed.findIndex((t) => t.id === infrastructure);
    expect(listed.slice(index, index + 3).map((t) => [t.name, t.depth])).toEqual([
      ["Infrastructure & connectivity", 0],
      ["Railways", 1],
      ["Boten–Vientiane line", 2],
    ]);
    const activity = await db.activity.findFirstOrThrow({ where: { projectId: project.id, action: "theme.create", objectId: rail.id } });
    expect(activity.after).toMatchObject({ name: "Railways", parentName: "Infrastructure & connectivity" });
  });

  it("refuses a name clash in any case, on create and on rename, changing nothing", async () => {
    const owner = await makeUser();
    const project = await makeProject(owner);
    const before = await snapshot(project);
    const clash = await expectAppError(createTheme({ userId: owner.id, projectId: project.id, input: { name: "china BALANCING" } }), "conflict");
    expect(clash.message).toBe("A theme named “China balancing” already exists in this project.");
    expect(clash.fieldErrors?.name).toEqual([clash.message]);

    const energy = await themeId(project, "Energy");
    await expectAppError(updateTheme({ userId: owner.id, projectId: project.id, themeId: energy, input: { name: "TRADE & investment" } }), "conflict");
    expect(await snapshot(project)).toEqual(before);

    // Changing only the case of its own name is a rename, not a clash.
    await expect(updateTheme({ userId: owner.id, projectId: project.id, themeId: energy, input: { name: "ENERGY" } })).resolves.toMatchObject({ name: "ENERGY" });
    // Another project may use the same names.
    const other = await makeProject(owner);
    await expect(createTheme({ userId: owner.id, projectId: other.id, input: { name: "Railways" } })).resolves.toBeTruthy();
    await expect(createTheme({ userId: owner.id, projectId: project.id, input: { name: "Railways" } })).resolves.toBeTruthy();
  });

  it("validates name, colour and description", async () => {
    const owner = await makeUser();
    const project = await makeProject(owner);
    const bad = await expectAppError(
      createTheme({ userId: owner.id, projectId: project.id, input: { name: " ", colour: "red", description: "x".repeat(1001) } }),
      "invalid",
    );
    expect(bad.fieldErrors).toMatchObject({ name: ["Give the theme a name."], colour: ["Use a colour like #2563eb."], description: ["Use at most 1,000 characters."] });
    const long = await expectAppError(createTheme({ userId: owner.id, projectId: project.id, input: { name: "x".repeat(81) } }), "invalid");
    expect(long.fieldErrors?.name).toEqual(["Use at most 80 characters."]);
  });

  it("renames, recolours, describes and moves, recording only what changed", async () => {
    const owner = await makeUser();
    const project = await makeProject(owner);
    const energy = await themeId(project, "Energy");
    const infrastructure = await themeId(project, "Infrastructure & connectivity");
    const updated = await updateTheme({
      userId: owner.id,
      projectId: project.id,
      themeId: energy,
      input: { name: "Energy & hydropower", colour: "#00FF00", parentId: infrastructure },
    });
    expect(updated).toMatchObject({ name: "Energy & hydropower", colour: "#00ff00", parentId: infrastructure });
    const row = await db.activity.findFirstOrThrow({ where: { projectId: project.id, action: "theme.update" } });
    expect(row.before).toEqual({ name: "Energy", colour: "#65a30d", parentId: null });
    expect(row.after).toEqual({ name: "Energy & hydropower", colour: "#00ff00", parentId: infrastructure, parentName: "Infrastructure & connectivity" });

    await updateTheme({ userId: owner.id, projectId: project.id, themeId: energy, input: { parentId: "" } });
    expect((await db.theme.findUniqueOrThrow({ where: { id: energy } })).parentId).toBeNull();
    // Sending the same values again writes nothing.
    const count = await db.activity.count({ where: { projectId: project.id } });
    await updateTheme({ userId: owner.id, projectId: project.id, themeId: energy, input: { name: "Energy & hydropower", parentId: null } });
    expect(await db.activity.count({ where: { projectId: project.id } })).toBe(count);
  });

  it("refuses nesting a theme under itself or its own descendant", async () => {
    const owner = await makeUser();
    const project = await makeProject(owner);
    const top = await themeId(project, "China balancing");
    const child = await createTheme({ userId: owner.id, projectId: project.id, input: { name: "Debt", parentId: top } });
    const grandchild = await createTheme({ userId: owner.id, projectId: project.id, input: { name: "Railway debt", parentId: child.id } });
    const before = await snapshot(project);

    const self = await expectAppError(updateTheme({ userId: owner.id, projectId: project.id, themeId: top, input: { parentId: top } }), "invalid");
    expect(self.message).toBe("A theme cannot be nested under itself.");
    const cycle = await expectAppError(updateTheme({ userId: owner.id, projectId: project.id, themeId: top, input: { parentId: grandchild.id } }), "invalid");
    expect(cycle.message).toBe("A theme cannot be nested under one of its own sub-themes.");
    expect(cycle.fieldErrors?.parentId).toEqual([cycle.message]);
    // A rename sent with the bad parent is not applied either.
    await expectAppError(updateTheme({ userId: owner.id, projectId: project.id, themeId: child.id, input: { name: "New", parentId: grandchild.id } }), "invalid");
    expect(await snapshot(project)).toEqual(before);
  });

  it("refuses nesting deeper than eight levels", async () => {
    const owner = await makeUser();
    const project = await makeProject(owner);
    let parentId: string | null = null;
    for (let level = 1; level <= 8; level++) {
      parentId = (await createTheme({ userId: owner.id, projectId: project.id, input: { name: `Level ${level}`, parentId } })).id;
    }
    const tooDeep = await expectAppError(createTheme({ userId: owner.id, projectId: project.id, input: { name: "Level 9", parentId } }), "invalid");
    expect(tooDeep.message).toBe("Themes nest at most 8 levels deep.");
  });
});

describe("mergeThemes", () => {
  it("moves every claim link to the target, keeping one link at the lower position for a claim tagged with both", async () => {
    const owner = await makeUser();
    const project = await makeProject(owner);
    const source = await makeSourceRow(project, owner);
    const [china, infra, energy] = await Promise.all([
      themeId(project, "China balancing"),
      themeId(project, "Infrastructure & connectivity"),
      themeId(project, "Energy"),
    ]);
    const sub = await createTheme({ userId: owner.id, projectId: project.id, input: { name: "Debt", parentId: china } });
    const onlyChina = await makeClaim(project, owner, source.id, [energy, china]);
    const both = await makeClaim(project, owner, source.id, [china, energy, infra]);
    const bothInfraFirst = await makeClaim(project, owner, source.id, [infra, china]);
    const onlyInfra = await makeClaim(project, owner, source.id, [infra]);
    const linksBefore = await db.claimTheme.count({ where: { claim: { projectId: project.id } } });

    const result = await mergeThemes({ userId: owner.id, projectId: project.id, themeId: china, input: { targetId: infra } });
    expect(result).toMatchObject({ claimsMoved: 1, claimsAlreadyTagged: 2, subThemesMoved: 1 });

    expect(await db.theme.findUnique({ where: { id: china } })).toBeNull();
    expect(await links(onlyChina.id)).toEqual([
      { themeId: energy, position: 0 },
      { themeId: infra, position: 1 },
    ]);
    expect(await links(both.id)).toEqual([
      { themeId: infra, position: 0 },
      { themeId: energy, position: 1 },
    ]);
    expect(await links(bothInfraFirst.id)).toEqual([{ themeId: infra, position: 0 }]);
    expect(await links(onlyInfra.id)).toEqual([{ themeId: infra, position: 0 }]);
    // Nothing lost: only the two duplicate links collapsed; every claim still has a theme.
    expect(await db.claimTheme.count({ where: { claim: { projectId: project.id } } })).toBe(linksBefore - 2);
    expect((await db.theme.findUniqueOrThrow({ where: { id: sub.id } })).parentId).toBe(infra);

    const activity = await db.activity.findFirstOrThrow({ where: { projectId: project.id, action: "theme.merge" } });
    expect(activity).toMatchObject({ objectId: china, before: { name: "China balancing" }, after: { targetId: infra, targetName: "Infrastructure & connectivity", claimsMoved: 1, claimsAlreadyTagged: 2 } });
  });

  it("merges a parent into its own sub-theme without forming a cycle", async () => {
    const owner = await makeUser();
    const project = await makeProject(owner);
    const parent = await themeId(project, "Trade & investment");
    const middle = await createTheme({ userId: owner.id, projectId: project.id, input: { name: "FDI", parentId: parent } });
    const target = await createTheme({ userId: owner.id, projectId: project.id, input: { name: "Japanese FDI", parentId: middle.id } });
    const sibling = await createTheme({ userId: owner.id, projectId: project.id, input: { name: "Exports", parentId: parent } });

    await mergeThemes({ userId: owner.id, projectId: project.id, themeId: parent, input: { targetId: target.id } });
    const rows = new Map((await snapshot(project)).map((t) => [t.id, t.parentId]));
    expect(rows.get(target.id)).toBeNull();
    expect(rows.get(middle.id)).toBe(target.id);
    expect(rows.get(sibling.id)).toBe(target.id);
  });

  it("refuses a merge into itself, or into an unknown or foreign theme, changing nothing", async () => {
    const owner = await makeUser();
    const project = await makeProject(owner);
    const foreign = await makeProject(owner);
    const energy = await themeId(project, "Energy");
    const foreignEnergy = await themeId(foreign, "Energy");
    const before = await snapshot(project);

    const self = await expectAppError(mergeThemes({ userId: owner.id, projectId: project.id, themeId: energy, input: { targetId: energy } }), "invalid");
    expect(self.message).toBe("A theme cannot be merged into itself.");
    const missing = await expectAppError(mergeThemes({ userId: owner.id, projectId: project.id, themeId: energy, input: {} }), "invalid");
    expect(missing.fieldErrors?.targetId).toEqual(["Choose the theme to merge into."]);
    const unknownTarget = await expectAppError(
      mergeThemes({ userId: owner.id, projectId: project.id, themeId: energy, input: { targetId: "cl0000000000000000000000" } }),
      "not_found",
    );
    expect(unknownTarget.message).toBe("The theme to merge into was not found.");
    await expectAppError(mergeThemes({ userId: owner.id, projectId: project.id, themeId: energy, input: { targetId: foreignEnergy } }), "not_found");
    await expectAppError(mergeThemes({ userId: owner.id, projectId: project.id, themeId: foreignEnergy, input: { targetId: energy } }), "not_found");
    expect(await snapshot(project)).toEqual(before);
    expect(await db.theme.count({ where: { id: foreignEnergy } })).toBe(1);
  });
});

describe("deleteTheme", () => {
  it("deletes an unused theme, moving its sub-themes up to its parent", async () => {
    const owner = await makeUser();
    const project = await makeProject(owner);
    const top = await themeId(project, "Rules-based order");
    const middle = await createTheme({ userId: owner.id, projectId: project.id, input: { name: "Maritime law", parentId: top } });
    const leaf = await createTheme({ userId: owner.id, projectId: project.id, input: { name: "South China Sea", parentId: middle.id } });

    await expect(deleteTheme({ userId: owner.id, projectId: project.id, themeId: middle.id })).resolves.toMatchObject({ subThemesMoved: 1 });
    expect((await db.theme.findUniqueOrThrow({ where: { id: leaf.id } })).parentId).toBe(top);
    expect(await db.activity.count({ where: { projectId: project.id, action: "theme.delete", objectId: middle.id } })).toBe(1);
  });

  it("refuses a theme in use, then moves its claims when told where", async () => {
    const owner = await makeUser();
    const project = await makeProject(owner);
    const source = await makeSourceRow(project, owner);
    const [energy, infra] = await Promise.all([themeId(project, "Energy"), themeId(project, "Infrastructure & connectivity")]);
    const a = await makeClaim(project, owner, source.id, [energy]);
    const b = await makeClaim(project, owner, source.id, [infra, energy]);

    const refused = await expectAppError(deleteTheme({ userId: owner.id, projectId: project.id, themeId: energy }), "conflict");
    expect(refused.message).toBe("“Energy” tags 2 claims. Choose a theme to move them to, or merge it into another theme.");
    expect(refused.fieldErrors?.reassignTo).toBeDefined();
    await expectAppError(deleteTheme({ userId: owner.id, projectId: project.id, themeId: energy, input: { reassignTo: energy } }), "invalid");
    expect(await db.theme.count({ where: { id: energy } })).toBe(1);
    expect(await db.claimTheme.count({ where: { themeId: energy } })).toBe(2);

    const result = await deleteTheme({ userId: owner.id, projectId: project.id, themeId: energy, input: { reassignTo: infra } });
    expect(result).toMatchObject({ claimsMoved: 1, claimsAlreadyTagged: 1 });
    expect(await links(a.id)).toEqual([{ themeId: infra, position: 0 }]);
    expect(await links(b.id)).toEqual([{ themeId: infra, position: 0 }]);
    expect(await db.theme.count({ where: { id: energy } })).toBe(0);
  });
});

describe("permissions", () => {
  it("lets analysts manage themes, refuses reviewers and viewers, and hides the project from outsiders", async () => {
    const team = await makeTeam();
    const projectId = team.project.id;
    const energy = await themeId(team.project, "Energy");
    const trade = await themeId(team.project, "Trade & investment");
    const before = await snapshot(team.project);
    const writes = (userId: string) => [
      () => createTheme({ userId, projectId, input: { name: "New one" } }),
      () => updateTheme({ userId, projectId, themeId: energy, input: { name: "Renamed" } }),
      () => mergeThemes({ userId, projectId, themeId: energy, input: { targetId: trade } }),
      () => deleteTheme({ userId, projectId, themeId: energy }),
      () => importCodebook({ userId, projectId, input: { text: '{"format":"claimwork-codebook","version":1,"themes":[{"name":"X"}]}' } }),
    ];
    for (const actor of [team.reviewer, team.viewer]) {
      for (const attempt of writes(actor.id)) await expectAppError(attempt(), "forbidden");
      await expect(listThemes({ userId: actor.id, projectId })).resolves.toHaveLength(DEFAULT_THEMES.length);
      await expect(themeCoverage({ userId: actor.id, projectId })).resolves.toBeTruthy();
      await expect(exportCodebook({ userId: actor.id, projectId, format: "json" })).resolves.toBeTruthy();
    }
    for (const attempt of writes(team.outsider.id)) await expectAppError(attempt(), "not_found");
    await expectAppError(listThemes({ userId: team.outsider.id, projectId }), "not_found");
    await expectAppError(themeCoverage({ userId: team.outsider.id, projectId }), "not_found");
    await expectAppError(exportCodebook({ userId: team.outsider.id, projectId, format: "qdc" }), "not_found");
    expect(await snapshot(team.project)).toEqual(before);
    expect(await db.activity.count({ where: { projectId, action: { startsWith: "theme." } } })).toBe(0);

    await expect(createTheme({ userId: team.analyst.id, projectId, input: { name: "By the analyst" } })).resolves.toBeTruthy();
  });

  it("answers not found for another project's theme ids, whatever the operation", async () => {
    const owner = await makeUser();
    const mine = await makeProject(owner);
    const theirs = await makeProject(await makeUser());
    const foreign = await themeId(theirs, "Energy");
    const projectId = mine.id;
    await expectAppError(updateTheme({ userId: owner.id, projectId, themeId: foreign, input: { name: "Mine now" } }), "not_found");
    await expectAppError(deleteTheme({ userId: owner.id, projectId, themeId: foreign }), "not_found");
    const parent = await expectAppError(createTheme({ userId: owner.id, projectId, input: { name: "Child", parentId: foreign } }), "not_found");
    expect(parent.message).toBe("The parent theme was not found.");
    const mineEnergy = await themeId(mine, "Energy");
    await expectAppError(updateTheme({ userId: owner.id, projectId, themeId: mineEnergy, input: { parentId: foreign } }), "not_found");
    await expectAppError(deleteTheme({ userId: owner.id, projectId, themeId: mineEnergy, input: { reassignTo: foreign } }), "not_found");
    // Using the other project's id as the project: not a member.
    await expectAppError(updateTheme({ userId: owner.id, projectId: theirs.id, themeId: foreign, input: { name: "x" } }), "not_found");
    expect((await db.theme.findUniqueOrThrow({ where: { id: foreign } })).name).toBe("Energy");
    expect(await db.theme.count({ where: { projectId, name: "Child" } })).toBe(0);
  });
});

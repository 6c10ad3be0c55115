import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { makeSource, makeTeam } from "@/lib/factories";
import { exportProject } from "./export-project";
import { restoreProject } from "./restore-project";

const doc = (title: string) => `# ${title}\n\nJapan pledged a grant for the ${title} terminal.`;
const grades = (projectId: string) =>
  db.source.findMany({ where: { projectId }, orderBy: { title: "asc" }, select: { title: true, reliability: true } });

describe("grades in a backup", () => {
  it("restores a source not graded as not graded, and a graded one with its grade", async () => {
    const { project, owner } = await makeTeam();
    await makeSource(project, owner, { text: doc("Graded"), title: "Graded", reliability: "B" });
    await makeSource(project, owner, { text: doc("Ungraded"), title: "Ungraded" });
    const file = JSON.parse((await exportProject({ userId: owner.id, projectId: project.id })).body) as { sources: { title: string; reliability: unknown }[] };
    expect(file.sources.map((s) => [s.title, s.reliability]).sort()).toEqual([["Graded", "B"], ["Ungraded", null]]);

    const restored = await restoreProject({ userId: owner.id, input: { file: new TextEncoder().encode(JSON.stringify(file)) } });
    expect(await grades(restored.project.id)).toEqual([
      { title: "Graded", reliability: "B" },
      { title: "Ungraded", reliability: null },
    ]);
  });
});

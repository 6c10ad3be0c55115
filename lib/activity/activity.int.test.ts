import { describe, expect, it } from "vitest";
import { parse } from "csv-parse/sync";
import { db } from "@/lib/db";
import { makeTeam } from "@/lib/factories";
import { updateProject } from "@/lib/projects/update-project";
import { expectAppError } from "@/lib/testing/expect-app-error";
import { createTheme } from "@/lib/themes/create-theme";
import { exportActivityCsv, inertCell } from "./export-activity";
import { listActivity } from "./list-activity";

async function readAll(stream: AsyncIterable<Buffer | string>): Promise<string> {
  let text = "";
  for await (const chunk of stream) text += chunk.toString();
  return text;
}

describe("activity trail", () => {
  it("filters by who, what and when", async () => {
    const { project, owner, analyst } = await makeTeam();
    await updateProject({ userId: owner.id, projectId: project.id, input: { name: "Laos–Japan relations", description: "" } });
    const theme = await createTheme({ userId: analyst.id, projectId: project.id, input: { name: "Hydropower", colour: "#0f766e" } });

    const byAnalyst = await listActivity({ userId: owner.id, projectId: project.id, filters: { actor: analyst.id } });
    // The analyst joined by accepting an invitation, then made the theme.
    expect(byAnalyst.items.map((i) => i.action)).toEqual(["theme.create", "member.join"]);
    const themes = await listActivity({ userId: owner.id, projectId: project.id, filters: { type: "Theme", object: theme.id } });
    expect(themes.items).toHaveLength(1);
    const projectRows = await listActivity({ userId: owner.id, projectId: project.id, filters: { type: "Project" } });
    expect(projectRows.items.map((i) => i.action)).toEqual(["project.update", "project.create"]);

    const today = new Date().toISOString().slice(0, 10);
    const all = await listActivity({ userId: owner.id, projectId: project.id, filters: {} });
    expect((await listActivity({ userId: owner.id, projectId: project.id, filters: { from: today, to: today } })).items).toHaveLength(all.items.length);
    expect((await listActivity({ userId: owner.id, projectId: project.id, filters: { to: "2001-01-01" } })).items).toHaveLength(0);
    // Nonsense in a filter is dropped, not an error: the page still shows the trail.
    expect((await listActivity({ userId: owner.id, projectId: project.id, filters: { type: "Nope", from: "yesterday" } })).items).toHaveLength(
      all.items.length,
    );
  });

  it("exports the filtered trail as CSV for owners, with formulas made inert", async () => {
    const { project, owner, analyst, viewer, outsider } = await makeTeam();
    await updateProject({ userId: owner.id, projectId: project.id, input: { name: "=HYPERLINK(\"http://x.test\")", description: "" } });
    const csv = await readAll(await exportActivityCsv({ userId: owner.id, projectId: project.id, filters: {} }));
    const rows = parse(csv, { columns: true }) as Record<string, string>[];
    expect(rows.length).toBe(await db.activity.count({ where: { projectId: project.id } }));
    expect(Object.keys(rows[0]!)).toEqual(["time", "actor", "actor_email", "action", "description", "object_type", "object_id", "before", "after"]);
    expect(rows[0]).toMatchObject({ action: "project.update", actor: owner.name, actor_email: owner.email, object_type: "Project" });
    expect(JSON.parse(rows[0]!.after!)).toMatchObject({ name: '=HYPERLINK("http://x.test")' });
    expect(rows[0]!.description!.startsWith("renamed the project")).toBe(true);

    const members = parse(await readAll(await exportActivityCsv({ userId: owner.id, projectId: project.id, filters: { type: "User" } })), { columns: true });
    expect((members as Record<string, string>[]).every((r) => r.object_type === "User")).toBe(true);

    await expectAppError(exportActivityCsv({ userId: analyst.id, projectId: project.id }), "forbidden");
    await expectAppError(exportActivityCsv({ userId: viewer.id, projectId: project.id }), "forbidden");
    await expectAppError(exportActivityCsv({ userId: outsider.id, projectId: project.id }), "not_found");
  });

  it("exports a trail longer than one batch whole, in order", async () => {
    const { project, owner } = await makeTeam();
    const start = Date.parse("2026-01-01T00:00:00Z");
    await db.activity.createMany({
      data: Array.from({ length: 2_345 }, (_, i) => ({
        projectId: project.id,
        actorId: owner.id,
        action: "source.update",
        objectType: "Source",
        objectId: `s${i}`,
        createdAt: new Date(start + i * 1000),
      })),
    });
    const rows = parse(await readAll(await exportActivityCsv({ userId: owner.id, projectId: project.id, filters: { type: "Source" } })), {
      columns: true,
    }) as Record<string, string>[];
    expect(rows).toHaveLength(2_345);
    expect(rows[0]!.object_id).toBe("s2344");
    expect(rows.at(-1)!.object_id).toBe("s0");
    expect(new Set(rows.map((r) => r.object_id)).size).toBe(2_345);
  });

  it("prefixes cells a spreadsheet would run as formulas", () => {
    for (const cell of ["=1+1", "+1", "-2", "@SUM(A1)", "\tx", "\rx"]) expect(inertCell(cell)).toBe(`'${cell}`);
    expect(inertCell("renamed the project")).toBe("renamed the project");
  });
});

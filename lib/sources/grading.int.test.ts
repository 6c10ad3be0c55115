import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import * as sourcesRoute from "@/app/api/v1/projects/[projectId]/sources/route";
import * as sourceRoute from "@/app/api/v1/projects/[projectId]/sources/[sourceId]/route";
import { db } from "@/lib/db";
import { makeSource, makeTeam } from "@/lib/factories";
import { expectAppError } from "@/lib/testing/expect-app-error";
import { createApiToken } from "@/lib/tokens/create-api-token";
import { untrusted } from "@/lib/validation";
import { importSource } from "./import-source";
import { listSources } from "./list-sources";
import { updateSource } from "./update-source";

const doc = (title: string) => `# ${title}\n\nJapan pledged a grant for the ${title} terminal.`;
const gradeOf = async (id: string) => (await db.source.findUniqueOrThrow({ where: { id }, select: { reliability: true } })).reliability;
const INVALID = "Choose a grade from A to F, or null for not graded yet.";

describe("grading sources", () => {
  it("imports a source not graded unless a grade is chosen", async () => {
    const { project, analyst } = await makeTeam();
    const plain = await importSource({ userId: analyst.id, projectId: project.id, input: { text: doc("Wattay"), metadata: {} } });
    const blank = await importSource({ userId: analyst.id, projectId: project.id, input: { text: doc("Pakse"), metadata: { reliability: "" } } });
    const graded = await importSource({ userId: analyst.id, projectId: project.id, input: { text: doc("Luang"), metadata: { reliability: "B" } } });
    const made = await makeSource(project, analyst, { text: doc("Savan") });
    expect([await gradeOf(plain.source.id), await gradeOf(blank.source.id), await gradeOf(graded.source.id), await gradeOf(made.id)]).toEqual([null, null, "B", null]);
  });

  it("grades and ungrades a source, each change in the trail", async () => {
    const { project, analyst } = await makeTeam();
    const source = await makeSource(project, analyst, { text: doc("Wattay") });
    expect((await updateSource({ userId: analyst.id, projectId: project.id, sourceId: source.id, input: { reliability: "C" } })).changed).toEqual(["reliability"]);
    expect(await gradeOf(source.id)).toBe("C");
    // A correction of another field leaves the grade alone.
    await updateSource({ userId: analyst.id, projectId: project.id, sourceId: source.id, input: { title: "Wattay again" } });
    expect(await gradeOf(source.id)).toBe("C");
    await updateSource({ userId: analyst.id, projectId: project.id, sourceId: source.id, input: { reliability: null } });
    expect(await gradeOf(source.id)).toBeNull();

    const trail = await db.activity.findMany({ where: { objectId: source.id, action: "source.update" }, orderBy: { createdAt: "asc" }, select: { before: true, after: true } });
    expect(trail).toEqual([
      { before: { reliability: null }, after: { reliability: "C" } },
      { before: { title: "Wattay" }, after: { title: "Wattay again" } },
      { before: { reliability: "C" }, after: { reliability: null } },
    ]);
  });

  it("refuses anything but a grade or null, with one clear message", async () => {
    const { project, analyst } = await makeTeam();
    const source = await makeSource(project, analyst, { text: doc("Wattay"), reliability: "A" });
    for (const reliability of ["Z", "b", "", "F ", 3, true, ["A"]]) {
      const error = await expectAppError(updateSource({ userId: analyst.id, projectId: project.id, sourceId: source.id, input: untrusted({ reliability }) }), "invalid");
      expect(error.fieldErrors?.reliability, JSON.stringify(reliability)).toEqual([INVALID]);
    }
    const error = await expectAppError(importSource({ userId: analyst.id, projectId: project.id, input: { text: doc("Pakse"), metadata: { reliability: "G" } } }), "invalid");
    expect(error.fieldErrors?.reliability).toEqual([INVALID]);
    expect(await gradeOf(source.id)).toBe("A");
    expect(await db.source.count({ where: { projectId: project.id } })).toBe(1);
  });

  it("filters the sources not graded yet, and sorts them after F", async () => {
    const { project, owner } = await makeTeam();
    for (const [title, reliability] of [["Ungraded", null], ["Graded F", "F"], ["Graded A", "A"]] as const) await makeSource(project, owner, { text: doc(title), title, reliability });
    const titles = async (filters: Record<string, string>) => (await listSources({ userId: owner.id, projectId: project.id, filters })).sources.map((s) => s.title);
    expect(await titles({ reliability: "none" })).toEqual(["Ungraded"]);
    expect(await titles({ reliability: "F" })).toEqual(["Graded F"]);
    expect(await titles({ sort: "reliability" })).toEqual(["Graded A", "Graded F", "Ungraded"]);
  });
});

describe("grades in the API", () => {
  const request = (token: string, url: string, method: string, body: unknown) =>
    new NextRequest(url, { method, headers: { authorization: `Bearer ${token}`, "content-type": "application/json" }, body: JSON.stringify(body) });

  it("answers null for not graded, takes a grade or null, and refuses anything else with a 400", async () => {
    const { project, analyst } = await makeTeam();
    const { token } = await createApiToken({ userId: analyst.id, input: { name: "test" } });
    const base = `http://localhost/api/v1/projects/${project.id}/sources`;
    const post = (body: unknown) => sourcesRoute.POST(request(token!, base, "POST", body), { params: Promise.resolve({ projectId: project.id }) });

    const ungraded = await post({ text: doc("Wattay"), reliability: null });
    expect(ungraded.status).toBe(201);
    const { source } = (await ungraded.json()) as { source: { id: string } };
    const patch = (body: unknown) => sourceRoute.PATCH(request(token!, `${base}/${source.id}`, "PATCH", body), { params: Promise.resolve({ projectId: project.id, sourceId: source.id }) });
    const read = async (response: Response) => ((await response.json()) as { source: { reliability: string | null } }).source.reliability;
    expect(await read(await sourceRoute.GET(new NextRequest(`${base}/${source.id}`, { headers: { authorization: `Bearer ${token}` } }), { params: Promise.resolve({ projectId: project.id, sourceId: source.id }) }))).toBeNull();

    const graded = await patch({ reliability: "B" });
    expect(graded.status).toBe(200);
    expect(await read(graded)).toBe("B");
    const cleared = await patch({ reliability: null });
    expect(cleared.status).toBe(200);
    expect(await read(cleared)).toBeNull();

    for (const reliability of ["Z", 2, "not graded"]) {
      const refused = await patch({ reliability });
      expect(refused.status).toBe(400);
      expect(await refused.json()).toMatchObject({ error: { code: "invalid", message: INVALID, fields: { reliability: [INVALID] } } });
    }
    const badImport = await post({ text: doc("Pakse"), reliability: "H" });
    expect(badImport.status).toBe(400);
    expect(((await badImport.json()) as { error: { message: string } }).error.message).toBe(INVALID);
    expect(await gradeOf(source.id)).toBeNull();
    expect(await db.source.count({ where: { projectId: project.id } })).toBe(1);

    const list = await sourcesRoute.GET(new NextRequest(`${base}?reliability=none`, { headers: { authorization: `Bearer ${token}` } }), { params: Promise.resolve({ projectId: project.id }) });
    expect(((await list.json()) as { sources: { id: string; reliability: string | null }[] }).sources).toEqual([expect.objectContaining({ id: source.id, reliability: null })]);
  });
});

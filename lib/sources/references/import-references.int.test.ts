import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import * as route from "@/app/api/v1/projects/[projectId]/sources/references/route";
import { db } from "@/lib/db";
import { makeSource, makeTeam } from "@/lib/factories";
import { exportSourcesBibtex, exportSourcesCsl } from "@/lib/exports/export-sources";
import { addSourceVersion } from "@/lib/sources/add-source-version";
import { getSource } from "@/lib/sources/get-source";
import { createApiToken } from "@/lib/tokens/create-api-token";
import { BIBTEX, RIS, ZOTERO_CSL_JSON } from "./fixtures";

const tokenOf = async (user: { id: string }) => (await createApiToken({ userId: user.id, input: { name: "test" } })).token!;
const upload = (token: string, name: string, content: string) => {
  const form = new FormData();
  form.set("file", new File([content], name, { type: "" }));
  return new NextRequest("http://localhost/api/v1/projects/x/sources/references", { method: "POST", headers: { authorization: `Bearer ${token}` }, body: form });
};
const raw = (token: string, name: string, content: string) =>
  new NextRequest(`http://localhost/api/v1/projects/x/sources/references?name=${encodeURIComponent(name)}`, {
    method: "POST",
    headers: { authorization: `Bearer ${token}`, "content-type": "application/octet-stream" },
    body: content,
  });
const paramsOf = (projectId: string) => ({ params: Promise.resolve({ projectId }) });
type Answer = { created: number; skipped: { title: string; reason: string }[] };

describe("importing references", () => {
  it("creates one reference-only source per item, and skips what the project has already", async () => {
    const { project, analyst, owner } = await makeTeam();
    await makeSource(project, owner, { text: "# JICA Annual Report 2023\n\nJICA's work in 2023.", title: "JICA Annual Report 2023" });
    await db.source.updateMany({ where: { projectId: project.id }, data: { publishedOn: new Date("2023-09-30T00:00:00Z") } });
    const token = await tokenOf(analyst);
    const params = paramsOf(project.id);

    const zotero = await route.POST(upload(token, "My Library.json", ZOTERO_CSL_JSON), params);
    expect(zotero.status).toBe(201);
    expect(await zotero.json()).toEqual({ created: 2, skipped: [{ title: "(http://zotero.org/users/1234567/items/NOTITLE1)", reason: "It has no title." }] });
    const article = await db.source.findFirstOrThrow({ where: { projectId: project.id, title: { startsWith: "A critical look" } } });
    expect(article).toMatchObject({
      referenceOnly: true,
      body: "",
      reliability: null,
      kind: "ACADEMIC",
      authors: ["Deborah Brautigam"],
      publisher: "Area Development and Policy",
      publishedOn: null,
      url: "https://doi.org/10.1080/23792949.2019.1689828",
      addedById: analyst.id,
    });
    expect(article.csl).toMatchObject({ DOI: "10.1080/23792949.2019.1689828", volume: "5", issued: { "date-parts": [[2020]] } });
    expect(await db.sourceVersion.count({ where: { sourceId: article.id } })).toBe(0);

    // The .bib names both again (same DOI; same title and year); the .ris has JICA's report, already a source, and the article.
    const bib = await route.POST(raw(token, "library.bib", BIBTEX), params);
    expect(bib.status).toBe(201);
    const bibAnswer = (await bib.json()) as Answer;
    expect(bibAnswer.created).toBe(0);
    expect(bibAnswer.skipped.map((s) => s.reason)).toEqual([
      "The project already has a source with this title from 2024.",
      "The project already has a source with the DOI 10.1080/23792949.2019.1689828.",
    ]);
    const ris = (await (await route.POST(upload(token, "export.ris", RIS), params)).json()) as Answer;
    expect(ris).toEqual({
      created: 0,
      skipped: [
        { title: "JICA Annual Report 2023", reason: "The project already has a source with this title from 2023." },
        { title: "A critical look at Chinese ‘debt-trap diplomacy’: the rise of a meme", reason: "The project already has a source with this title from 2020." },
      ],
    });
    expect(await db.source.count({ where: { projectId: project.id } })).toBe(3);
    const trail = await db.activity.findMany({ where: { projectId: project.id, action: "source.import_references" }, orderBy: { createdAt: "asc" } });
    expect(trail.map((r) => r.after)).toEqual([
      { format: "CSL-JSON", file: "My Library.json", created: 2, skipped: 1 },
      { format: "BibTeX", file: "library.bib", created: 0, skipped: 2 },
      { format: "RIS", file: "export.ris", created: 0, skipped: 2 },
    ]);
  });

  it("skips an item the file names twice", async () => {
    const { project, owner } = await makeTeam();
    const twice = `${BIBTEX}\n@report{again, title = {Asian Development Outlook April 2024}, date = {2024-04-11}}\n`;
    const answer = (await (await route.POST(raw(await tokenOf(owner), "twice.bib", twice), paramsOf(project.id))).json()) as Answer;
    expect(answer.created).toBe(2);
    expect(answer.skipped).toEqual([{ title: "Asian Development Outlook April 2024", reason: "The file has this reference twice: the first is imported." }]);
  });

  it("refuses a bad file, a viewer and another project, writing nothing", async () => {
    const { project, viewer, reviewer, analyst } = await makeTeam();
    const other = await makeTeam();
    const params = paramsOf(project.id);
    const token = await tokenOf(analyst);

    const broken = await route.POST(upload(token, "broken.bib", "@article{x,\n  title = {Unclosed"), params);
    expect(broken.status).toBe(400);
    expect(((await broken.json()) as { error: { message: string } }).error.message).toMatch(/^The BibTeX file could not be read: .*line 2/);
    // One bad item among good ones: none of them lands.
    const mixed = JSON.stringify([{ type: "report", title: "Fine" }, { type: "report", title: "Also fine" }, { type: "report", title: "Bad", issued: "2024" }]);
    const partly = await route.POST(upload(token, "mixed.json", mixed), params);
    expect(partly.status).toBe(400);
    expect(((await partly.json()) as { error: { message: string } }).error.message).toMatch(/^Reference 3 is not a CSL-JSON item \(issued\)/);
    expect((await route.POST(upload(token, "notes.txt", "Dear colleagues, here are my notes."), params)).status).toBe(400);
    const tooMany = JSON.stringify(Array.from({ length: 2001 }, (_, i) => ({ type: "report", title: `Report ${i}` })));
    expect((await route.POST(upload(token, "many.json", tooMany), params)).status).toBe(400);

    expect((await route.POST(upload(await tokenOf(viewer), "library.bib", BIBTEX), params)).status).toBe(403);
    expect((await route.POST(upload(await tokenOf(reviewer), "library.bib", BIBTEX), params)).status).toBe(403);
    expect((await route.POST(upload(await tokenOf(other.owner), "library.bib", BIBTEX), params)).status).toBe(404);
    expect(await db.source.count({ where: { projectId: project.id } })).toBe(0);
    expect(await db.activity.count({ where: { projectId: project.id, action: "source.import_references" } })).toBe(0);
  });

  it("leaves no source behind when the import fails after writing them", async () => {
    const { project, analyst } = await makeTeam();
    // The activity row is written last, after the sources: make exactly that write fail.
    await db.$executeRawUnsafe(`CREATE OR REPLACE FUNCTION refuse_import_${project.id}() RETURNS trigger AS $$ BEGIN RAISE EXCEPTION 'refused'; END $$ LANGUAGE plpgsql`);
    await db.$executeRawUnsafe(
      `CREATE TRIGGER refuse_import_${project.id} BEFORE INSERT ON "Activity" FOR EACH ROW WHEN (NEW."projectId" = '${project.id}' AND NEW.action = 'source.import_references') EXECUTE FUNCTION refuse_import_${project.id}()`,
    );
    try {
      const { importReferences } = await import("./import-references");
      await expect(importReferences({ userId: analyst.id, projectId: project.id, file: { name: "library.bib", bytes: new TextEncoder().encode(BIBTEX) } })).rejects.toThrow();
      expect(await db.source.count({ where: { projectId: project.id } })).toBe(0);
    } finally {
      await db.$executeRawUnsafe(`DROP TRIGGER refuse_import_${project.id} ON "Activity"`);
      await db.$executeRawUnsafe(`DROP FUNCTION refuse_import_${project.id}()`);
    }
  });

  it("turns a reference-only source into a normal one when a file is attached, keeping its details and CSL", async () => {
    const { project, analyst, viewer } = await makeTeam();
    expect((await route.POST(raw(await tokenOf(analyst), "library.bib", BIBTEX), paramsOf(project.id))).status).toBe(201);
    const report = await db.source.findFirstOrThrow({ where: { projectId: project.id, kind: "REPORT" } });

    // The reader opens it with an empty text.
    const before = await getSource({ userId: viewer.id, projectId: project.id, sourceId: report.id });
    expect(before).toMatchObject({ referenceOnly: true, current: true, versions: [], text: { version: 0, body: "" } });

    const text = "Asian Development Outlook April 2024\n\nGrowth in developing Asia is forecast at 4.9% in 2024.¹\n\nNotes\n1. ADB estimates.";
    const { version } = await addSourceVersion({ userId: analyst.id, projectId: project.id, sourceId: report.id, input: { text, file: null } });
    expect(version).toBe(1);
    const after = await db.source.findUniqueOrThrow({ where: { id: report.id } });
    expect(after).toMatchObject({ referenceOnly: false, version: 1, title: "Asian Development Outlook April 2024", publisher: "Asian Development Bank" });
    expect(after.body).toContain("Growth in developing Asia");
    expect(after.csl).toEqual(report.csl);
    expect(await db.sourceVersion.count({ where: { sourceId: report.id } })).toBe(1);
    const reader = await getSource({ userId: viewer.id, projectId: project.id, sourceId: report.id });
    expect(reader.text.version).toBe(1);
    expect(reader.citations).toHaveLength(1);

    // A second file is its next version, as for any source.
    expect((await addSourceVersion({ userId: analyst.id, projectId: project.id, sourceId: report.id, input: { text: `${text}\n\nRevised.`, file: null } })).version).toBe(2);
  });

  it("exports reference-only sources as CSL-JSON and BibTeX with their imported fields", async () => {
    const { project, analyst, viewer } = await makeTeam();
    await route.POST(upload(await tokenOf(analyst), "My Library.json", ZOTERO_CSL_JSON), paramsOf(project.id));
    const items = JSON.parse(await exportSourcesCsl({ userId: viewer.id, projectId: project.id })) as Record<string, unknown>[];
    expect(items.map((i) => i.title).sort()).toEqual(["A critical look at Chinese ‘debt-trap diplomacy’: the rise of a meme", "Asian Development Outlook April 2024"]);
    expect(items.find((i) => i.type === "article-journal")).toMatchObject({ DOI: "10.1080/23792949.2019.1689828", volume: "5", "container-title": "Area Development and Policy" });
    expect(items.find((i) => i.type === "report")).toMatchObject({ "publisher-place": "Manila", issued: { "date-parts": [[2024, 4, 11]] } });
    const bib = await exportSourcesBibtex({ userId: viewer.id, projectId: project.id });
    expect(bib).toContain("journal = {Area Development and Policy}");
    expect(bib).toContain("doi = {10.1080/23792949.2019.1689828}");
  });
});

import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { makeProject, makeTeam, makeUser } from "@/lib/factories";
import { searchProject } from "@/lib/search/search-project";
import { expectAppError } from "@/lib/testing/expect-app-error";
import { addSourceVersion } from "./add-source-version";
import { createSource } from "./create-source";
import { getOriginalFile } from "./get-original-file";
import { getSource } from "./get-source";
import { importSource, previewImport } from "./import-source";
import { listSources } from "./list-sources";
import { updateSource } from "./update-source";

const demo = fs.readFileSync(path.resolve(import.meta.dirname, "../demo/laos-japan-commentary.md"), "utf8");

const note = (n: number, extra = "") =>
  `Ministry of Foreign Affairs of Japan, “Press release ${n}${extra}”, MOFA, ${n} March 2025, https://www.mofa.go.jp/press/${n}.html`;
const smallDoc = (title: string, sentence = "Japan has funded Wattay airport.") =>
  `# ${title}\n\n${sentence}¹ It also trains teachers.²\n\n## Notes\n\n1. ${note(1)}\n2. ${note(2)}\n`;

async function countRows(projectId: string) {
  const [sources, versions, citations] = await Promise.all([
    db.source.count({ where: { projectId } }),
    db.sourceVersion.count({ where: { source: { projectId } } }),
    db.citation.count({ where: { source: { projectId } } }),
  ]);
  return { sources, versions, citations };
}

describe("importing sources", () => {
  it("turns pasted Markdown into a source, its first version and its citations", async () => {
    const { project, analyst } = await makeTeam();
    const preview = await previewImport({ userId: analyst.id, projectId: project.id, input: { text: demo } });
    expect(preview).toMatchObject({ citations: 10, markers: 10, duplicate: null });
    expect(preview.detected.publishedOn).toBe("2025-04-14");

    const { outcome, source } = await importSource({
      userId: analyst.id,
      projectId: project.id,
      input: { text: demo, metadata: { kind: "COMMENTARY", reliability: "B", publisher: "" } },
    });
    expect(outcome).toBe("created");
    const read = await getSource({ userId: analyst.id, projectId: project.id, sourceId: source.id });
    expect(read).toMatchObject({ kind: "COMMENTARY", reliability: "B", version: 1 });
    expect(read.title).toMatch(/Laos–Japan/);
    expect(read.citations.map((c) => c.label)).toEqual(["1", "2", "3", "4", "5", "6", "7", "8", "9", "10"]);
    expect(read.text.markers).toHaveLength(10);
    expect(read.text.body).toContain("¥2.836 billion");
    expect(read.text.body).not.toMatch(/^## Notes/m);
    const activity = await db.activity.findFirstOrThrow({ where: { projectId: project.id, action: "source.create" } });
    expect(activity.actorId).toBe(analyst.id);
  });

  it("lets the analyst's fields win over what the document says", async () => {
    const { project, owner } = await makeTeam();
    const { source } = await importSource({
      userId: owner.id,
      projectId: project.id,
      input: { text: smallDoc("Detected title"), metadata: { title: "My title", authors: "Ana Lee; Bo Kim", url: "https://example.org/a" } },
    });
    const read = await getSource({ userId: owner.id, projectId: project.id, sourceId: source.id });
    expect(read).toMatchObject({ title: "My title", authors: ["Ana Lee", "Bo Kim"], url: "https://example.org/a" });
  });

  it("refuses the same text twice, then stores it as a new version when asked", async () => {
    const { project, owner } = await makeTeam();
    const first = await importSource({ userId: owner.id, projectId: project.id, input: { text: smallDoc("Twice"), metadata: {} } });
    const before = await countRows(project.id);

    const refused = await expectAppError(
      importSource({ userId: owner.id, projectId: project.id, input: { text: smallDoc("Twice"), metadata: { title: "Other" } } }),
      "conflict",
    );
    expect(refused.message).toBe("This text is already in the project as “Twice”.");
    expect(refused.details).toEqual({ duplicateSourceId: first.source.id, duplicateTitle: "Twice" });
    expect(await countRows(project.id)).toEqual(before);

    const again = await importSource({
      userId: owner.id,
      projectId: project.id,
      input: { text: smallDoc("Twice"), metadata: {}, onDuplicate: "new-version" },
    });
    expect(again).toMatchObject({ outcome: "version", source: { id: first.source.id, version: 2 } });
    expect(await countRows(project.id)).toMatchObject({ sources: 1, versions: 2 });

    // Another project may hold the same text.
    const other = await makeProject(owner);
    await expect(importSource({ userId: owner.id, projectId: other.id, input: { text: smallDoc("Twice"), metadata: {} } })).resolves.toMatchObject({
      outcome: "created",
    });
  });

  it("keeps every version and lets citations follow the revised text", async () => {
    const { project, analyst } = await makeTeam();
    const { source } = await importSource({ userId: analyst.id, projectId: project.id, input: { text: smallDoc("Revised"), metadata: {} } });
    const revised = `# Revised\n\nJapan has funded Wattay airport since 2024.¹ It trains teachers.³\n\n## Notes\n\n1. ${note(1, " (updated)")}\n3. ${note(3)}\n`;
    await expect(addSourceVersion({ userId: analyst.id, projectId: project.id, sourceId: source.id, input: { text: revised } })).resolves.toEqual({
      version: 2,
      claims: { moved: 0, orphaned: 0 },
    });

    const current = await getSource({ userId: analyst.id, projectId: project.id, sourceId: source.id });
    expect(current.version).toBe(2);
    expect(current.text.body).toContain("since 2024.");
    expect(current.citations.map((c) => [c.label, c.title])).toEqual([
      ["1", "Press release 1 (updated)"],
      ["3", "Press release 3"],
    ]);
    const first = await getSource({ userId: analyst.id, projectId: project.id, sourceId: source.id, version: 1 });
    expect(first.current).toBe(false);
    expect(first.text.body).not.toContain("since 2024.");

    await expectAppError(addSourceVersion({ userId: analyst.id, projectId: project.id, sourceId: source.id, input: { text: revised } }), "conflict");
    expect(await db.sourceVersion.count({ where: { sourceId: source.id } })).toBe(2);
  });

  it("gives clear messages for bad input and stores nothing", async () => {
    const { project, owner } = await makeTeam();
    const cases: [Parameters<typeof importSource>[0]["input"], string, string][] = [
      [{ text: "   ", metadata: {} }, "text", "Paste the text of the source, or choose a file."],
      [{ text: "Some text", file: { name: "a.txt", type: "text/plain", bytes: new TextEncoder().encode("x") }, metadata: {} }, "text", "Paste text or upload a file, not both."],
      [{ text: "Just a body without a title line.", metadata: {} }, "title", "Give the source a title."],
      [{ text: smallDoc("Bad url"), metadata: { url: "javascript:alert(1)" } }, "url", "Use a web address starting with http:// or https://."],
      [{ text: smallDoc("Bad date"), metadata: { publishedOn: "2025-13-45" } }, "publishedOn", "Use a date like 2025-03-05."],
      [{ text: smallDoc("Bad grade"), metadata: { reliability: "Z" } }, "reliability", "Choose a grade from A to F, or null for not graded yet."],
    ];
    for (const [input, field, message] of cases) {
      const error = await expectAppError(importSource({ userId: owner.id, projectId: project.id, input }), "invalid");
      expect(error.fieldErrors?.[field], JSON.stringify(input.metadata)).toEqual([message]);
    }
    expect(await countRows(project.id)).toEqual({ sources: 0, versions: 0, citations: 0 });
  });

  it("rolls back the whole source when one citation cannot be stored", async () => {
    const { project, owner } = await makeTeam();
    const citation = { label: "1", ordinal: 1, text: "A note", url: null, title: null, authors: [], publisher: null, issued: null };
    await expect(
      createSource({
        userId: owner.id,
        projectId: project.id,
        source: {
          title: "Half-written?",
          authors: [],
          publisher: null,
          publishedOn: null,
          url: null,
          kind: "OTHER",
          language: null,
          reliability: "F",
          body: "Body text.",
          markers: [],
          citations: [citation, { ...citation, ordinal: 2 }],
        },
      }),
    ).rejects.toThrow();
    expect(await countRows(project.id)).toEqual({ sources: 0, versions: 0, citations: 0 });
    expect(await db.activity.count({ where: { projectId: project.id, action: "source.create" } })).toBe(0);
  });

  it("records corrected metadata in the trail", async () => {
    const { project, analyst } = await makeTeam();
    const { source } = await importSource({ userId: analyst.id, projectId: project.id, input: { text: smallDoc("Meta"), metadata: {} } });
    const { changed } = await updateSource({
      userId: analyst.id,
      projectId: project.id,
      sourceId: source.id,
      input: { title: "Meta", reliability: "A", kind: "REPORT", publishedOn: "2025-03-05" },
    });
    expect(changed.sort()).toEqual(["kind", "publishedOn", "reliability"]);
    const row = await db.activity.findFirstOrThrow({ where: { objectId: source.id, action: "source.update" } });
    expect(row.after).toMatchObject({ reliability: "A", kind: "REPORT", publishedOn: "2025-03-05" });
  });
});

describe("reading and finding sources", () => {
  it("filters and sorts the list, with claim and citation counts", async () => {
    const { project, owner } = await makeTeam();
    await importSource({ userId: owner.id, projectId: project.id, input: { text: smallDoc("Alpha"), metadata: { kind: "NEWS", publisher: "Vientiane Times", publishedOn: "2024-10-01", reliability: "C" } } });
    await importSource({ userId: owner.id, projectId: project.id, input: { text: smallDoc("Beta", "A different sentence."), metadata: { kind: "REPORT", publisher: "JICA", publishedOn: "2025-02-01", reliability: "A" } } });

    const byKind = await listSources({ userId: owner.id, projectId: project.id, filters: { kind: "NEWS" } });
    expect(byKind.sources.map((s) => s.title)).toEqual(["Alpha"]);
    const byPublisher = await listSources({ userId: owner.id, projectId: project.id, filters: { publisher: "jica" } });
    expect(byPublisher.sources.map((s) => s.title)).toEqual(["Beta"]);
    const byDate = await listSources({ userId: owner.id, projectId: project.id, filters: { from: "2025-01-01", to: "2025-12-31" } });
    expect(byDate.sources.map((s) => s.title)).toEqual(["Beta"]);
    const sorted = await listSources({ userId: owner.id, projectId: project.id, filters: { sort: "title", kind: "bogus" } });
    expect(sorted.sources.map((s) => s.title)).toEqual(["Alpha", "Beta"]);
    expect(sorted.sources[0]!._count).toEqual({ claims: 0, citations: 2 });
  });

  it("searches text, titles and notes: phrases, prefixes, any case or accent, ranked, with snippets", async () => {
    const { project, viewer, owner } = await makeTeam();
    await importSource({ userId: owner.id, projectId: project.id, input: { text: demo, metadata: {} } });
    await importSource({
      userId: owner.id,
      projectId: project.id,
      input: { text: "# Clean water in Xiêng Khouang\n\nA grant for wells in Xiêng Khouang province.", metadata: {} },
    });

    const phrase = await searchProject({ userId: viewer.id, projectId: project.id, query: '"quality infrastructure"' });
    expect(phrase.totals.sources).toBe(1);
    const hits = phrase.sources[0]!.snippet.filter((p) => p.hit).map((p) => p.text.toLowerCase());
    expect(hits).toContain("quality");

    const prefix = await searchProject({ userId: viewer.id, projectId: project.id, query: "teach*" });
    expect(prefix.totals.sources).toBeGreaterThanOrEqual(1);

    const accents = await searchProject({ userId: viewer.id, projectId: project.id, query: "xieng KHOUANG" });
    expect(accents.sources.map((s) => s.title)).toContain("Clean water in Xiêng Khouang");
    expect(accents.sources[0]!.title).toBe("Clean water in Xiêng Khouang");

    const notes = await searchProject({ userId: viewer.id, projectId: project.id, query: "mofa.go.jp OR Traicy" });
    expect(notes.totals.citations).toBeGreaterThan(0);

    const nothing = await searchProject({ userId: viewer.id, projectId: project.id, query: "zeppelin" });
    expect(nothing.totals).toEqual({ sources: 0, citations: 0 });
  });

  it("shows nothing of a project to someone outside it", async () => {
    const { project, owner, outsider } = await makeTeam();
    const { source } = await importSource({ userId: owner.id, projectId: project.id, input: { text: smallDoc("Private"), metadata: {} } });
    const elsewhere = await makeProject(outsider);

    await expectAppError(getSource({ userId: outsider.id, projectId: project.id, sourceId: source.id }), "not_found");
    // Their own project id with our source id: still not found.
    await expectAppError(getSource({ userId: outsider.id, projectId: elsewhere.id, sourceId: source.id }), "not_found");
    await expectAppError(getOriginalFile({ userId: outsider.id, projectId: elsewhere.id, sourceId: source.id }), "not_found");
    await expectAppError(searchProject({ userId: outsider.id, projectId: project.id, query: "Wattay" }), "not_found");
    const ownSearch = await searchProject({ userId: outsider.id, projectId: elsewhere.id, query: "Wattay" });
    expect(ownSearch.totals).toEqual({ sources: 0, citations: 0 });
    await expectAppError(
      updateSource({ userId: outsider.id, projectId: elsewhere.id, sourceId: source.id, input: { title: "Mine now" } }),
      "not_found",
    );
  });

  it("lets viewers read but not import", async () => {
    const { project, viewer, reviewer } = await makeTeam();
    for (const user of [viewer, reviewer]) {
      await expectAppError(importSource({ userId: user.id, projectId: project.id, input: { text: smallDoc("No"), metadata: {} } }), "forbidden");
    }
    expect((await countRows(project.id)).sources).toBe(0);
    const someone = await makeUser();
    await expectAppError(listSources({ userId: someone.id, projectId: project.id }), "not_found");
  });

  it("serves a pasted source's text as its original", async () => {
    const { project, owner } = await makeTeam();
    const { source } = await importSource({ userId: owner.id, projectId: project.id, input: { text: smallDoc("Pasted"), metadata: {} } });
    const file = await getOriginalFile({ userId: owner.id, projectId: project.id, sourceId: source.id });
    expect(file.name).toBe("Pasted (v1).txt");
    expect(new TextDecoder().decode(file.bytes)).toContain("Japan has funded Wattay airport.");
  });
});

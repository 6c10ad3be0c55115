import { describe, expect, it } from "vitest";
import { backupFileSchema, findBackupProblems, parentsFirst, type BackupFileJson } from "./backup-file";
import { remapClaimTokens, remapJson, remapMentions } from "./remap";

const at = "2026-01-02T03:04:05.000Z";
const file = (change: Partial<BackupFileJson> = {}) =>
  backupFileSchema.parse({
    format: "claimwork-project-backup",
    version: 1,
    exportedAt: at,
    project: { id: "p1", name: "Laos", description: "", createdById: "u1", createdAt: at, updatedAt: at },
    users: [{ id: "u1", name: "Ann", email: "ann@example.test" }],
    memberships: [],
    invitations: [],
    sources: [],
    sourceVersions: [],
    citations: [],
    themes: [],
    claims: [],
    claimVersions: [],
    claimThemes: [],
    claimCitations: [],
    reviews: [],
    comments: [],
    commentMentions: [],
    briefs: [],
    briefVersions: [],
    activities: [],
    ...change,
  });
const theme = (id: string, parentId: string | null) => ({ id, name: id, colour: "#123456", description: "", parentId, createdAt: at, updatedAt: at });
const comment = (id: string, target: { claimId?: string; briefId?: string }, parentId: string | null = null) => ({
  id,
  claimId: target.claimId ?? null,
  briefId: target.briefId ?? null,
  parentId,
  authorId: "u1",
  body: "",
  deletedAt: null,
  createdAt: at,
  updatedAt: at,
});

const source = <R>(reliability: R) => ({
  id: "s1",
  title: "Wattay",
  authors: [],
  publisher: null,
  publishedOn: null,
  url: null,
  kind: "NEWS" as const,
  language: null,
  reliability,
  body: "Body",
  contentHash: "h",
  version: 1,
  addedById: "u1",
  createdAt: at,
  updatedAt: at,
});

describe("a source's grade in a backup", () => {
  it("reads a grade, as every backup made before ungraded sources has, or null for not graded yet", () => {
    expect(file({ sources: [source("F")] }).sources[0]!.reliability).toBe("F");
    expect(file({ sources: [source(null)] }).sources[0]!.reliability).toBeNull();
  });

  it("refuses anything else", () => {
    for (const reliability of ["G", "", "not graded", 1, undefined]) {
      expect(() => file({ sources: [source(reliability) as never] }), JSON.stringify(reliability)).toThrow(/reliability/);
    }
  });
});

describe("fields added since the first backups", () => {
  it("take their defaults in a file without them", () => {
    const old = file({ sources: [source("B")] });
    expect(old.project).toMatchObject({ citationStyle: "house", marking: null });
    expect(old.docxTemplate).toBeNull();
    expect(old.sources[0]).toMatchObject({ marking: null, referenceOnly: false, csl: null });
  });

  it("are read when present, and checked", () => {
    const docxTemplate = { name: "house.docx", file: Buffer.from("PK").toString("base64"), uploadedById: "u1", createdAt: at };
    const withAll = file({
      project: { id: "p1", name: "Laos", description: "", citationStyle: "apa", marking: "OFFICIAL", createdById: "u1", createdAt: at, updatedAt: at },
      docxTemplate,
      sources: [{ ...source(null), marking: "OFFICIAL-SENSITIVE", referenceOnly: true, csl: { type: "report", title: "Lao Economic Monitor", volume: "5" } }],
    });
    expect(withAll.project).toMatchObject({ citationStyle: "apa", marking: "OFFICIAL" });
    expect(withAll.docxTemplate).toMatchObject({ name: "house.docx", uploadedById: "u1" });
    expect(withAll.sources[0]).toMatchObject({ referenceOnly: true, csl: { volume: "5" } });
    expect(findBackupProblems(withAll)).toEqual([]);
    expect(findBackupProblems(file({ docxTemplate: { ...docxTemplate, uploadedById: "u9" } }))).toEqual(["docxTemplate: uploadedById u9 is not among the file's users."]);
    expect(() => file({ docxTemplate: { ...docxTemplate, file: "not base64!" } })).toThrow(/file/);
    expect(() => file({ sources: [{ ...source(null), marking: "" }] })).toThrow(/marking/);
  });
});

describe("backup file checks", () => {
  it("accepts a consistent file", () => {
    expect(findBackupProblems(file({ themes: [theme("t1", null), theme("t2", "t1")] }))).toEqual([]);
  });

  it("names ids used twice and references to rows the file lacks", () => {
    const problems = findBackupProblems(
      file({ themes: [theme("t1", null), theme("t1", null), theme("t3", "gone")], activities: [{ id: "a1", actorId: "u9", action: "x", objectType: "Project", objectId: "p1", before: null, after: null, createdAt: at }] }),
    );
    expect(problems).toEqual([
      "themes: the id t1 is used twice.",
      "themes[2]: parentId gone is not among the file's themes.",
      "activities[0]: actorId u9 is not among the file's users.",
    ]);
  });

  it("finds cycles in the theme tree and replies outside their parent's discussion", () => {
    expect(findBackupProblems(file({ themes: [theme("t1", "t2"), theme("t2", "t1")] }))).toEqual(["themes: t1 is its own ancestor."]);
    const briefs = [{ id: "b1", title: "B", summary: "", audience: "", body: "", status: "DRAFT" as const, version: 1, authorId: "u1", approvedById: null, approvedAt: null, dismissedMarks: [], createdAt: at, updatedAt: at }];
    expect(findBackupProblems(file({ briefs, comments: [comment("c1", { briefId: "b1" }), comment("c2", {}, "c1")] }))).toEqual([
      "comments[1]: a comment belongs to exactly one claim or brief.",
      "comments[1]: the reply is not in its parent's discussion.",
    ]);
  });

  it("refuses unknown columns and wrong types", () => {
    expect(backupFileSchema.safeParse({ ...file(), extra: 1 }).success).toBe(false);
    const parsed = backupFileSchema.safeParse({ ...JSON.parse(JSON.stringify(file())), themes: [{ ...theme("t1", null), colour: "red" }] });
    expect(parsed.success).toBe(false);
  });

  it("orders a tree parents first", () => {
    const rows = [theme("c", "b"), theme("b", "a"), theme("a", null), theme("d", null)];
    expect(parentsFirst(rows).map((r) => r.id)).toEqual(["a", "d", "b", "c"]);
  });
});

describe("remapping ids", () => {
  const ids = new Map([
    ["old-claim", "new-claim"],
    ["old-user", "new-user"],
  ]);
  it("follows claim references, mentions and ids in activity", () => {
    expect(remapClaimTokens(ids, "See [[claim:old-claim]] and [[claim:deleted]].")).toBe("See [[claim:new-claim]] and [[claim:deleted]].");
    expect(remapMentions(ids, "Hi @[Ann](user:old-user), old-claim")).toBe("Hi @[Ann](user:new-user), old-claim");
    expect(remapJson(ids, { themeIds: ["old-claim", "x"], n: 1, nested: { by: "old-user", text: "old-user!" } })).toEqual({
      themeIds: ["new-claim", "x"],
      n: 1,
      nested: { by: "new-user", text: "old-user!" },
    });
  });
});

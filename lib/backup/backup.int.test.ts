import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createBrief } from "@/lib/briefs/create-brief";
import { createClaim } from "@/lib/claims/create-claim";
import { putDocxTemplate } from "@/lib/docx-template/put-docx-template";
import { makeSource, makeTeam, makeUser } from "@/lib/factories";
import { importReferences } from "@/lib/sources/references/import-references";
import { BIBTEX } from "@/lib/sources/references/fixtures";
import { houseTemplate } from "@/lib/testing/docx-template-fixture";
import { Prisma } from "@/lib/generated/prisma/client";
import { expectAppError } from "@/lib/testing/expect-app-error";
import { makeRichProject } from "@/lib/testing/rich-project";
import { verifyCredentials } from "@/lib/users/verify-credentials";
import { BACKUP_TABLES, type BackupFileJson, type BackupTable } from "./backup-file";
import { exportProject } from "./export-project";
import { restoreProject, standInEmail } from "./restore-project";

type Row = Record<string, unknown>;
type File = BackupFileJson & Record<BackupTable, Row[]>;

/** The model each table of the file holds; every model is either here or excluded with a reason. */
const MODELS: Record<BackupTable | "project", Prisma.ModelName> = {
  project: "Project",
  users: "User",
  memberships: "Membership",
  invitations: "Invitation",
  sources: "Source",
  sourceVersions: "SourceVersion",
  citations: "Citation",
  themes: "Theme",
  claims: "Claim",
  claimVersions: "ClaimVersion",
  claimRelations: "ClaimRelation",
  claimThemes: "ClaimTheme",
  claimCitations: "ClaimCitation",
  reviews: "Review",
  comments: "Comment",
  commentMentions: "CommentMention",
  briefs: "Brief",
  briefVersions: "BriefVersion",
  impactWarnings: "ImpactWarning",
  activities: "Activity",
};
/** Models of which a project has at most one row, written beside the project rather than as a table. */
const BESIDE_THE_PROJECT: Partial<Record<Prisma.ModelName, keyof BackupFileJson>> = { DocxTemplate: "docxTemplate" };
const NOT_IN_A_BACKUP: Partial<Record<Prisma.ModelName, string>> = {
  Notification: "a person's inbox on one instance, not the project's content",
  ApiToken: "credentials",
  Session: "a signed-in browser of one instance",
  UserToken: "one-time links of one instance",
  RecoveryCode: "credentials",
  InstanceSettings: "the instance's, not a project's",
  LoginAttempt: "rate limiting, not project data",
};
/** What a backup leaves out of an invitation: its link and its answer, which belong to this instance. */
const INVITATION_LINK_FIELDS = {
  tokenHash: "a credential of this instance",
  expiresAt: "the link's",
  inviteeId: "an account of this instance",
  standInId: "restored stand-ins are the restorer's",
  acceptedAt: "only pending invitations are written",
  acceptedById: "only pending invitations are written",
  declinedAt: "only pending invitations are written",
  revokedAt: "only pending invitations are written",
  updatedAt: "the link's",
};

/** Rows told apart by their key when they have no id of their own. */
const KEYS: Partial<Record<BackupTable, string[]>> = {
  claimThemes: ["claimId", "themeId"],
  claimCitations: ["claimId", "citationId"],
  commentMentions: ["commentId", "userId"],
};

/** The rows of each table that belong to the projects `project` selects, counted in the database itself. */
async function countRows(project: Prisma.ProjectWhereInput): Promise<Record<string, number>> {
  const counts = await Promise.all([
    db.project.count({ where: project }),
    db.membership.count({ where: { project } }),
    db.invitation.count({ where: { project } }),
    db.source.count({ where: { project } }),
    db.sourceVersion.count({ where: { source: { project } } }),
    db.citation.count({ where: { source: { project } } }),
    db.theme.count({ where: { project } }),
    db.claim.count({ where: { project } }),
    db.claimVersion.count({ where: { claim: { project } } }),
    db.claimRelation.count({ where: { project } }),
    db.claimTheme.count({ where: { claim: { project } } }),
    db.claimCitation.count({ where: { claim: { project } } }),
    db.review.count({ where: { claim: { project } } }),
    db.comment.count({ where: { project } }),
    db.commentMention.count({ where: { comment: { project } } }),
    db.brief.count({ where: { project } }),
    db.briefVersion.count({ where: { brief: { project } } }),
    db.impactWarning.count({ where: { project } }),
    db.activity.count({ where: { project } }),
  ]);
  const names = ["project", ...BACKUP_TABLES.filter((t) => t !== "users")];
  return Object.fromEntries(names.map((name, i) => [name, counts[i]!]));
}

async function backupOf(userId: string, projectId: string): Promise<File> {
  return JSON.parse((await exportProject({ userId, projectId })).body) as File;
}

const bytesOf = (file: unknown) => new TextEncoder().encode(JSON.stringify(file));

/** Replaces every old id inside every string (columns, Markdown, activity JSON) by its new one. */
function mapIds(ids: ReadonlyMap<string, string>) {
  const pattern = new RegExp([...ids.keys()].sort((a, b) => b.length - a.length).join("|"), "g");
  const map = (value: unknown): unknown => {
    if (typeof value === "string") return value.replace(pattern, (id) => ids.get(id)!);
    if (Array.isArray(value)) return value.map(map);
    if (value && typeof value === "object") return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, map(v)]));
    return value;
  };
  return map;
}

const keyOf = (table: BackupTable, row: Row) => (KEYS[table] ?? ["id"]).map((k) => row[k]).join("|");

describe("project backup and restore", () => {
  it("restores every row of every table, field by field, under new ids", async () => {
    const team = await makeRichProject();
    const { owner, project } = team;
    const original = await backupOf(owner.id, project.id);
    const restored = await restoreProject({ userId: owner.id, input: { file: bytesOf(original) } });
    const copy = await backupOf(owner.id, restored.project.id);
    const map = mapIds(restored.ids);

    // No model is forgotten: each is a table of the file or left out for a stated reason.
    for (const model of Object.values(Prisma.ModelName)) {
      expect(Object.values(MODELS).includes(model) || model in NOT_IN_A_BACKUP || model in BESIDE_THE_PROJECT, `${model} is neither backed up nor excluded`).toBe(true);
    }
    // The rich project really uses every table.
    for (const table of BACKUP_TABLES) expect(original[table].length, `${table} is empty in the test project`).toBeGreaterThan(0);
    expect(original.sourceVersions.some((v) => v.originalFile !== null)).toBe(true);

    const scalarFields = (model: Prisma.ModelName) =>
      Object.keys((Prisma as unknown as Record<string, Record<string, string>>)[`${model}ScalarFieldEnum`]!).filter((f) => f !== "projectId").sort();
    expect(Object.keys(original.project).sort()).toEqual(scalarFields("Project"));

    for (const table of BACKUP_TABLES) {
      // The file holds every column of the model (users: only who they are; invitations: not their links).
      const columns = table === "invitations" ? scalarFields("Invitation").filter((f) => !(f in INVITATION_LINK_FIELDS)) : scalarFields(MODELS[table]);
      if (table !== "users") for (const row of original[table]) expect(Object.keys(row).sort(), table).toEqual(columns);

      let expected = original[table].map((row) => map(row) as Row);
      let actual: Row[] = copy[table];
      if (table === "memberships") {
        // Only the restoring user is a member of the restored project.
        expect(actual.map((m) => [m.userId, m.role])).toEqual([[owner.id, "OWNER"]]);
        expect(restored.members).toHaveLength(original.memberships.length);
        continue;
      }
      if (table === "invitations") {
        expect(actual).toEqual([]);
        continue;
      }
      if (table === "users") expected = expected.filter((u) => actual.some((a) => a.id === u.id));
      if (table === "activities") {
        const restore = actual.filter((a) => a.action === "project.restore");
        expect(restore).toHaveLength(1);
        expect(restore[0]).toMatchObject({ actorId: owner.id, objectId: restored.project.id });
        actual = actual.filter((a) => a.action !== "project.restore");
      }
      expect(actual.length, `${table} count`).toBe(expected.length);
      const byKey = new Map(actual.map((row) => [keyOf(table, row), row]));
      for (const row of expected) expect(byKey.get(keyOf(table, row)), `${table} ${keyOf(table, row)}`).toEqual(row);
      if (table !== "users" && KEYS[table] === undefined) {
        for (const row of actual) expect(restored.ids.has(row.id as string), `${table} kept an old id`).toBe(false);
      }
    }
    expect(copy.project).toEqual({ ...(map(original.project) as Row), name: `${project.name} (restored)` });

    // The database agrees with the files, table by table.
    const counts = await countRows({ id: restored.project.id });
    for (const [table, count] of Object.entries(await countRows({ id: project.id }))) {
      const extra = table === "activities" ? 1 : 0;
      if (table === "memberships") expect(counts[table]).toBe(1);
      else if (table === "invitations") expect(counts[table]).toBe(0);
      else expect(counts[table], table).toBe(count + extra);
    }

    // References inside text follow the rows: the brief cites the restored claims.
    const brief = await db.brief.findFirstOrThrow({ where: { projectId: restored.project.id } });
    expect(brief.body).toContain(`[[claim:${restored.ids.get(team.claim.id)}]]`);
    expect(brief.body).not.toContain(team.claim.id);

    // The original file's bytes come back unchanged.
    const [before, after] = await Promise.all(
      [team.uploaded.id, restored.ids.get(team.uploaded.id)!].map((sourceId) =>
        db.sourceVersion.findFirstOrThrow({ where: { sourceId, version: 1 }, select: { originalFile: true } }),
      ),
    );
    expect(Buffer.from(after!.originalFile!).equals(Buffer.from(before!.originalFile!))).toBe(true);

    // A second restore (gzipped this time) collides with nothing.
    const again = await restoreProject({ userId: owner.id, input: { file: gzipSync(bytesOf(original)) } });
    expect(again.project.name).toBe(`${project.name} (restored 2)`);
    expect((await countRows({ id: again.project.id })).claims).toBe(original.claims.length);
  });

  it("carries citation styles, markings, note placement, reference-only sources and the Word template", async () => {
    const { project, owner, analyst } = await makeTeam();
    const at = { projectId: project.id };
    await db.project.update({ where: { id: project.id }, data: { citationStyle: "chicago-author-date", marking: "OFFICIAL-SENSITIVE" } });
    const template = await houseTemplate();
    await putDocxTemplate({ userId: owner.id, ...at, file: { name: "house.docx", bytes: new Uint8Array(template) } });
    await importReferences({ userId: analyst.id, ...at, file: { name: "library.bib", bytes: new TextEncoder().encode(BIBTEX) } });
    const source = await makeSource(project, analyst, { text: "# Wattay\n\nJapan pledged a grant for Wattay airport.", title: "Wattay" });
    await db.source.update({ where: { id: source.id }, data: { marking: "OFFICIAL" } });
    const claim = await createClaim({ userId: analyst.id, ...at, input: { sourceId: source.id, start: 0, end: 6, paraphrase: "Japan pledged" } });
    await db.claim.update({ where: { id: claim.id }, data: { marking: "OFFICIAL-SENSITIVE" } });
    const brief = await createBrief({ userId: analyst.id, ...at, input: { title: "Wattay" } });
    await db.brief.update({ where: { id: brief.id }, data: { marking: "OFFICIAL-SENSITIVE", notePlacement: "ENDNOTES" } });

    const original = await backupOf(owner.id, project.id);
    expect(original.project).toMatchObject({ citationStyle: "chicago-author-date", marking: "OFFICIAL-SENSITIVE" });
    expect(original.docxTemplate).toMatchObject({ name: "house.docx", uploadedById: owner.id, file: template.toString("base64") });

    const restored = await restoreProject({ userId: analyst.id, input: { file: bytesOf(original) } });
    const id = (old: string) => restored.ids.get(old)!;
    expect(await db.project.findUniqueOrThrow({ where: { id: restored.project.id } })).toMatchObject({ citationStyle: "chicago-author-date", marking: "OFFICIAL-SENSITIVE" });
    const copy = await db.docxTemplate.findUniqueOrThrow({ where: { projectId: restored.project.id } });
    expect(copy.name).toBe("house.docx");
    expect(Buffer.from(copy.file).equals(template)).toBe(true);
    // The owner who uploaded it is a stand-in in the restored project, like every other person but the restorer.
    expect(copy.uploadedById).toBe(id(owner.id));
    expect(await db.source.findUniqueOrThrow({ where: { id: id(source.id) } })).toMatchObject({ marking: "OFFICIAL", referenceOnly: false, csl: null });
    const references = await db.source.findMany({ where: { projectId: restored.project.id, referenceOnly: true }, orderBy: { title: "asc" } });
    const originals = await db.source.findMany({ where: { projectId: project.id, referenceOnly: true }, orderBy: { title: "asc" } });
    expect(references.map((r) => [r.title, r.csl])).toEqual(originals.map((r) => [r.title, r.csl]));
    expect(references).toHaveLength(2);
    expect(await db.claim.findUniqueOrThrow({ where: { id: id(claim.id) } })).toMatchObject({ marking: "OFFICIAL-SENSITIVE" });
    expect(await db.brief.findUniqueOrThrow({ where: { id: id(brief.id) } })).toMatchObject({ marking: "OFFICIAL-SENSITIVE", notePlacement: "ENDNOTES" });
  });

  it("restores a backup made before these fields with their defaults", async () => {
    const { project, owner } = await makeTeam();
    await makeSource(project, owner, { text: "# Wattay\n\nJapan pledged a grant for Wattay airport.", title: "Wattay" });
    await createBrief({ userId: owner.id, projectId: project.id, input: { title: "Wattay" } });
    const file = await backupOf(owner.id, project.id);
    // As an older Claimwork wrote it.
    const drop = (row: Row, fields: string[]) => Object.fromEntries(Object.entries(row).filter(([k]) => !fields.includes(k)));
    const older = {
      ...drop(file as unknown as Row, ["docxTemplate"]),
      project: drop(file.project as Row, ["citationStyle", "marking"]),
      sources: file.sources.map((r) => drop(r, ["marking", "referenceOnly", "csl"])),
      claims: file.claims.map((r) => drop(r, ["marking"])),
      briefs: file.briefs.map((r) => drop(r, ["marking", "notePlacement"])),
    };
    const restored = await restoreProject({ userId: owner.id, input: { file: bytesOf(older) } });
    expect(await db.project.findUniqueOrThrow({ where: { id: restored.project.id } })).toMatchObject({ citationStyle: "house", marking: null });
    expect(await db.docxTemplate.count({ where: { projectId: restored.project.id } })).toBe(0);
    expect(await db.source.findFirstOrThrow({ where: { projectId: restored.project.id } })).toMatchObject({ marking: null, referenceOnly: false, csl: null });
    expect(await db.brief.findFirstOrThrow({ where: { projectId: restored.project.id } })).toMatchObject({ marking: null, notePlacement: "FOOTNOTES" });
  });

  it("gives people without an account a stand-in that keeps their name and cannot sign in", async () => {
    const { owner, reviewer, project } = await makeRichProject();
    const file = await backupOf(owner.id, project.id);
    const gone = { name: "Kenji Sato", email: `kenji-${project.id}@elsewhere.test` };
    Object.assign(file.users.find((u) => u.id === reviewer.id)!, gone);
    const restorer = await makeUser();

    const first = await restoreProject({ userId: restorer.id, input: { file: bytesOf(file) } });
    const standIn = await db.user.findUniqueOrThrow({ where: { email: standInEmail(gone.email) } });
    expect(standIn).toMatchObject({ name: gone.name, standInFor: gone.email });
    // Everyone the file names but the restorer: here, all its people.
    expect(first.standIns).toBe(file.users.length);
    await expectAppError(verifyCredentials({ email: standIn.email, password: "!restored" }), "unauthenticated");
    const reviews = await db.review.findMany({ where: { claim: { projectId: first.project.id } } });
    expect(reviews.map((r) => r.reviewerId)).toEqual([standIn.id]);
    expect(await db.membership.findMany({ where: { projectId: first.project.id }, select: { userId: true, role: true } })).toEqual([
      { userId: restorer.id, role: "OWNER" },
    ]);

    const second = await restoreProject({ userId: restorer.id, input: { file: bytesOf(file) } });
    expect(second.standIns).toBe(0);
    expect(await db.user.count({ where: { email: standInEmail(gone.email) } })).toBe(1);
  });

  it("never credits a real account: a forged file naming someone's address gives them a stand-in, and no seat", async () => {
    const victim = await makeUser({ name: "Ana Lima" });
    const forger = await makeUser();
    const { owner, project } = await makeRichProject();
    const file = await backupOf(owner.id, project.id);
    // The forger claims to be the owner of the file's rows, and credits them to the victim.
    const ownerRow = file.users.find((u) => u.id === owner.id)!;
    Object.assign(ownerRow, { email: victim.email.toUpperCase(), name: victim.name });
    const analystRow = file.users.find((u) => u.id !== owner.id)!;
    analystRow.email = forger.email;

    const restored = await restoreProject({ userId: forger.id, input: { file: bytesOf(file) } });
    const at = { projectId: restored.project.id };
    for (const [name, count] of Object.entries({
      claims: await db.claim.count({ where: { ...at, authorId: victim.id } }),
      comments: await db.comment.count({ where: { ...at, authorId: victim.id } }),
      briefs: await db.brief.count({ where: { ...at, authorId: victim.id } }),
      activities: await db.activity.count({ where: { ...at, actorId: victim.id } }),
      reviews: await db.review.count({ where: { claim: at, reviewerId: victim.id } }),
      memberships: await db.membership.count({ where: { ...at, userId: victim.id } }),
    })) {
      expect(count, name).toBe(0);
    }
    const standIn = await db.user.findUniqueOrThrow({ where: { email: standInEmail(victim.email) } });
    expect(standIn).toMatchObject({ name: victim.name, standInFor: victim.email });
    expect(await db.claim.count({ where: { ...at, authorId: standIn.id } })).toBeGreaterThan(0);
    // The restorer is themself, by their own address.
    expect(restored.ids.get(analystRow.id)).toBe(forger.id);
  });

  describe("refuses a bad file whole", () => {
    const tamper: { name: string; change: (file: File) => unknown; message: RegExp }[] = [
      { name: "not JSON", change: () => "{ this is not", message: /not valid JSON/ },
      { name: "another format", change: (f) => ({ ...f, format: "claimwork-codebook" }), message: /not a Claimwork project backup/ },
      { name: "an unknown version", change: (f) => ({ ...f, version: 2 }), message: /version 2; this Claimwork reads version 1/ },
      {
        name: "a dangling reference",
        change: (f) => ({ ...f, claims: f.claims.map((c, i) => (i === 0 ? { ...c, sourceId: "cl0000000000000000000000" } : c)) }),
        message: /claims\[0\]: sourceId cl0000000000000000000000 is not among the file's sources/,
      },
      {
        name: "a wrong type",
        change: (f) => ({ ...f, claims: f.claims.map((c, i) => (i === 0 ? { ...c, credibility: "high" } : c)) }),
        message: /claims\.0\.credibility/,
      },
      {
        name: "an unknown column",
        change: (f) => ({ ...f, themes: f.themes.map((t) => ({ ...t, secret: 1 })) }),
        message: /themes\.0/,
      },
      {
        name: "a theme that is its own ancestor",
        change: (f) => {
          const ports = f.themes.find((t) => t.name === "Ports")!;
          return { ...f, themes: f.themes.map((t) => (t.name === "Security" ? { ...t, parentId: ports.id } : t)) };
        },
        message: /its own ancestor/,
      },
      {
        // Passes every check of the file and fails inside the database, after most tables were written.
        name: "two versions of a brief with the same number",
        change: (f) => ({ ...f, briefVersions: [...f.briefVersions, { ...f.briefVersions[0]!, id: "cl1111111111111111111111" }] }),
        message: /contradict each other/,
      },
    ];

    it.each(tamper)("$name", async ({ change, message }) => {
      const { owner, reviewer, project } = await makeRichProject();
      const file = await backupOf(owner.id, project.id);
      // An unknown person too, so that a stand-in user would be created before the failure.
      file.users.find((u) => u.id === reviewer.id)!.email = `nobody-${project.id}@elsewhere.test`;
      const restorer = await makeUser();
      const changed = change(file);
      const users = await db.user.count();
      const error = await expectAppError(
        restoreProject({ userId: restorer.id, input: { file: new TextEncoder().encode(typeof changed === "string" ? changed : JSON.stringify(changed)) } }),
        "invalid",
      );
      expect(error.message).toMatch(message);
      expect(Object.values(await countRows({ createdById: restorer.id })).every((n) => n === 0)).toBe(true);
      expect(await db.user.count({ where: { email: standInEmail(`nobody-${project.id}@elsewhere.test`) } })).toBe(0);
      expect(await db.user.count()).toBeGreaterThanOrEqual(users);
    });
  });

  it("lets only owners download a backup; a stranger learns nothing", async () => {
    const { project, owner, analyst, outsider } = await makeRichProject();
    await expectAppError(exportProject({ userId: analyst.id, projectId: project.id }), "forbidden");
    await expectAppError(exportProject({ userId: outsider.id, projectId: project.id }), "not_found");
    const { filename, contentType } = await exportProject({ userId: owner.id, projectId: project.id });
    expect(filename).toMatch(/-backup-\d{4}-\d{2}-\d{2}\.json$/);
    expect(contentType).toContain("application/json");
  });
});

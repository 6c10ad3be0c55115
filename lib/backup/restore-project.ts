import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { recordActivity } from "@/lib/activity/record-activity";
import { db, type Tx } from "@/lib/db";
import { invalid } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { BACKUP_TABLES, parentsFirst, type BackupFile } from "./backup-file";
import { readBackupFile } from "./read-backup-file";
import { remapClaimTokens, remapId, remapJson, remapMentions, type IdMap } from "./remap";

const CHUNK = 500;
/** No password verifies against this: a stand-in for a person can never sign in. */
const NO_PASSWORD = "!restored";

/** A fresh id in the shape of the ones PostgreSQL rows get from Prisma's cuid(). */
function newId(): string {
  return `c${Array.from(randomBytes(24), (byte) => (byte % 36).toString(36)).join("")}`;
}

/**
 * The address of the stand-in for a person of the backup who has no account
 * here. Derived from their address, so a second restore reuses the same
 * stand-in; on a reserved domain, so it never takes the address the person
 * would sign up with.
 */
export function standInEmail(email: string): string {
  return `restored-${createHash("sha256").update(email.trim().toLowerCase()).digest("hex").slice(0, 20)}@claimwork.invalid`;
}

/**
 * The people of the file as users here. The restoring user is themself, if
 * the file names their address; everyone else is a stand-in that keeps their
 * name and can never sign in, even where an account with their address
 * exists: a file anyone can write must not put words under a real person's
 * name, or make them a member unasked. An owner can invite the real person,
 * who may take the stand-in's rows over on accepting.
 */
async function mapPeople(tx: Tx, restorer: { id: string; email: string }, users: BackupFile["users"]) {
  const wanted = users.map((u) => ({ ...u, email: u.email.trim().toLowerCase() }));
  const others = wanted.filter((u) => u.email !== restorer.email);
  const where = { email: { in: others.map((u) => standInEmail(u.email)) } };
  // Two restores naming the same person at once: the second waits for the first's stand-in, then uses it.
  const { count: created } = await tx.user.createMany({
    data: others.map((u) => ({ name: u.name, email: standInEmail(u.email), standInFor: u.email, passwordHash: NO_PASSWORD })),
    skipDuplicates: true,
  });
  const byEmail = new Map((await tx.user.findMany({ where, select: { id: true, email: true } })).map((u) => [u.email, u.id]));
  return {
    people: new Map(wanted.map((u) => [u.id, u.email === restorer.email ? restorer.id : byEmail.get(standInEmail(u.email))!])),
    standIns: created,
  };
}

/** The file's name if the restoring user has no project by it, else "… (restored)", then numbered. */
async function freeName(tx: Tx, userId: string, name: string): Promise<string> {
  const base = name.slice(0, 100);
  const taken = new Set(
    (await tx.project.findMany({ where: { createdById: userId, name: { startsWith: base } }, select: { name: true } })).map((p) => p.name),
  );
  if (!taken.has(name)) return name;
  for (let n = 1; ; n += 1) {
    const candidate = `${base} (restored${n > 1 ? ` ${n}` : ""})`;
    if (!taken.has(candidate)) return candidate;
  }
}

async function insert<T>(rows: T[], write: (chunk: T[]) => Promise<unknown>) {
  for (let i = 0; i < rows.length; i += CHUNK) await write(rows.slice(i, i + CHUNK));
}

const json = (value: Prisma.JsonValue | null) => (value === null ? Prisma.DbNull : (value as Prisma.InputJsonValue));

/** Writes every table of the file under new ids; the caller's transaction makes it all or nothing. */
async function writeRows(tx: Tx, file: BackupFile, projectId: string, ids: IdMap) {
  const to = (id: string) => remapId(ids, id);
  const toOrNull = (id: string | null) => (id === null ? null : to(id));
  await insert(file.sources, (rows) =>
    tx.source.createMany({
      data: rows.map((r) => ({ ...r, id: to(r.id), projectId, addedById: to(r.addedById), retractedById: toOrNull(r.retractedById), csl: json(r.csl) })),
    }),
  );
  await insert(file.sourceVersions, (rows) =>
    tx.sourceVersion.createMany({
      data: rows.map((r) => ({
        ...r,
        id: to(r.id),
        sourceId: to(r.sourceId),
        createdById: to(r.createdById),
        markers: r.markers === null ? Prisma.JsonNull : (r.markers as Prisma.InputJsonValue),
        originalFile: r.originalFile === null ? null : new Uint8Array(Buffer.from(r.originalFile, "base64")),
      })),
    }),
  );
  await insert(file.citations, (rows) => tx.citation.createMany({ data: rows.map((r) => ({ ...r, id: to(r.id), sourceId: to(r.sourceId) })) }));
  await insert(parentsFirst(file.themes), (rows) =>
    tx.theme.createMany({ data: rows.map((r) => ({ ...r, id: to(r.id), projectId, parentId: toOrNull(r.parentId) })) }),
  );
  await insert(file.claims, (rows) =>
    tx.claim.createMany({
      data: rows.map((r) => ({
        ...r,
        id: to(r.id),
        projectId,
        sourceId: to(r.sourceId),
        authorId: to(r.authorId),
        assigneeId: toOrNull(r.assigneeId),
        credibilityOverriddenById: toOrNull(r.credibilityOverriddenById),
      })),
    }),
  );
  await insert(file.claimRelations, (rows) =>
    tx.claimRelation.createMany({
      data: rows.map((r) => ({ ...r, id: to(r.id), projectId, fromId: to(r.fromId), toId: to(r.toId), createdById: toOrNull(r.createdById) })),
    }),
  );
  await insert(file.claimVersions, (rows) =>
    tx.claimVersion.createMany({
      data: rows.map((r) => ({
        ...r,
        id: to(r.id),
        claimId: to(r.claimId),
        editorId: to(r.editorId),
        themeIds: r.themeIds.map(to),
        citationIds: r.citationIds.map(to),
      })),
    }),
  );
  await insert(file.claimThemes, (rows) => tx.claimTheme.createMany({ data: rows.map((r) => ({ ...r, claimId: to(r.claimId), themeId: to(r.themeId) })) }));
  await insert(file.claimCitations, (rows) =>
    tx.claimCitation.createMany({ data: rows.map((r) => ({ claimId: to(r.claimId), citationId: to(r.citationId) })) }),
  );
  await insert(file.reviews, (rows) =>
    tx.review.createMany({
      data: rows.map((r) => ({ ...r, id: to(r.id), claimId: to(r.claimId), reviewerId: to(r.reviewerId), citationId: toOrNull(r.citationId) })),
    }),
  );
  await insert(file.briefs, (rows) =>
    tx.brief.createMany({
      data: rows.map((r) => ({
        ...r,
        id: to(r.id),
        projectId,
        authorId: to(r.authorId),
        approvedById: toOrNull(r.approvedById),
        body: remapClaimTokens(ids, r.body),
      })),
    }),
  );
  await insert(file.briefVersions, (rows) =>
    tx.briefVersion.createMany({
      data: rows.map((r) => ({ ...r, id: to(r.id), briefId: to(r.briefId), authorId: to(r.authorId), body: remapClaimTokens(ids, r.body) })),
    }),
  );
  await insert(parentsFirst(file.comments), (rows) =>
    tx.comment.createMany({
      data: rows.map((r) => ({
        ...r,
        id: to(r.id),
        projectId,
        claimId: toOrNull(r.claimId),
        briefId: toOrNull(r.briefId),
        parentId: toOrNull(r.parentId),
        authorId: to(r.authorId),
        body: remapMentions(ids, r.body),
      })),
    }),
  );
  await insert(file.commentMentions, (rows) =>
    tx.commentMention.createMany({ data: rows.map((r) => ({ commentId: to(r.commentId), userId: to(r.userId) })) }),
  );
  await insert(file.impactWarnings, (rows) =>
    tx.impactWarning.createMany({
      data: rows.map((r) => ({
        ...r,
        id: to(r.id),
        projectId,
        causeSourceId: toOrNull(r.causeSourceId),
        causeClaimId: toOrNull(r.causeClaimId),
        claimId: toOrNull(r.claimId),
        briefId: toOrNull(r.briefId),
        actorId: toOrNull(r.actorId),
        acknowledgedById: toOrNull(r.acknowledgedById),
      })),
    }),
  );
  await insert(file.activities, (rows) =>
    tx.activity.createMany({
      data: rows.map((r) => ({
        ...r,
        id: to(r.id),
        projectId,
        actorId: toOrNull(r.actorId),
        objectId: to(r.objectId),
        before: json(remapJson(ids, r.before)),
        after: json(remapJson(ids, r.after)),
      })),
    }),
  );
}

/**
 * Restores a Claimwork backup file into a new project owned by the restoring
 * user, on this instance or another. Every row gets a new id and every
 * reference (columns, claim references in briefs, mentions in comments, ids
 * in the activity trail) follows, so a file restores any number of times.
 * The restoring user is matched by email; everyone else the file names becomes
 * a stand-in that keeps their name and cannot sign in. Only the restoring
 * user is a member of the new project: the file's members are returned for
 * the owner to add again. One transaction: a bad file or a failure midway
 * leaves nothing behind.
 */
export async function restoreProject(options: { userId: string; input: { file?: Uint8Array | null } }) {
  const { userId } = options;
  const file = readBackupFile(options.input.file ?? new Uint8Array());
  try {
    return await db.$transaction(
      async (tx) => {
        const restorer = await tx.user.findUniqueOrThrow({ where: { id: userId }, select: { id: true, email: true } });
        const { people, standIns } = await mapPeople(tx, restorer, file.users);
        const ids = new Map<string, string>(people);
        const projectId = newId();
        ids.set(file.project.id, projectId);
        for (const table of BACKUP_TABLES) {
          if (table === "users") continue;
          for (const row of file[table]) if ("id" in row) ids.set(row.id, newId());
        }
        const name = await freeName(tx, userId, file.project.name);
        const project = await tx.project.create({
          data: {
            id: projectId,
            name,
            description: file.project.description,
            reviewPolicy: file.project.reviewPolicy,
            citationStyle: file.project.citationStyle,
            marking: file.project.marking,
            blindReview: file.project.blindReview,
            createdById: userId,
            createdAt: file.project.createdAt,
            updatedAt: file.project.updatedAt,
            memberships: { create: { userId, role: "OWNER" } },
          },
          select: { id: true, name: true },
        });
        await writeRows(tx, file, projectId, ids);
        if (file.docxTemplate) {
          const { file: bytes, uploadedById, ...template } = file.docxTemplate;
          await tx.docxTemplate.create({ data: { ...template, projectId, uploadedById: remapId(ids, uploadedById), file: new Uint8Array(Buffer.from(bytes, "base64")) } });
        }
        const counts = Object.fromEntries(BACKUP_TABLES.map((table) => [table, file[table].length]));
        await recordActivity(tx, {
          projectId,
          actorId: userId,
          action: "project.restore",
          objectType: "Project",
          objectId: projectId,
          after: { name, from: file.project.name, exportedAt: file.exportedAt.toISOString(), standIns, counts },
        });
        const emails = new Map(file.users.map((u) => [u.id, u.email]));
        const members = file.memberships.map((m) => ({ email: emails.get(m.userId)!, role: m.role }));
        return { project, counts, standIns, members, ids: ids as IdMap };
      },
      { timeout: 300_000 },
    );
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && (error.code === "P2002" || error.code === "P2003")) {
      throw invalid("The backup file holds rows that contradict each other (the same key twice); nothing was restored.", {
        file: ["Rows of this file conflict with each other."],
      });
    }
    throw error;
  }
}

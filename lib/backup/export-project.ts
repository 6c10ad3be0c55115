import "server-only";
import { requireProjectAccess } from "@/lib/authz/require-project-access";
import { db } from "@/lib/db";
import { BACKUP_FORMAT, BACKUP_VERSION, type BackupFileJson } from "./backup-file";

const byAge = [{ createdAt: "asc" as const }, { id: "asc" as const }];

/** A row as the file holds it: dates as ISO strings, bytes as base64, without the project id every row shares. */
function toFileRow(row: object): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(row)) {
    if (key === "projectId") continue;
    out[key] = value instanceof Date ? value.toISOString() : value instanceof Uint8Array ? Buffer.from(value).toString("base64") : value;
  }
  return out;
}

/** A file name made of the project's name and the day, safe on every system. */
function fileName(projectName: string, at: Date): string {
  const stem = projectName
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60);
  return `${stem || "project"}-backup-${at.toISOString().slice(0, 10)}.json`;
}

/**
 * Every row of a project as one Claimwork backup file (see backup-file.ts),
 * with the people its rows name. The whole file is built in memory: original
 * files are base64 inside it, so it weighs about 4/3 of the uploads plus the
 * text. Owners only; the rows are read in one repeatable-read transaction so
 * that the file is one consistent moment of the project.
 */
export async function exportProject(options: { userId: string; projectId: string }) {
  const { projectId } = options;
  await requireProjectAccess({ ...options, action: "project.backup" });
  const exportedAt = new Date();
  const inProject = { projectId };
  const tables = await db.$transaction(
    async (tx) => {
      // One query at a time: a transaction runs on a single connection.
      const project = await tx.project.findUniqueOrThrow({ where: { id: projectId } });
      const docxTemplate = await tx.docxTemplate.findUnique({ where: { projectId } });
      const memberships = await tx.membership.findMany({ where: inProject, orderBy: byAge });
      // Who was invited, not the links: those are this instance's credentials, and a restore renews no invitation.
      const invitations = await tx.invitation.findMany({
        where: { ...inProject, acceptedAt: null, declinedAt: null, revokedAt: null },
        select: { id: true, email: true, role: true, invitedById: true, createdAt: true },
        orderBy: byAge,
      });
      const sources = await tx.source.findMany({ where: inProject, orderBy: byAge });
      const sourceVersions = await tx.sourceVersion.findMany({ where: { source: inProject }, orderBy: [{ sourceId: "asc" }, { version: "asc" }] });
      const citations = await tx.citation.findMany({ where: { source: inProject }, orderBy: [{ sourceId: "asc" }, { ordinal: "asc" }, { id: "asc" }] });
      const themes = await tx.theme.findMany({ where: inProject, orderBy: byAge });
      const claims = await tx.claim.findMany({ where: inProject, orderBy: byAge });
      const claimVersions = await tx.claimVersion.findMany({ where: { claim: inProject }, orderBy: [{ claimId: "asc" }, { revision: "asc" }] });
      const claimRelations = await tx.claimRelation.findMany({ where: inProject, orderBy: byAge });
      const claimThemes = await tx.claimTheme.findMany({ where: { claim: inProject }, orderBy: [{ claimId: "asc" }, { position: "asc" }, { themeId: "asc" }] });
      const claimCitations = await tx.claimCitation.findMany({ where: { claim: inProject }, orderBy: [{ claimId: "asc" }, { citationId: "asc" }] });
      const reviews = await tx.review.findMany({ where: { claim: inProject }, orderBy: byAge });
      const comments = await tx.comment.findMany({ where: inProject, orderBy: byAge });
      const commentMentions = await tx.commentMention.findMany({ where: { comment: inProject }, orderBy: [{ commentId: "asc" }, { userId: "asc" }] });
      const briefs = await tx.brief.findMany({ where: inProject, orderBy: byAge });
      const briefVersions = await tx.briefVersion.findMany({ where: { brief: inProject }, orderBy: [{ briefId: "asc" }, { version: "asc" }] });
      const impactWarnings = await tx.impactWarning.findMany({ where: inProject, orderBy: byAge });
      const activities = await tx.activity.findMany({ where: inProject, orderBy: byAge });
      return {
        project,
        docxTemplate,
        memberships,
        invitations,
        sources,
        sourceVersions,
        citations,
        themes,
        claims,
        claimVersions,
        claimRelations,
        claimThemes,
        claimCitations,
        reviews,
        comments,
        commentMentions,
        briefs,
        briefVersions,
        impactWarnings,
        activities,
      };
    },
    { isolationLevel: "RepeatableRead", timeout: 120_000 },
  );

  const { project, docxTemplate, ...rows } = tables;
  const people = new Set<string>([project.createdById]);
  if (docxTemplate) people.add(docxTemplate.uploadedById);
  const add = (value: string | null) => value && people.add(value);
  rows.memberships.forEach((r) => add(r.userId));
  rows.invitations.forEach((r) => add(r.invitedById));
  rows.sources.forEach((r) => (add(r.addedById), add(r.retractedById)));
  rows.sourceVersions.forEach((r) => add(r.createdById));
  rows.claims.forEach((r) => (add(r.authorId), add(r.assigneeId), add(r.credibilityOverriddenById)));
  rows.claimRelations.forEach((r) => add(r.createdById));
  rows.impactWarnings.forEach((r) => (add(r.actorId), add(r.acknowledgedById)));
  rows.claimVersions.forEach((r) => add(r.editorId));
  rows.reviews.forEach((r) => add(r.reviewerId));
  rows.comments.forEach((r) => add(r.authorId));
  rows.commentMentions.forEach((r) => add(r.userId));
  rows.briefs.forEach((r) => (add(r.authorId), add(r.approvedById)));
  rows.briefVersions.forEach((r) => add(r.authorId));
  rows.activities.forEach((r) => add(r.actorId));
  // A stand-in of an earlier restore is written as the person it stands for, so that backups of restored projects round-trip.
  const users = (
    await db.user.findMany({ where: { id: { in: [...people] } }, select: { id: true, name: true, email: true, standInFor: true }, orderBy: { id: "asc" } })
  ).map(({ standInFor, ...user }) => ({ ...user, email: standInFor ?? user.email }));

  const file = {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: exportedAt.toISOString(),
    project: toFileRow(project),
    docxTemplate: docxTemplate ? toFileRow(docxTemplate) : null,
    users,
    ...Object.fromEntries(Object.entries(rows).map(([table, list]) => [table, (list as object[]).map(toFileRow)])),
  } as BackupFileJson;
  return {
    filename: fileName(project.name, exportedAt),
    contentType: "application/json; charset=utf-8",
    body: JSON.stringify(file),
  };
}

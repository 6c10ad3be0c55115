/** Rows the theme integration tests build directly: claims are another team's operations. */
import { db } from "@/lib/db";

export type Owner = { id: string };
export type Project = { id: string };

export const themeId = async (project: Project, name: string) =>
  (await db.theme.findFirstOrThrow({ where: { projectId: project.id, name }, select: { id: true } })).id;

export async function makeSourceRow(project: Project, owner: Owner, title = "A commentary") {
  return db.source.create({ data: { projectId: project.id, title, body: "Japan and Laos.", contentHash: title, addedById: owner.id } });
}

/** A claim tagged with the given theme ids, in that order (positions 0, 1, …). */
export async function makeClaim(project: Project, owner: Owner, sourceId: string, themeIds: string[]) {
  return db.claim.create({
    data: {
      projectId: project.id,
      sourceId,
      sourceVersion: 1,
      exact: "Japan",
      start: 0,
      end: 5,
      paraphrase: "p",
      authorId: owner.id,
      themes: { create: themeIds.map((id, position) => ({ themeId: id, position })) },
    },
  });
}

export const links = (claimId: string) =>
  db.claimTheme.findMany({ where: { claimId }, select: { themeId: true, position: true }, orderBy: { position: "asc" } });

export const snapshot = (project: Project) =>
  db.theme.findMany({ where: { projectId: project.id }, select: { id: true, name: true, colour: true, description: true, parentId: true }, orderBy: { id: "asc" } });


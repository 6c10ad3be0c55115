import "server-only";
import { requireProjectAccess } from "@/lib/authz/require-project-access";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { findSourceDependents } from "./find-dependents";

/** What depends on a source: its claims, the briefs citing them or it, and (once they exist) judgments. */
export async function listSourceDependents(options: { userId: string; projectId: string; sourceId: string }) {
  await requireProjectAccess({ userId: options.userId, projectId: options.projectId, action: "project.read" });
  if (typeof options.sourceId !== "string" || options.sourceId.length > 64) throw notFound("Source");
  const source = await db.source.findFirst({ where: { id: options.sourceId, projectId: options.projectId }, select: { id: true } });
  if (!source) throw notFound("Source");
  return findSourceDependents(db, { projectId: options.projectId, sourceId: source.id });
}

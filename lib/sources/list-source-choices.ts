import "server-only";
import { requireProjectAccess } from "@/lib/authz/require-project-access";
import { db } from "@/lib/db";

/** Just the ids and titles of the project's sources, for pickers and filters: no counts to compute. */
export async function listSourceChoices(options: { userId: string; projectId: string }) {
  await requireProjectAccess({ ...options, action: "project.read" });
  return db.source.findMany({ where: { projectId: options.projectId }, select: { id: true, title: true }, orderBy: { title: "asc" } });
}

import "server-only";
import { requireProjectAccess } from "@/lib/authz/require-project-access";
import { db } from "@/lib/db";

/** A source's footnotes in order, label and text only, for pickers such as the review form's. */
export async function listCitationChoices(options: { userId: string; projectId: string; sourceId: string }) {
  await requireProjectAccess({ userId: options.userId, projectId: options.projectId, action: "project.read" });
  return db.citation.findMany({
    where: { sourceId: options.sourceId, source: { projectId: options.projectId } },
    select: { id: true, label: true, text: true },
    orderBy: { ordinal: "asc" },
  });
}

import "server-only";
import { requireProjectAccess } from "@/lib/authz/require-project-access";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { CITATION_FIELDS } from "./citation-fields";

/** A source's notes in order, each with its revision for an edit. Another project's source is not found. */
export async function listCitations(options: { userId: string; projectId: string; sourceId: string }) {
  const { userId, projectId, sourceId } = options;
  await requireProjectAccess({ userId, projectId, action: "project.read" });
  const source = await db.source.findFirst({
    where: { id: sourceId, projectId },
    select: { citations: { select: CITATION_FIELDS, orderBy: { ordinal: "asc" } } },
  });
  if (!source) throw notFound("Source");
  return source.citations;
}

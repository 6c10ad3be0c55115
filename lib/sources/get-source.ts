import "server-only";
import { requireProjectAccess } from "@/lib/authz/require-project-access";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { CITATION_FIELDS } from "./citation-fields";
import type { ParsedMarker } from "./parse-document";
import { SOURCE_DETAILS_FIELDS } from "./source-details-fields";

/**
 * A source for the reader: metadata, citations, the list of versions, and the
 * text and footnote markers of the requested version (the current by default).
 */
export async function getSource(options: { userId: string; projectId: string; sourceId: string; version?: number }) {
  const { userId, projectId, sourceId } = options;
  await requireProjectAccess({ userId, projectId, action: "project.read" });
  const source = await db.source.findFirst({
    where: { id: sourceId, projectId },
    select: {
      ...SOURCE_DETAILS_FIELDS,
      version: true,
      referenceOnly: true,
      csl: true,
      createdAt: true,
      updatedAt: true,
      addedBy: { select: { name: true } },
      retractedAt: true,
      retractionNote: true,
      retractedBy: { select: { name: true } },
      citations: { select: CITATION_FIELDS, orderBy: { ordinal: "asc" } },
      versions: {
        select: { version: true, createdAt: true, originalName: true, createdBy: { select: { name: true } } },
        orderBy: { version: "desc" },
      },
      _count: { select: { claims: true } },
    },
  });
  if (!source) throw notFound("Source");
  const wanted = options.version ?? source.version;
  const version = await db.sourceVersion.findUnique({
    where: { sourceId_version: { sourceId, version: wanted } },
    select: { version: true, body: true, backMatter: true, markers: true, originalName: true },
  });
  // A reference-only source has no version until a file is attached: its text is empty.
  if (!version && source.referenceOnly && options.version === undefined) {
    return { ...source, current: true, text: { version: 0, body: "", backMatter: "", markers: [] as ParsedMarker[], originalName: null } };
  }
  if (!version) throw notFound("Version");
  return {
    ...source,
    current: wanted === source.version,
    text: {
      version: version.version,
      body: version.body,
      backMatter: version.backMatter,
      markers: version.markers as ParsedMarker[],
      originalName: version.originalName,
    },
  };
}

export type SourceForReader = Awaited<ReturnType<typeof getSource>>;

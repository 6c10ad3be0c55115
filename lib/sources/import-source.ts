import "server-only";
import { requireProjectAccess } from "@/lib/authz/require-project-access";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { addSourceVersion } from "./add-source-version";
import { contentHash } from "./content-hash";
import { createSource } from "./create-source";
import { prepareImport, type DocumentInput, type PreparedDocument } from "./prepare-import";
import { sourceMetadataSchema } from "./schemas";

/** Raw metadata fields as a form or the API sends them; empty ones are filled from the document. */
export type MetadataFields = Partial<Record<"title" | "authors" | "publisher" | "publishedOn" | "url" | "kind" | "language" | "reliability", unknown>>;

const isBlank = (v: unknown) => v === undefined || v === null || (typeof v === "string" && v.trim() === "") || (Array.isArray(v) && v.length === 0);

/** The analyst's fields over what the document says about itself. */
export function mergeMetadata(fields: MetadataFields, detected: PreparedDocument["detected"]) {
  const merged: Record<string, unknown> = { ...detected, authors: detected.authors };
  for (const [key, value] of Object.entries(fields)) if (!isBlank(value)) merged[key] = value;
  for (const key of Object.keys(merged)) if (merged[key] === null) delete merged[key];
  return parseInput(sourceMetadataSchema, merged);
}

/** Which source of the project already holds this exact text, in any version. */
async function findDuplicate(projectId: string, hash: string) {
  return db.source.findFirst({
    where: { projectId, OR: [{ contentHash: hash }, { versions: { some: { contentHash: hash } } }] },
    select: { id: true, title: true },
  });
}

/** What an import would produce, for the analyst to check and correct before saving. */
export async function previewImport(options: { userId: string; projectId: string; input: DocumentInput }) {
  await requireProjectAccess({ ...options, action: "source.create" });
  const prepared = await prepareImport(options.input);
  const duplicate = await findDuplicate(options.projectId, contentHash(prepared.parsed.body));
  const { parsed } = prepared;
  return {
    detected: prepared.detected,
    origins: prepared.origins,
    series: parsed.series,
    readAs: prepared.readAs,
    headings: parsed.body.split(/\n{2,}/).filter((b) => /^#{1,6}\s/.test(b)).length,
    backMatter: parsed.backMatter,
    problems: parsed.problems,
    words: prepared.parsed.body.split(/\s+/).filter(Boolean).length,
    citations: prepared.parsed.citations.length,
    markers: prepared.parsed.markers.length,
    duplicate,
  };
}

/**
 * Imports a document into a project: a new source, or — when the analyst
 * chooses so — a new version of the source that already has this text.
 * The same text is never silently stored twice.
 */
export async function importSource(options: {
  userId: string;
  projectId: string;
  input: DocumentInput & { metadata: MetadataFields; onDuplicate?: "refuse" | "new-version" };
}) {
  const { userId, projectId, input } = options;
  await requireProjectAccess({ userId, projectId, action: "source.create" });
  const prepared = await prepareImport(input);
  const metadata = mergeMetadata(input.metadata, prepared.detected);

  const duplicate = await findDuplicate(projectId, contentHash(prepared.parsed.body));
  if (duplicate) {
    if (input.onDuplicate !== "new-version") {
      throw new AppError("conflict", `This text is already in the project as “${duplicate.title}”.`, {
        details: { duplicateSourceId: duplicate.id, duplicateTitle: duplicate.title },
      });
    }
    const version = await addSourceVersion({ userId, projectId, sourceId: duplicate.id, prepared, allowSameText: true });
    return { outcome: "version" as const, source: { id: duplicate.id, title: duplicate.title, version: version.version } };
  }

  const source = await createSource({
    userId,
    projectId,
    source: { ...metadata, body: prepared.parsed.body, backMatter: prepared.parsed.backMatter, markers: prepared.parsed.markers, citations: prepared.parsed.citations, original: prepared.original ?? undefined },
  });
  return { outcome: "created" as const, source };
}

import "server-only";
import { requireProjectAccess } from "@/lib/authz/require-project-access";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";

/** The file a version was imported from, as uploaded. */
export async function getOriginalFile(options: { userId: string; projectId: string; sourceId: string; version?: number }) {
  const { userId, projectId, sourceId } = options;
  await requireProjectAccess({ userId, projectId, action: "project.read" });
  const version = await db.sourceVersion.findFirst({
    where: { sourceId, source: { projectId }, ...(options.version ? { version: options.version } : {}) },
    orderBy: { version: "desc" },
    select: { originalName: true, originalType: true, originalFile: true, body: true, version: true, source: { select: { title: true } } },
  });
  if (!version) throw notFound("Source");
  if (version.originalFile && version.originalName) {
    return { name: version.originalName, type: version.originalType ?? "application/octet-stream", bytes: new Uint8Array(version.originalFile) };
  }
  // Pasted sources have no file: their text is the original.
  const name = `${version.source.title.replace(/[^\p{L}\p{N} ._-]+/gu, "").slice(0, 80) || "source"} (v${version.version}).txt`;
  return { name, type: "text/plain; charset=utf-8", bytes: new TextEncoder().encode(version.body) };
}

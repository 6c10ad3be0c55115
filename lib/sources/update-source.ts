import "server-only";
import { recordActivity } from "@/lib/activity/record-activity";
import { requireProjectAccess } from "@/lib/authz/require-project-access";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { sourceMetadataSchema, type SourceMetadataInput } from "./schemas";

const toDate = (day: string | null) => (day ? new Date(`${day}T00:00:00Z`) : null);
const toDay = (date: Date | null) => (date ? date.toISOString().slice(0, 10) : null);

/** Corrects a source's metadata; the audit trail keeps what changed. */
export async function updateSource(options: { userId: string; projectId: string; sourceId: string; input: Record<string, unknown> | SourceMetadataInput }) {
  const metadata = parseInput(sourceMetadataSchema, options.input);
  const { userId, projectId, sourceId } = options;
  return db.$transaction(async (tx) => {
    await requireProjectAccess({ userId, projectId, action: "source.update", tx });
    const before = await tx.source.findFirst({
      where: { id: sourceId, projectId },
      select: { title: true, authors: true, publisher: true, publishedOn: true, url: true, kind: true, language: true, reliability: true },
    });
    if (!before) throw notFound("Source");
    await tx.source.update({ where: { id: sourceId }, data: { ...metadata, publishedOn: toDate(metadata.publishedOn) } });
    const previous = { ...before, publishedOn: toDay(before.publishedOn) };
    const changed = (Object.keys(metadata) as (keyof typeof metadata)[]).filter(
      (key) => JSON.stringify(previous[key]) !== JSON.stringify(metadata[key]),
    );
    if (changed.length) {
      await recordActivity(tx, {
        projectId,
        actorId: userId,
        action: "source.update",
        objectType: "Source",
        objectId: sourceId,
        before: Object.fromEntries(changed.map((k) => [k, previous[k]])),
        after: Object.fromEntries(changed.map((k) => [k, metadata[k]])),
      });
    }
    return { id: sourceId, changed };
  });
}

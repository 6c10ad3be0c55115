import "server-only";
import { recordActivity } from "@/lib/activity/record-activity";
import { requireProjectAccess } from "@/lib/authz/require-project-access";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { checkRevision } from "@/lib/revisions/check-revision";
import { lockRow } from "@/lib/revisions/lock-row";
import { mergeSent, parseInput, type Input } from "@/lib/validation";
import { checkMarking } from "@/lib/markings/instance-markings";
import { sourceUpdateSchema } from "./schemas";

const toDate = (day: string | null) => (day ? new Date(`${day}T00:00:00Z`) : null);
const toDay = (date: Date | null) => (date ? date.toISOString().slice(0, 10) : null);

/**
 * Corrects a source's metadata or its handling marking: the fields sent change, the others keep their
 * values, read under the row's lock so that concurrent corrections of
 * different fields both persist. An edit based on an older revision is
 * refused. The audit trail keeps what changed.
 */
export async function updateSource(options: {
  userId: string;
  projectId: string;
  sourceId: string;
  input: Input<typeof sourceUpdateSchema> | Partial<Input<typeof sourceUpdateSchema>>;
  expectedRevision?: number;
}) {
  const { userId, projectId, sourceId } = options;
  return db.$transaction(async (tx) => {
    await requireProjectAccess({ userId, projectId, action: "source.update", tx });
    if (!(await lockRow(tx, "Source", { id: sourceId, projectId }))) throw notFound("Source");
    const before = await tx.source.findUniqueOrThrow({
      where: { id: sourceId },
      select: { title: true, authors: true, publisher: true, publishedOn: true, url: true, kind: true, language: true, reliability: true, marking: true, revision: true },
    });
    await checkRevision(tx, { objectType: "Source", objectId: sourceId, label: "This source's details", current: before.revision, expected: options.expectedRevision });
    const { revision, ...fields } = before;
    const previous = { ...fields, publishedOn: toDay(fields.publishedOn) };
    const current = { ...previous, publisher: previous.publisher ?? "", publishedOn: previous.publishedOn ?? "", url: previous.url ?? "", language: previous.language ?? "" };
    const parsed = parseInput(sourceUpdateSchema, mergeSent(current, options.input));
    // A marking kept as it was stays valid even if the instance's list no longer holds it.
    const metadata = { ...parsed, marking: parsed.marking === previous.marking ? previous.marking : checkMarking(parsed.marking) };
    const changed = (Object.keys(metadata) as (keyof typeof metadata)[]).filter(
      (key) => JSON.stringify(previous[key]) !== JSON.stringify(metadata[key]),
    );
    if (changed.length === 0) return { id: sourceId, changed, revision };
    const updated = await tx.source.update({
      where: { id: sourceId },
      data: { ...metadata, publishedOn: toDate(metadata.publishedOn), revision: { increment: 1 } },
      select: { revision: true },
    });
    await recordActivity(tx, {
      projectId,
      actorId: userId,
      action: "source.update",
      objectType: "Source",
      objectId: sourceId,
      before: Object.fromEntries(changed.map((k) => [k, previous[k]])),
      after: Object.fromEntries(changed.map((k) => [k, metadata[k]])),
    });
    return { id: sourceId, changed, revision: updated.revision };
  });
}

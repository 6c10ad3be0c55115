import "server-only";
import { recordActivity } from "@/lib/activity/record-activity";
import { requireProjectAccess } from "@/lib/authz/require-project-access";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { checkRevision } from "@/lib/revisions/check-revision";
import { lockRow } from "@/lib/revisions/lock-row";
import { mergeSent, parseInput, type Input } from "@/lib/validation";
import { checkMarking } from "@/lib/markings/instance-markings";
import { downgradedMessage, retractedMessage } from "@/lib/impact/messages";
import { recordSourceImpact } from "@/lib/impact/record-impact";
import { isDowngrade } from "@/lib/impact/reliability-order";
import type { Tx } from "@/lib/db";
import type { z } from "zod";
import { sourceRetractionSchema, sourceUpdateSchema } from "./schemas";

const toDate = (day: string | null) => (day ? new Date(`${day}T00:00:00Z`) : null);
const toDay = (date: Date | null) => (date ? date.toISOString().slice(0, 10) : null);

type Retraction = z.output<typeof sourceRetractionSchema>;

/**
 * Marks the source retracted (or reinstates it) and records it. A first
 * retraction warns everything resting on the source; a new note on a source
 * already retracted only replaces the note.
 */
async function applyRetraction(
  tx: Tx,
  options: { userId: string; projectId: string; sourceId: string; retraction: Retraction; title: string; before: { retractedAt: Date | null; retractionNote: string } },
): Promise<boolean> {
  const { userId, projectId, sourceId, retraction, before } = options;
  if (retraction.retracted === undefined) return false;
  if (retraction.retracted) {
    const note = retraction.retractionNote!;
    if (before.retractedAt && before.retractionNote === note) return false;
    await tx.source.update({ where: { id: sourceId }, data: { retractedAt: before.retractedAt ?? new Date(), retractionNote: note, retractedById: userId } });
    await recordActivity(tx, { projectId, actorId: userId, action: "source.retract", objectType: "Source", objectId: sourceId, before: { retractionNote: before.retractionNote }, after: { title: options.title, retractionNote: note } });
    if (!before.retractedAt) await recordSourceImpact(tx, { projectId, actorId: userId, sourceId, code: "SOURCE_RETRACTED", message: retractedMessage({ title: options.title }, note) });
    return true;
  }
  if (!before.retractedAt) return false;
  await tx.source.update({ where: { id: sourceId }, data: { retractedAt: null, retractionNote: "", retractedById: null } });
  await recordActivity(tx, { projectId, actorId: userId, action: "source.reinstate", objectType: "Source", objectId: sourceId, before: { retractionNote: before.retractionNote }, after: { title: options.title } });
  return true;
}

/**
 * Corrects a source's metadata or its handling marking: the fields sent change, the others keep their
 * values, read under the row's lock so that concurrent corrections of
 * different fields both persist. An edit based on an older revision is
 * refused. The audit trail keeps what changed. `retracted` (with
 * `retractionNote`) marks it retracted or reinstates it; a retraction or a
 * lower reliability grade warns the claims and briefs resting on the source.
 */
export async function updateSource(options: {
  userId: string;
  projectId: string;
  sourceId: string;
  input: (Input<typeof sourceUpdateSchema> | Partial<Input<typeof sourceUpdateSchema>>) & Partial<Retraction>;
  expectedRevision?: number;
}) {
  const { userId, projectId, sourceId } = options;
  const { retracted, retractionNote, ...details } = options.input;
  const retraction = parseInput(sourceRetractionSchema, { retracted, retractionNote });
  return db.$transaction(async (tx) => {
    await requireProjectAccess({ userId, projectId, action: "source.update", tx });
    if (!(await lockRow(tx, "Source", { id: sourceId, projectId }))) throw notFound("Source");
    const before = await tx.source.findUniqueOrThrow({
      where: { id: sourceId },
      select: { title: true, authors: true, publisher: true, publishedOn: true, url: true, kind: true, language: true, reliability: true, marking: true, revision: true, retractedAt: true, retractionNote: true },
    });
    await checkRevision(tx, { objectType: "Source", objectId: sourceId, label: "This source's details", current: before.revision, expected: options.expectedRevision });
    const { revision, retractedAt, retractionNote: note, ...fields } = before;
    const previous = { ...fields, publishedOn: toDay(fields.publishedOn) };
    const current = { ...previous, publisher: previous.publisher ?? "", publishedOn: previous.publishedOn ?? "", url: previous.url ?? "", language: previous.language ?? "" };
    const parsed = parseInput(sourceUpdateSchema, mergeSent(current, details));
    // A marking kept as it was stays valid even if the instance's list no longer holds it.
    const metadata = { ...parsed, marking: parsed.marking === previous.marking ? previous.marking : checkMarking(parsed.marking) };
    const changed = (Object.keys(metadata) as (keyof typeof metadata)[]).filter(
      (key) => JSON.stringify(previous[key]) !== JSON.stringify(metadata[key]),
    );
    const retractionChanged = await applyRetraction(tx, { userId, projectId, sourceId, retraction, title: metadata.title, before: { retractedAt, retractionNote: note } });
    if (changed.length === 0 && !retractionChanged) return { id: sourceId, changed, revision };
    const updated = await tx.source.update({
      where: { id: sourceId },
      data: { ...metadata, publishedOn: toDate(metadata.publishedOn), revision: { increment: 1 } },
      select: { revision: true },
    });
    if (changed.length === 0) return { id: sourceId, changed: ["retracted"], revision: updated.revision };
    if (isDowngrade(previous.reliability, metadata.reliability)) {
      const message = downgradedMessage({ title: metadata.title }, previous.reliability!, metadata.reliability!);
      await recordSourceImpact(tx, { projectId, actorId: userId, sourceId, code: "SOURCE_DOWNGRADED", message });
    }
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

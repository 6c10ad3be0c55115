import "server-only";
import { recordActivity } from "@/lib/activity/record-activity";
import { requireProjectAccess } from "@/lib/authz/require-project-access";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { checkRevision } from "@/lib/revisions/check-revision";
import { lockRow } from "@/lib/revisions/lock-row";
import { parseInput, type Input } from "@/lib/validation";
import { CITATION_FIELDS } from "./citation-fields";
import { parseCitation } from "./parse/parse-citation";
import { updateCitationSchema } from "./schemas";

const EDITABLE = ["text", "title", "authors", "publisher", "issued", "url"] as const;

/**
 * Corrects one of a source's notes, as Zotero lets one fix an item: its text
 * and what was read from it (title, authors, publisher, date, URL). A new
 * text is read again for the fields not sent; the fields sent win. The note's
 * label and place never change. The row is read and written under its lock,
 * an edit based on an older revision is refused, and the trail keeps the
 * fields that changed.
 */
export async function updateCitation(options: {
  userId: string;
  projectId: string;
  sourceId: string;
  citationId: string;
  input: Input<typeof updateCitationSchema>;
  expectedRevision?: number;
}) {
  const input = parseInput(updateCitationSchema, options.input);
  const { userId, projectId, sourceId, citationId } = options;
  return db.$transaction(async (tx) => {
    await requireProjectAccess({ userId, projectId, action: "source.update", tx });
    if (!(await lockRow(tx, "Citation", { id: citationId, projectId }))) throw notFound("Note");
    const note = await tx.citation.findFirst({ where: { id: citationId, sourceId }, select: { ...CITATION_FIELDS, source: { select: { title: true } } } });
    if (!note) throw notFound("Note");
    const { source, ...before } = note;
    await checkRevision(tx, { objectType: "Citation", objectId: citationId, label: `Note ${before.label}`, current: before.revision, expected: options.expectedRevision });

    const text = input.text ?? before.text;
    // What the fields not sent become: read again from a new text, else as they were.
    const read = text === before.text ? before : parseCitation(before.label, before.ordinal, text);
    const after = {
      text,
      title: input.title === undefined ? read.title : input.title,
      authors: input.authors ?? read.authors,
      publisher: input.publisher === undefined ? read.publisher : input.publisher,
      issued: input.issued === undefined ? read.issued : input.issued,
      url: input.url === undefined ? read.url : input.url,
    };
    const changed = EDITABLE.filter((key) => JSON.stringify(before[key]) !== JSON.stringify(after[key]));
    if (changed.length === 0) return before;

    const updated = await tx.citation.update({
      where: { id: citationId },
      data: { ...after, revision: { increment: 1 } },
      select: CITATION_FIELDS,
    });
    await recordActivity(tx, {
      projectId,
      actorId: userId,
      action: "citation.update",
      objectType: "Citation",
      objectId: citationId,
      before: Object.fromEntries(changed.map((key) => [key, before[key]])),
      // The note's label and its source's title name it in the trail; they are not changes.
      after: { ...Object.fromEntries(changed.map((key) => [key, after[key]])), label: before.label, sourceTitle: source.title },
    });
    return updated;
  });
}

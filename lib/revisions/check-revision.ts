import "server-only";
import type { ActivityAction } from "@/lib/activity/events";
import type { Tx } from "@/lib/db";
import { AppError, type ErrorDetails } from "@/lib/errors";

/** What people edit, and the activity actions that give it a new revision. */
const REVISING_ACTIONS = {
  Claim: ["claim.create", "claim.update"],
  Source: ["source.create", "source.update"],
  Citation: ["citation.update"],
  Theme: ["theme.create", "theme.update"],
  Project: ["project.create", "project.update"],
  Membership: ["member.add", "member.join", "member.role_change"],
  Comment: ["comment.create", "comment.update"],
} as const satisfies Record<string, readonly ActivityAction[]>;

export type RevisedObject = keyof typeof REVISING_ACTIONS;

/** A field whose value differs between the revision a person read and the current one, as words to show. */
export type FieldChange = { field: string; label: string; before: string; after: string };

export type ConflictDetails = {
  currentRevision: number;
  changedBy: { id: string; name: string } | null;
  changedAt: string | null;
  changes?: FieldChange[];
};

const asWords = (value: unknown): string =>
  value === null || value === undefined || value === "" ? "(none)" : Array.isArray(value) ? value.map(asWords).join(", ") : String(value);

const LABELS: Record<string, string> = { publishedOn: "Published", parentId: "Parent theme", parentName: "Parent theme", url: "Web address", issued: "Date" };
const labelOf = (field: string) => LABELS[field] ?? field.charAt(0).toUpperCase() + field.slice(1).replace(/([A-Z])/g, " $1").toLowerCase();

/** The fields the trail's edits (newest first) changed: each field's value before the oldest and after the newest. */
function changesOf(edits: { before: unknown; after: unknown }[]): FieldChange[] {
  const record = (value: unknown): Record<string, unknown> => (value && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : {});
  const changes = new Map<string, FieldChange>();
  for (const edit of edits) {
    const before = record(edit.before);
    const after = record(edit.after);
    for (const field of Object.keys(before)) {
      if (field === "parentId" && "parentName" in after) continue;
      const known = changes.get(field);
      if (known) known.before = asWords(before[field]);
      else if (field in after) changes.set(field, { field, label: labelOf(field), before: asWords(before[field]), after: asWords(after[field]) });
    }
  }
  return [...changes.values()].filter((c) => c.before !== c.after);
}

/**
 * Refuses a change based on an older revision than the row's (locked by the
 * caller, so that nothing moves between this check and the write). The 409
 * says who made the newer revision and when, read from the activity trail, so
 * that the person can look before applying their change on top.
 */
export async function checkRevision(
  tx: Tx,
  options: {
    objectType: RevisedObject;
    /** The id the activity trail records the object under. */
    objectId: string;
    /** "This claim", "The theme “ODA”"… */
    label: string;
    current: number;
    expected: number | undefined;
    changes?: () => Promise<FieldChange[]>;
  },
): Promise<void> {
  if (options.expected === undefined || options.expected === options.current) return;
  // Each revision after the first is one row of the trail: the newest ones are the edits made since.
  const since = Math.max(0, options.current - options.expected);
  const edits = await tx.activity.findMany({
    where: { objectType: options.objectType, objectId: options.objectId, action: { in: [...REVISING_ACTIONS[options.objectType]] } },
    orderBy: { createdAt: "desc" },
    take: Math.max(1, Math.min(since, 50)),
    select: { createdAt: true, before: true, after: true, actor: { select: { id: true, name: true } } },
  });
  const last = edits[0];
  const details: ConflictDetails = {
    currentRevision: options.current,
    changedBy: last?.actor ?? null,
    changedAt: last?.createdAt.toISOString() ?? null,
    changes: options.changes ? await options.changes() : since > 0 ? changesOf(edits) : [],
  };
  const message =
    options.expected > options.current
      ? `${options.label} has no revision ${options.expected}; it is at revision ${options.current}.`
      : `${options.label} changed since you opened it: ${details.changedBy ? `${details.changedBy.name} saved` : "it is at"} revision ${options.current} (you had ${options.expected}).`;
  throw new AppError("conflict", message, { details: details as ErrorDetails });
}

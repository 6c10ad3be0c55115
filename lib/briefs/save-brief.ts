import "server-only";
import { recordActivity } from "@/lib/activity/record-activity";
import { requireProjectAccess } from "@/lib/authz/require-project-access";
import { db, type Tx } from "@/lib/db";
import { AppError, notFound } from "@/lib/errors";
import { formatDateTime } from "@/lib/format";
import { publishEvent } from "@/lib/live/publish-event";
import { checkMarking } from "@/lib/markings/instance-markings";
import { parseInput, type Input } from "@/lib/validation";
import { lockBrief } from "./require-brief";
import { briefLayoutSchema, saveBriefSchema } from "./schemas";
import { statusAfterEdit } from "./transitions";

/**
 * Autosaves by one author within this window of the version they started
 * fold into that version, so history shows one version per sitting rather
 * than one per pause in typing. The brief's version number still moves on
 * every save: it is what the next save must be based on.
 */
export const COALESCE_WINDOW_MS = 2 * 60_000;

export type SaveResult = { version: number; status: "DRAFT" | "IN_REVIEW" | "APPROVED"; savedAt: Date; changed: boolean };

/**
 * Saves a brief's text (body, title, summary, audience) with optimistic
 * concurrency: the save names the version it was based on, and a save based
 * on an older version is refused with who changed it and when — never a
 * silent overwrite. The brief row is locked, so two saves on the same base
 * run in turn and the second is refused. Any change returns an approved or
 * in-review brief to draft. A save that changes nothing writes nothing.
 * The handling marking and the note placement are set the same way (based on
 * the version read) but are not text: changed alone, they keep the version
 * and the status, as a status change does, and are recorded in the activity
 * trail.
 */
export async function saveBrief(options: { userId: string; projectId: string; briefId: string; input: Input<typeof saveBriefSchema> }): Promise<SaveResult> {
  const input = parseInput(saveBriefSchema, options.input);
  const { userId, projectId, briefId } = options;
  return db.$transaction(async (tx) => {
    await requireProjectAccess({ userId, projectId, action: "brief.edit", tx });
    if (!(await lockBrief(tx, { projectId, briefId }))) throw notFound("Brief");
    const brief = await tx.brief.findUniqueOrThrow({ where: { id: briefId } });
    if (input.baseVersion !== brief.version) throw await staleSave(tx, briefId, brief.version);

    const next = {
      title: input.title ?? brief.title,
      summary: input.summary ?? brief.summary,
      audience: input.audience ?? brief.audience,
      body: input.body ?? brief.body,
    };
    const changed = (Object.keys(next) as (keyof typeof next)[]).filter((key) => next[key] !== brief[key]);
    // How the brief is handled and laid out (its marking, where its notes print) is not what it says: changed alone, it keeps the version and the status.
    const marking = input.marking === undefined || input.marking === brief.marking ? brief.marking : checkMarking(input.marking);
    const notePlacement = input.notePlacement ?? brief.notePlacement;
    const layout = layoutChange(brief, { marking, notePlacement });
    if (changed.length === 0 && !layout) return { version: brief.version, status: brief.status, savedAt: brief.updatedAt, changed: false };
    if (changed.length === 0) return saveLayout(tx, { userId, projectId, brief, marking, notePlacement, change: layout! });

    const version = brief.version + 1;
    const status = statusAfterEdit();
    const now = new Date();
    const latest = await tx.briefVersion.findFirst({ where: { briefId }, orderBy: { version: "desc" } });
    // An approved or in-review version stays as it was: it is the record of what was reviewed.
    const coalesce =
      latest !== null && latest.kind === "SAVE" && latest.authorId === userId && brief.status === "DRAFT" && now.getTime() - latest.createdAt.getTime() < COALESCE_WINDOW_MS;
    if (coalesce) {
      await tx.briefVersion.update({ where: { id: latest.id }, data: { version, title: next.title, body: next.body, updatedAt: now } });
    } else {
      await tx.briefVersion.create({ data: { briefId, version, title: next.title, body: next.body, authorId: userId, kind: "SAVE", createdAt: now, updatedAt: now } });
    }
    const saved = await tx.brief.update({
      where: { id: briefId },
      data: { ...next, marking, notePlacement, version, status, ...(brief.status !== status ? { approvedById: null, approvedAt: null } : {}) },
      select: { updatedAt: true },
    });

    if (coalesce && !layout) {
      // Still announced, so that a teammate's open editor learns of the change at once.
      await publishEvent(tx, { scope: "project", projectId, action: "brief.update", objectType: "Brief", objectId: briefId, actorId: userId });
    } else {
      await recordActivity(tx, {
        projectId,
        actorId: userId,
        action: "brief.update",
        objectType: "Brief",
        objectId: briefId,
        before: { title: brief.title, version: brief.version, status: brief.status, ...layout?.before },
        after: { title: next.title, version, status, fields: [...changed, ...(layout?.fields ?? [])], ...layout?.after },
      });
    }
    return { version, status, savedAt: saved.updatedAt, changed: true };
  });
}

/**
 * Sets how a brief is handled and laid out (its marking, where its notes print) from the brief page's
 * own controls. Neither is text, so no base version is asked for: the editor may have autosaved since
 * the page loaded, and that must not refuse a marking. The row is locked as for a save; changed, they
 * keep the version and the status, and are recorded in the activity trail.
 */
export async function setBriefLayout(options: { userId: string; projectId: string; briefId: string; input: Input<typeof briefLayoutSchema> }): Promise<SaveResult> {
  const input = parseInput(briefLayoutSchema, options.input);
  const { userId, projectId, briefId } = options;
  return db.$transaction(async (tx) => {
    await requireProjectAccess({ userId, projectId, action: "brief.edit", tx });
    if (!(await lockBrief(tx, { projectId, briefId }))) throw notFound("Brief");
    const brief = await tx.brief.findUniqueOrThrow({ where: { id: briefId } });
    const marking = input.marking === undefined || input.marking === brief.marking ? brief.marking : checkMarking(input.marking);
    const notePlacement = input.notePlacement ?? brief.notePlacement;
    const change = layoutChange(brief, { marking, notePlacement });
    if (!change) return { version: brief.version, status: brief.status, savedAt: brief.updatedAt, changed: false };
    return saveLayout(tx, { userId, projectId, brief, marking, notePlacement, change });
  });
}

type Layout = { marking: string | null; notePlacement: "FOOTNOTES" | "ENDNOTES" };
type LayoutChange = { fields: (keyof Layout)[]; before: Partial<Layout>; after: Partial<Layout> };

/** Which of the marking and the note placement a save changes, as the activity trail records it; null: neither. */
function layoutChange(brief: Layout, next: Layout): LayoutChange | null {
  const fields = (["marking", "notePlacement"] as const).filter((key) => next[key] !== brief[key]);
  if (fields.length === 0) return null;
  return { fields, before: Object.fromEntries(fields.map((key) => [key, brief[key]])), after: Object.fromEntries(fields.map((key) => [key, next[key]])) };
}

/** A change of the marking or the note placement alone: the text, version and status stay. */
async function saveLayout(
  tx: Tx,
  options: { userId: string; projectId: string; brief: { id: string; title: string; version: number; status: SaveResult["status"] }; change: LayoutChange } & Layout,
): Promise<SaveResult> {
  const { brief, change } = options;
  const saved = await tx.brief.update({ where: { id: brief.id }, data: { marking: options.marking, notePlacement: options.notePlacement }, select: { updatedAt: true } });
  await recordActivity(tx, {
    projectId: options.projectId,
    actorId: options.userId,
    action: "brief.update",
    objectType: "Brief",
    objectId: brief.id,
    before: { title: brief.title, version: brief.version, status: brief.status, ...change.before },
    after: { title: brief.title, version: brief.version, status: brief.status, fields: change.fields, ...change.after },
  });
  return { version: brief.version, status: brief.status, savedAt: saved.updatedAt, changed: true };
}

/** The refusal of a stale save: who saved the version it missed, and when. */
async function staleSave(tx: Tx, briefId: string, currentVersion: number): Promise<AppError> {
  const latest = await tx.briefVersion.findFirst({
    where: { briefId },
    orderBy: { version: "desc" },
    select: { updatedAt: true, author: { select: { name: true } } },
  });
  const by = latest?.author.name ?? "someone else";
  const at = latest ? formatDateTime(latest.updatedAt) : "";
  return new AppError("conflict", `Changed by ${by}${at ? ` at ${at}` : ""}. Your changes were not saved: compare the two versions and merge them.`, {
    details: { currentVersion: String(currentVersion), changedBy: by, changedAt: latest?.updatedAt.toISOString() ?? "" },
  });
}

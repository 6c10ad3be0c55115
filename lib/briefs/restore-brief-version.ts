import "server-only";
import { recordActivity } from "@/lib/activity/record-activity";
import { requireProjectAccess } from "@/lib/authz/require-project-access";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { lockBrief } from "./require-brief";
import { statusAfterEdit } from "./transitions";

/**
 * Brings back an earlier version's title and body as a new version; history
 * keeps everything in between. Like any edit, it returns the brief to draft.
 */
export async function restoreBriefVersion(options: { userId: string; projectId: string; briefId: string; version: number }) {
  const { userId, projectId, briefId } = options;
  return db.$transaction(async (tx) => {
    await requireProjectAccess({ userId, projectId, action: "brief.edit", tx });
    if (!(await lockBrief(tx, { projectId, briefId }))) throw notFound("Brief");
    const brief = await tx.brief.findUniqueOrThrow({ where: { id: briefId } });
    const old = Number.isInteger(options.version)
      ? await tx.briefVersion.findUnique({ where: { briefId_version: { briefId, version: options.version } } })
      : null;
    if (!old) throw notFound("That version");
    const version = brief.version + 1;
    const status = statusAfterEdit();
    await tx.briefVersion.create({ data: { briefId, version, title: old.title, body: old.body, authorId: userId, kind: "RESTORE" } });
    await tx.brief.update({ where: { id: briefId }, data: { title: old.title, body: old.body, version, status, approvedById: null, approvedAt: null } });
    await recordActivity(tx, {
      projectId,
      actorId: userId,
      action: "brief.restore",
      objectType: "Brief",
      objectId: briefId,
      before: { title: brief.title, version: brief.version, status: brief.status },
      after: { title: old.title, version, restoredFrom: old.version, status },
    });
    return { version, status };
  });
}

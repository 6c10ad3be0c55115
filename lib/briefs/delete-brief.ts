import "server-only";
import { recordActivity } from "@/lib/activity/record-activity";
import { can } from "@/lib/authz/permissions";
import { db } from "@/lib/db";
import { forbidden } from "@/lib/errors";
import { requireBrief } from "./require-brief";

/** Deletes a brief with its versions and comments: its author (with editing rights) or an owner. */
export async function deleteBrief(options: { userId: string; projectId: string; briefId: string }) {
  return db.$transaction(async (tx) => {
    const { brief, access } = await requireBrief(tx, { ...options, action: "project.read" });
    const own = brief.authorId === options.userId && can(access.role, "brief.edit");
    if (!own && !can(access.role, "brief.delete_any")) throw forbidden("Only the brief's author or a project owner can delete it.");
    await tx.brief.delete({ where: { id: brief.id } });
    await recordActivity(tx, {
      projectId: options.projectId,
      actorId: options.userId,
      action: "brief.delete",
      objectType: "Brief",
      objectId: brief.id,
      before: { title: brief.title, status: brief.status, version: brief.version },
    });
  });
}

import "server-only";
import { recordActivity } from "@/lib/activity/record-activity";
import { requireProjectAccess } from "@/lib/authz/require-project-access";
import { db } from "@/lib/db";
import { conflict, notFound } from "@/lib/errors";
import { lockBrief } from "./require-brief";
import { briefRefusal, nextBriefStatus } from "./transitions";

/** Sends a draft brief for review (any member who may edit briefs). */
export async function submitBrief(options: { userId: string; projectId: string; briefId: string }) {
  const { userId, projectId, briefId } = options;
  return db.$transaction(async (tx) => {
    await requireProjectAccess({ userId, projectId, action: "brief.edit", tx });
    if (!(await lockBrief(tx, { projectId, briefId }))) throw notFound("Brief");
    const brief = await tx.brief.findUniqueOrThrow({ where: { id: briefId }, select: { status: true, title: true, version: true } });
    const status = nextBriefStatus(brief.status, "submit");
    if (!status) throw conflict(briefRefusal(brief.status, "submit"));
    await tx.brief.update({ where: { id: briefId }, data: { status } });
    await recordActivity(tx, {
      projectId,
      actorId: userId,
      action: "brief.submit",
      objectType: "Brief",
      objectId: briefId,
      before: { status: brief.status },
      after: { status, title: brief.title, version: brief.version },
    });
    return { status, version: brief.version };
  });
}

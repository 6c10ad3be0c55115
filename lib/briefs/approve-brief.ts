import "server-only";
import { recordActivity } from "@/lib/activity/record-activity";
import { requireProjectAccess } from "@/lib/authz/require-project-access";
import { db } from "@/lib/db";
import { conflict, forbidden, notFound } from "@/lib/errors";
import { notify } from "@/lib/notifications/notify";
import { briefWarnings } from "./brief-warnings";
import { loadBriefClaims } from "./load-brief-claims";
import { lockBrief } from "./require-brief";
import { briefRefusal, nextBriefStatus } from "./transitions";

/**
 * Approves a brief in review. Four eyes: neither its author nor whoever wrote
 * the version under review may approve it. A brief whose claim references do
 * not all resolve cannot be approved, nor one with impact warnings nobody
 * acknowledged (something it rests on changed). The author is notified.
 */
export async function approveBrief(options: { userId: string; projectId: string; briefId: string }) {
  const { userId, projectId, briefId } = options;
  return db.$transaction(async (tx) => {
    await requireProjectAccess({ userId, projectId, action: "brief.approve", tx });
    if (!(await lockBrief(tx, { projectId, briefId }))) throw notFound("Brief");
    const brief = await tx.brief.findUniqueOrThrow({ where: { id: briefId } });
    if (brief.authorId === userId) throw forbidden("You wrote this brief, so another member must approve it.");
    const latest = await tx.briefVersion.findFirst({ where: { briefId }, orderBy: { version: "desc" }, select: { authorId: true } });
    if (latest?.authorId === userId) throw forbidden("You wrote the version under review, so another member must approve it.");
    const status = nextBriefStatus(brief.status, "approve");
    if (!status) throw conflict(briefRefusal(brief.status, "approve"));

    const claims = await loadBriefClaims(tx, { projectId, body: brief.body });
    const missing = briefWarnings(brief.body, claims).filter((w) => w.blocking);
    if (missing.length > 0) {
      const n = missing.length;
      throw conflict(`${n} claim reference${n === 1 ? " does" : "s do"} not resolve (deleted, or not of this project). Remove or replace ${n === 1 ? "it" : "them"} before approving.`);
    }

    const open = await tx.impactWarning.count({ where: { projectId, briefId, acknowledgedAt: null } });
    if (open > 0) {
      throw conflict(
        `${open} change${open === 1 ? "" : "s"} to what this brief rests on ${open === 1 ? "is" : "are"} not acknowledged yet. Acknowledge ${open === 1 ? "it" : "them"} on the brief's page before approving.`,
      );
    }

    const approvedAt = new Date();
    await tx.brief.update({ where: { id: briefId }, data: { status, approvedById: userId, approvedAt } });
    await recordActivity(tx, {
      projectId,
      actorId: userId,
      action: "brief.approve",
      objectType: "Brief",
      objectId: briefId,
      before: { status: brief.status },
      after: { status, title: brief.title, version: brief.version },
    });
    await notify(tx, { recipientIds: [brief.authorId], projectId, actorId: userId, type: "brief.approved", objectType: "Brief", objectId: briefId });
    return { status, approvedAt, version: brief.version };
  });
}

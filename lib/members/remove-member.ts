import "server-only";
import { checkRevision } from "@/lib/revisions/check-revision";
import { recordActivity } from "@/lib/activity/record-activity";
import { requireProjectAccess } from "@/lib/authz/require-project-access";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { assertAnotherOwnerRemains } from "./owner-guard";

/** Removes a member (an owner's action), or lets a member leave on their own. */
export async function removeMember(options: { userId: string; projectId: string; memberId: string; expectedRevision?: number }) {
  const { userId, projectId, memberId } = options;
  return db.$transaction(async (tx) => {
    const leaving = memberId === userId;
    await requireProjectAccess({ userId, projectId, action: leaving ? "project.read" : "member.manage", tx });
    const membership = await tx.membership.findUnique({ where: { projectId_userId: { projectId, userId: memberId } } });
    if (!membership) throw notFound("Member");
    await checkRevision(tx, { objectType: "Membership", objectId: memberId, label: "This member's role", current: membership.revision, expected: options.expectedRevision });
    if (membership.role === "OWNER") await assertAnotherOwnerRemains(tx, projectId, memberId);
    await tx.membership.delete({ where: { id: membership.id } });
    await tx.claim.updateMany({ where: { projectId, assigneeId: memberId }, data: { assigneeId: null } });
    await recordActivity(tx, {
      projectId,
      actorId: userId,
      action: leaving ? "member.leave" : "member.remove",
      objectType: "Membership",
      objectId: memberId,
      before: { role: membership.role },
    });
  });
}

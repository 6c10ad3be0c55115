import "server-only";
import { recordActivity } from "@/lib/activity/record-activity";
import { requireProjectAccess } from "@/lib/authz/require-project-access";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";

/** Revokes an invitation that has not been answered: its link stops working at once. */
export async function cancelInvitation(options: { userId: string; projectId: string; invitationId: string }) {
  const { userId, projectId, invitationId } = options;
  return db.$transaction(async (tx) => {
    await requireProjectAccess({ userId, projectId, action: "member.manage", tx });
    const invitation = await tx.invitation.findFirst({
      where: { id: invitationId, projectId, acceptedAt: null, declinedAt: null, revokedAt: null },
      select: { id: true, email: true, role: true },
    });
    if (!invitation) throw notFound("Invitation");
    await tx.invitation.update({ where: { id: invitation.id }, data: { revokedAt: new Date() } });
    await recordActivity(tx, {
      projectId,
      actorId: userId,
      action: "member.invite_cancel",
      objectType: "Invitation",
      objectId: invitation.id,
      before: { email: invitation.email, role: invitation.role },
    });
  });
}

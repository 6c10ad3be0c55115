import "server-only";
import { db } from "@/lib/db";
import { pendingInvitation } from "./invitation-link";

/**
 * The pending invitations addressed to my account, for my inbox: only those
 * made when the address was already mine. An account made later with an
 * invited address sees nothing here; it needs the link.
 */
export async function listMyInvitations(options: { userId: string }) {
  return db.invitation.findMany({
    where: { inviteeId: options.userId, ...pendingInvitation() },
    select: {
      id: true,
      role: true,
      expiresAt: true,
      createdAt: true,
      project: { select: { id: true, name: true } },
      invitedBy: { select: { name: true } },
    },
    orderBy: { createdAt: "desc" },
    take: 100,
  });
}

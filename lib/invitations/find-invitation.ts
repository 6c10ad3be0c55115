import "server-only";
import { db } from "@/lib/db";
import { looksLikeLinkToken, hashToken } from "@/lib/security/link-token";
import { pendingInvitation } from "./invitation-link";

/**
 * What an invitation link offers, for the page it opens: the project, the
 * role and who sent it. Null for a token that is unknown, used, declined,
 * revoked or expired: all of these look the same from outside.
 */
export async function findInvitation(token: unknown) {
  if (!looksLikeLinkToken(token)) return null;
  return db.invitation.findFirst({
    where: { tokenHash: hashToken(token), ...pendingInvitation() },
    select: {
      id: true,
      email: true,
      role: true,
      expiresAt: true,
      project: { select: { id: true, name: true } },
      invitedBy: { select: { name: true } },
      standIn: { select: { name: true } },
    },
  });
}

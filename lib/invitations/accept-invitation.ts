import "server-only";
import { recordActivity } from "@/lib/activity/record-activity";
import { can } from "@/lib/authz/permissions";
import { db, type Tx } from "@/lib/db";
import { AppError, conflict, isUniqueViolation, notFound } from "@/lib/errors";
import { mailEnabled } from "@/lib/mail/send-mail";
import type { Prisma } from "@/lib/generated/prisma/client";
import { routeReviews, unroutedClaimIds } from "@/lib/reviews/route-review";
import { hashToken, looksLikeLinkToken } from "@/lib/security/link-token";
import { pendingInvitation } from "./invitation-link";
import { takeOverStandIn } from "./take-over-stand-in";

/**
 * Which invitation is being answered: the one a link's token names (whoever
 * holds the link may accept it), or one in my inbox, which only the account
 * it was addressed to can see.
 */
export type InvitationRef = { token: unknown } | { invitationId: unknown };

function refWhere(userId: string, ref: InvitationRef): Prisma.InvitationWhereInput | null {
  if ("token" in ref) return looksLikeLinkToken(ref.token) ? { tokenHash: hashToken(ref.token) } : null;
  return typeof ref.invitationId === "string" && ref.invitationId.length <= 64 ? { id: ref.invitationId, inviteeId: userId } : null;
}

/**
 * Claims a pending invitation for this answer, once: of two acceptances of
 * one link, exactly one wins and the other finds nothing. Unknown, used,
 * declined, revoked and expired invitations all answer "not found".
 */
async function claim(tx: Tx, userId: string, ref: InvitationRef, data: Prisma.InvitationUncheckedUpdateManyInput) {
  const where = refWhere(userId, ref);
  if (!where) throw notFound("Invitation");
  const invitation = await tx.invitation.findFirst({
    where: { ...where, ...pendingInvitation() },
    select: { id: true, projectId: true, email: true, role: true, standInId: true, invitedById: true },
  });
  if (!invitation) throw notFound("Invitation");
  const { count } = await tx.invitation.updateMany({ where: { id: invitation.id, ...pendingInvitation() }, data });
  if (count === 0) throw notFound("Invitation");
  return invitation;
}

/**
 * Accepts an invitation for the signed-in user, who becomes a member with the
 * role it names. Where the instance sends email, only for an account whose
 * address is the invited one, and confirmed. Where it offers a stand-in of a restored backup, the
 * stand-in's rows in the project become theirs (`takeOver`, on by default).
 */
export async function acceptInvitation(options: { userId: string; ref: InvitationRef; takeOver?: boolean }) {
  const { userId } = options;
  try {
    return await db.$transaction(async (tx) => {
      const invitation = await claim(tx, userId, options.ref, { acceptedAt: new Date(), acceptedById: userId });
      if (mailEnabled()) {
        // Where links go by email, the link proves the address only to whoever proved it too.
        const me = await tx.user.findUniqueOrThrow({ where: { id: userId }, select: { email: true, emailVerifiedAt: true } });
        if (me.email !== invitation.email || !me.emailVerifiedAt) {
          throw new AppError(
            "forbidden",
            me.email === invitation.email
              ? `Confirm your address first: open the link we emailed to ${me.email} (the account page sends another).`
              : `This invitation was sent to ${invitation.email}. Sign in with the account of that address, or create one with it.`,
          );
        }
      }
      const already = await tx.membership.findUnique({ where: { projectId_userId: { projectId: invitation.projectId, userId } }, select: { role: true } });
      if (already) throw conflict("You are already a member of this project.");
      await tx.membership.create({ data: { projectId: invitation.projectId, userId, role: invitation.role } });
      const moved =
        invitation.standInId && options.takeOver !== false
          ? await takeOverStandIn(tx, { projectId: invitation.projectId, standInId: invitation.standInId, userId })
          : 0;
      await recordActivity(tx, {
        projectId: invitation.projectId,
        actorId: userId,
        action: "member.join",
        objectType: "Membership",
        objectId: userId,
        after: { email: invitation.email, role: invitation.role, ...(moved ? { tookOverRows: moved } : {}) },
      });
      // A new reviewer takes their share of what waits for one ("asked you to review", from whoever invited them).
      if (can(invitation.role, "claim.review")) {
        await routeReviews(tx, { projectId: invitation.projectId, actorId: invitation.invitedById, claimIds: await unroutedClaimIds(tx, invitation.projectId) });
      }
      return { membership: { projectId: invitation.projectId, role: invitation.role }, tookOverRows: moved };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw conflict("You are already a member of this project.");
    throw error;
  }
}

/** Declines an invitation: its link stops working, and the owners see it declined. */
export async function declineInvitation(options: { userId: string; ref: InvitationRef }) {
  return db.$transaction(async (tx) => {
    const invitation = await claim(tx, options.userId, options.ref, { declinedAt: new Date() });
    await recordActivity(tx, {
      projectId: invitation.projectId,
      actorId: options.userId,
      action: "member.invite_decline",
      objectType: "Invitation",
      objectId: invitation.id,
      before: { email: invitation.email, role: invitation.role },
    });
    return { declined: true };
  });
}

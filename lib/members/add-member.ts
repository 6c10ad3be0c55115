import "server-only";
import { recordActivity } from "@/lib/activity/record-activity";
import { requireProjectAccess } from "@/lib/authz/require-project-access";
import { db } from "@/lib/db";
import { conflict, notFound } from "@/lib/errors";
import { invitationExpiry, invitationUrl } from "@/lib/invitations/invitation-link";
import { listStandIns } from "@/lib/invitations/list-stand-ins";
import { addMemberSchema } from "@/lib/projects/schemas";
import { invitationMail } from "@/lib/mail/messages";
import { mailEnabled, sendMail } from "@/lib/mail/send-mail";
import { newLinkToken } from "@/lib/security/link-token";
import { parseInput, type Input } from "@/lib/validation";

/**
 * Invites a person by email. Nobody becomes a member here: the invitation
 * carries a one-time link (a random token, stored hashed, good for seven
 * days), and only whoever opens it while signed in, or the account the
 * address already belongs to (from its inbox), joins, by accepting it.
 * Inviting the same address again renews the invitation: a new link, a new
 * week, the new role; the old link stops working.
 *
 * With `standInId`, the invitation offers the real person a stand-in of a
 * restored backup whom the project's rows name: on accepting, those rows
 * become theirs.
 *
 * The link is returned once, for the owner to pass on, and emailed to the
 * address where the instance sends email; it cannot be read again, only
 * renewed.
 */
export async function addMember(options: { userId: string; projectId: string; origin: string; input: Input<typeof addMemberSchema>; standInId?: string }) {
  const { email, role } = parseInput(addMemberSchema, options.input);
  const { projectId, userId } = options;
  const { token, hash } = newLinkToken();
  const expiresAt = invitationExpiry();
  const result = await db.$transaction(async (tx) => {
    await requireProjectAccess({ userId, projectId, action: "member.manage", tx });
    const account = await tx.user.findUnique({ where: { email }, select: { id: true, name: true } });
    if (account) {
      const existing = await tx.membership.findUnique({ where: { projectId_userId: { projectId, userId: account.id } }, select: { role: true } });
      if (existing) throw conflict(`${account.name} is already a member of this project.`, "email");
    }
    let standInId: string | null = null;
    if (options.standInId !== undefined) {
      const standIn = (await listStandIns(tx, projectId)).find((s) => s.id === options.standInId);
      if (!standIn) throw notFound("Stand-in");
      standInId = standIn.id;
    }
    const renewed = { role, tokenHash: hash, expiresAt, invitedById: userId, inviteeId: account?.id ?? null, standInId };
    const invitation = await tx.invitation.upsert({
      where: { projectId_email: { projectId, email } },
      create: { projectId, email, ...renewed },
      update: { ...renewed, acceptedAt: null, acceptedById: null, declinedAt: null, revokedAt: null },
      select: { id: true, email: true, role: true, expiresAt: true },
    });
    await recordActivity(tx, {
      projectId,
      actorId: userId,
      action: "member.invite",
      objectType: "Invitation",
      objectId: invitation.id,
      after: { email, role },
    });
    const [inviter, project] = [
      await tx.user.findUniqueOrThrow({ where: { id: userId }, select: { name: true } }),
      await tx.project.findUniqueOrThrow({ where: { id: projectId }, select: { name: true } }),
    ];
    return { invitation: { ...invitation, url: invitationUrl(token, options.origin) }, hasAccount: account !== null, inviter: inviter.name, project: project.name };
  });
  const { inviter, project, ...answer } = result;
  if (!mailEnabled()) return { ...answer, emailed: false };
  try {
    await sendMail(invitationMail({ to: answer.invitation.email, inviter, project, role: answer.invitation.role, url: answer.invitation.url, expiresAt: answer.invitation.expiresAt }));
    return { ...answer, emailed: true };
  } catch (error) {
    console.error("The invitation email could not be sent:", error);
    return { ...answer, emailed: false };
  }
}

import "server-only";
import { recordActivity } from "@/lib/activity/record-activity";
import { requireProjectAccess } from "@/lib/authz/require-project-access";
import { db } from "@/lib/db";
import { conflict, isUniqueViolation } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { addMemberSchema } from "@/lib/projects/schemas";

type AddMemberInput = { email: string; role: string };

/**
 * Adds a person by email. An address without an account gets an invitation
 * that becomes a membership when they sign up.
 */
export async function addMember(options: { userId: string; projectId: string; input: AddMemberInput }) {
  const { email, role } = parseInput(addMemberSchema, options.input);
  const { projectId, userId } = options;
  try {
    return await db.$transaction(async (tx) => {
      await requireProjectAccess({ userId, projectId, action: "member.manage", tx });
      const invitee = await tx.user.findUnique({ where: { email }, select: { id: true, name: true, email: true } });
      if (invitee) {
        const existing = await tx.membership.findUnique({ where: { projectId_userId: { projectId, userId: invitee.id } } });
        if (existing) throw conflict(`${invitee.name} is already a member of this project.`, "email");
        await tx.membership.create({ data: { projectId, userId: invitee.id, role } });
        await recordActivity(tx, {
          projectId,
          actorId: userId,
          action: "member.add",
          objectType: "Membership",
          objectId: invitee.id,
          after: { email, role },
        });
        return { kind: "member" as const, user: invitee, role };
      }
      const invitation = await tx.invitation.create({ data: { projectId, email, role, invitedById: userId } });
      await recordActivity(tx, {
        projectId,
        actorId: userId,
        action: "member.invite",
        objectType: "Invitation",
        objectId: invitation.id,
        after: { email, role },
      });
      return { kind: "invitation" as const, invitation: { id: invitation.id, email, role } };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw conflict(`${email} has already been invited.`, "email");
    throw error;
  }
}

import "server-only";
import { recordActivity } from "@/lib/activity/record-activity";
import { requireProjectAccess } from "@/lib/authz/require-project-access";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { changeRoleSchema } from "@/lib/projects/schemas";
import { parseInput } from "@/lib/validation";
import { assertAnotherOwnerRemains } from "./owner-guard";

export async function changeMemberRole(options: {
  userId: string;
  projectId: string;
  memberId: string;
  input: { role: string };
}) {
  const { role } = parseInput(changeRoleSchema, options.input);
  const { userId, projectId, memberId } = options;
  return db.$transaction(async (tx) => {
    await requireProjectAccess({ userId, projectId, action: "member.manage", tx });
    const membership = await tx.membership.findUnique({ where: { projectId_userId: { projectId, userId: memberId } } });
    if (!membership) throw notFound("Member");
    if (membership.role === role) return membership;
    if (membership.role === "OWNER") await assertAnotherOwnerRemains(tx, projectId, memberId);
    const updated = await tx.membership.update({ where: { id: membership.id }, data: { role } });
    await recordActivity(tx, {
      projectId,
      actorId: userId,
      action: "member.role_change",
      objectType: "Membership",
      objectId: memberId,
      before: { role: membership.role },
      after: { role },
    });
    return updated;
  });
}

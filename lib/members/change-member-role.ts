import "server-only";
import { recordActivity } from "@/lib/activity/record-activity";
import { can } from "@/lib/authz/permissions";
import { requireProjectAccess } from "@/lib/authz/require-project-access";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { changeRoleSchema } from "@/lib/projects/schemas";
import { routeReviews, unroutedClaimIds } from "@/lib/reviews/route-review";
import { checkRevision } from "@/lib/revisions/check-revision";
import { lockRow } from "@/lib/revisions/lock-row";
import { parseInput, type Input } from "@/lib/validation";
import { assertAnotherOwnerRemains } from "./owner-guard";

export async function changeMemberRole(options: {
  userId: string;
  projectId: string;
  memberId: string;
  input: Input<typeof changeRoleSchema>;
  expectedRevision?: number;
}) {
  const { role } = parseInput(changeRoleSchema, options.input);
  const { userId, projectId, memberId } = options;
  return db.$transaction(async (tx) => {
    await requireProjectAccess({ userId, projectId, action: "member.manage", tx });
    if (!(await lockRow(tx, "Membership", { projectId, userId: memberId }))) throw notFound("Member");
    const membership = await tx.membership.findUniqueOrThrow({ where: { projectId_userId: { projectId, userId: memberId } } });
    await checkRevision(tx, { objectType: "Membership", objectId: memberId, label: "This member's role", current: membership.revision, expected: options.expectedRevision });
    if (membership.role === role) return membership;
    if (membership.role === "OWNER") await assertAnotherOwnerRemains(tx, projectId, memberId);
    const updated = await tx.membership.update({ where: { id: membership.id }, data: { role, revision: { increment: 1 } } });
    await recordActivity(tx, {
      projectId,
      actorId: userId,
      action: "member.role_change",
      objectType: "Membership",
      objectId: memberId,
      before: { role: membership.role },
      after: { role },
    });
    // A member who may now review takes their share of what waits for a reviewer.
    if (can(role, "claim.review") && !can(membership.role, "claim.review")) {
      await routeReviews(tx, { projectId, actorId: userId, claimIds: await unroutedClaimIds(tx, projectId) });
    }
    return updated;
  });
}

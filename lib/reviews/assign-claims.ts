import "server-only";
import { recordActivity } from "@/lib/activity/record-activity";
import { can } from "@/lib/authz/permissions";
import { requireProjectAccess } from "@/lib/authz/require-project-access";
import { lockClaims } from "@/lib/claims/lock-claim";
import { db } from "@/lib/db";
import { forbidden, invalid, notFound } from "@/lib/errors";
import { notify } from "@/lib/notifications/notify";
import { parseInput, type Input } from "@/lib/validation";
import { assignClaimsSchema } from "./schemas";
import { nextStatus } from "./transitions";

const quote = (text: string) => `“${text.length > 60 ? `${text.slice(0, 59)}…` : text}”`;

function refuse(message: string): never {
  throw invalid(message, { assigneeId: [message] });
}

/**
 * Assigns one or many claims to a reviewer, all or nothing; a blank assignee
 * unassigns. The reviewer must be a member whose role may review and must not
 * have written the claim (four eyes). Assigning a draft also submits it for
 * review — what the author means by "ask Kenji to check this" — so only its
 * author or an owner may assign a draft. The reviewer is notified.
 */
export async function assignClaims(options: { userId: string; projectId: string; input: Input<typeof assignClaimsSchema> }) {
  const input = parseInput(assignClaimsSchema, options.input);
  const { userId, projectId } = options;
  return db.$transaction(async (tx) => {
    const access = await requireProjectAccess({ userId, projectId, action: "claim.assign", tx });
    const locked = await lockClaims(tx, { projectId, claimIds: input.claimIds });
    if (locked.size !== input.claimIds.length) throw notFound("Claim");
    const claims = await tx.claim.findMany({
      where: { id: { in: input.claimIds } },
      select: { id: true, status: true, authorId: true, assigneeId: true, paraphrase: true },
      orderBy: { id: "asc" },
    });

    let assignee: { id: string; name: string } | null = null;
    if (input.assigneeId) {
      const membership = await tx.membership.findUnique({
        where: { projectId_userId: { projectId, userId: input.assigneeId } },
        select: { role: true, user: { select: { id: true, name: true } } },
      });
      if (!membership) refuse("Choose a member of this project as the reviewer.");
      if (!can(membership.role, "claim.review")) refuse(`${membership.user.name} is a viewer of this project and cannot review claims.`);
      assignee = membership.user;
      const own = claims.find((c) => c.authorId === assignee!.id);
      if (own) refuse(`${assignee.name} wrote the claim ${quote(own.paraphrase)}, so someone else must review it.`);
      const othersDraft = claims.find((c) => c.status === "DRAFT" && c.authorId !== userId && !can(access.role, "claim.update_any"));
      if (othersDraft) throw forbidden(`The claim ${quote(othersDraft.paraphrase)} is still a draft: only its author or an owner can send it for review.`);
    }

    let changed = 0;
    for (const claim of claims) {
      const status = assignee && claim.status === "DRAFT" ? (nextStatus(claim.status, "submit") ?? claim.status) : claim.status;
      const assigneeId = assignee?.id ?? null;
      if (assigneeId === claim.assigneeId && status === claim.status) continue;
      await tx.claim.update({ where: { id: claim.id }, data: { assigneeId, status } });
      await recordActivity(tx, {
        projectId,
        actorId: userId,
        action: assignee ? "claim.assign" : "claim.unassign",
        objectType: "Claim",
        objectId: claim.id,
        before: { assigneeId: claim.assigneeId, status: claim.status },
        after: { assigneeId, assigneeName: assignee?.name ?? null, status, paraphrase: claim.paraphrase },
      });
      if (assignee && assigneeId !== claim.assigneeId) {
        await notify(tx, { recipientIds: [assignee.id], projectId, actorId: userId, type: "claim.assigned", objectType: "Claim", objectId: claim.id });
      }
      changed += 1;
    }
    return { changed, assignee };
  });
}

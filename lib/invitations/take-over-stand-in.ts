import "server-only";
import type { Tx } from "@/lib/db";

/**
 * Every column of a project's rows that names a person, with the way from its
 * table to the project: directly, or through the parent row it belongs to.
 * A test compares it with the database's foreign keys to "User", so a new
 * column that names a person cannot be forgotten here.
 */
export const PERSON_COLUMNS = [
  { table: "Source", column: "addedById", via: null },
  { table: "Source", column: "retractedById", via: null },
  { table: "SourceVersion", column: "createdById", via: { table: "Source", key: "sourceId" } },
  { table: "Claim", column: "authorId", via: null },
  { table: "Claim", column: "assigneeId", via: null },
  { table: "Claim", column: "credibilityOverriddenById", via: null },
  { table: "ClaimRelation", column: "createdById", via: null },
  { table: "ImpactWarning", column: "actorId", via: null },
  { table: "ImpactWarning", column: "acknowledgedById", via: null },
  { table: "ClaimVersion", column: "editorId", via: { table: "Claim", key: "claimId" } },
  { table: "Review", column: "reviewerId", via: { table: "Claim", key: "claimId" } },
  { table: "Comment", column: "authorId", via: null },
  { table: "CommentMention", column: "userId", via: { table: "Comment", key: "commentId" } },
  { table: "Brief", column: "authorId", via: null },
  { table: "Brief", column: "approvedById", via: null },
  { table: "BriefVersion", column: "authorId", via: { table: "Brief", key: "briefId" } },
  { table: "Activity", column: "actorId", via: null },
  { table: "DocxTemplate", column: "uploadedById", via: null },
] as const;

/**
 * Columns naming a person that a takeover leaves alone, and why: none of
 * them can name a stand-in within a restored project's rows.
 */
export const NOT_TAKEN_OVER = {
  "Project.createdById": "the restoring user made the project",
  "Membership.userId": "stand-ins are never members",
  "Invitation.invitedById": "invitations are made by members",
  "Invitation.inviteeId": "an account, not a stand-in",
  "Invitation.acceptedById": "an account, not a stand-in",
  "Invitation.standInId": "the invitation records whom it took over",
  "Notification.userId": "stand-ins get no notifications",
  "Notification.actorId": "notifications are not restored",
  "Session.userId": "stand-ins never sign in",
  "ApiToken.userId": "stand-ins never sign in",
  "UserToken.userId": "stand-ins get no links",
  "RecoveryCode.userId": "stand-ins never sign in",
  "UserToken.createdById": "links are made by accounts",
} as const;

/**
 * Moves a stand-in's rows in one project to the person it stood in for, who
 * has just accepted an invitation offering it. The stand-in's rows in other
 * projects (restored by others) stay its own. Runs in the acceptance's
 * transaction.
 */
export async function takeOverStandIn(tx: Tx, options: { projectId: string; standInId: string; userId: string }): Promise<number> {
  const { projectId, standInId, userId } = options;
  let moved = 0;
  for (const { table, column, via } of PERSON_COLUMNS) {
    // Table and column names come from the constant above, never from input.
    moved += via
      ? await tx.$executeRawUnsafe(
          `UPDATE "${table}" AS t SET "${column}" = $1 FROM "${via.table}" AS p
            WHERE t."${via.key}" = p."id" AND p."projectId" = $2 AND t."${column}" = $3`,
          userId,
          projectId,
          standInId,
        )
      : await tx.$executeRawUnsafe(`UPDATE "${table}" SET "${column}" = $1 WHERE "projectId" = $2 AND "${column}" = $3`, userId, projectId, standInId);
  }
  return moved;
}

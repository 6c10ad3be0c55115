import "server-only";
import { requireProjectAccess } from "@/lib/authz/require-project-access";
import { can } from "@/lib/authz/permissions";
import { db } from "@/lib/db";
import { listStandIns } from "@/lib/invitations/list-stand-ins";

/**
 * A project's members. Owners also see the invitations not yet accepted
 * (pending, expired or declined, to renew or revoke) and the stand-ins of a
 * restored backup, to invite the real people; nobody else learns of either.
 */
export async function listMembers(options: { userId: string; projectId: string }) {
  const access = await requireProjectAccess({ ...options, action: "member.read" });
  const members = await db.membership.findMany({
    where: { projectId: options.projectId },
    select: { role: true, revision: true, createdAt: true, user: { select: { id: true, name: true, email: true } } },
    orderBy: [{ role: "asc" }, { user: { name: "asc" } }],
  });
  const owner = can(access.role, "member.manage");
  const invitations = owner
    ? await db.invitation.findMany({
        where: { projectId: options.projectId, acceptedAt: null, revokedAt: null },
        select: { id: true, email: true, role: true, createdAt: true, expiresAt: true, declinedAt: true, standInId: true },
        orderBy: { createdAt: "asc" },
      })
    : [];
  const now = Date.now();
  return {
    members: members.map((m) => ({ ...m.user, role: m.role, revision: m.revision, joinedAt: m.createdAt })),
    invitations: invitations.map((i) => ({
      ...i,
      status: i.declinedAt ? ("declined" as const) : i.expiresAt.getTime() <= now ? ("expired" as const) : ("pending" as const),
    })),
    standIns: owner ? await listStandIns(db, options.projectId) : [],
  };
}

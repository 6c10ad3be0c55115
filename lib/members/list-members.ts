import "server-only";
import { requireProjectAccess } from "@/lib/authz/require-project-access";
import { db } from "@/lib/db";

export async function listMembers(options: { userId: string; projectId: string }) {
  await requireProjectAccess({ ...options, action: "member.read" });
  const [members, invitations] = await Promise.all([
    db.membership.findMany({
      where: { projectId: options.projectId },
      select: { role: true, createdAt: true, user: { select: { id: true, name: true, email: true } } },
      orderBy: [{ role: "asc" }, { user: { name: "asc" } }],
    }),
    db.invitation.findMany({
      where: { projectId: options.projectId },
      select: { id: true, email: true, role: true, createdAt: true },
      orderBy: { createdAt: "asc" },
    }),
  ]);
  return {
    members: members.map((m) => ({ ...m.user, role: m.role, joinedAt: m.createdAt })),
    invitations,
  };
}

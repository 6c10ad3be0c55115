import "server-only";
import { db } from "@/lib/db";
import { isInstanceAdmin } from "@/lib/instance/is-admin";
import { requireAdmin } from "./require-admin";

/** Every account of the instance (stand-ins of restores apart), newest first, for the admin page. */
export async function listUsers(options: { userId: string }) {
  await requireAdmin(options.userId);
  const users = await db.user.findMany({
    where: { standInFor: null },
    select: {
      id: true,
      name: true,
      email: true,
      isAdmin: true,
      disabledAt: true,
      createdAt: true,
      _count: { select: { memberships: true } },
      sessions: { where: { endedAt: null }, select: { lastSeenAt: true }, orderBy: { lastSeenAt: "desc" }, take: 1 },
    },
    orderBy: [{ createdAt: "desc" }, { id: "asc" }],
    take: 1000,
  });
  return users.map(({ _count, sessions, ...user }) => ({
    ...user,
    isAdmin: isInstanceAdmin(user),
    projects: _count.memberships,
    lastSeenAt: sessions[0]?.lastSeenAt ?? null,
  }));
}

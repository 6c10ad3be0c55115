import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * My notifications, in projects I am still a member of: leaving a project
 * must not keep a window on its claims open through old notifications.
 */
export const visibleNotifications = (userId: string): Prisma.NotificationWhereInput => ({
  userId,
  project: { memberships: { some: { userId } } },
});

import "server-only";
import { db } from "@/lib/db";
import { visibleNotifications } from "./visible-notifications";

/** How many of my notifications are unread, for the inbox badge. */
export async function countUnread(options: { userId: string }): Promise<number> {
  return db.notification.count({ where: { ...visibleNotifications(options.userId), readAt: null } });
}

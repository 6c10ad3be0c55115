import { apiRoute } from "@/lib/api/handler";
import { countUnread } from "@/lib/notifications/count-unread";
import { listNotifications } from "@/lib/notifications/list-notifications";

/** Mine, newest first, 30 a page: ?unread=1 for unread only, ?before=<id> for the next page. */
export const GET = apiRoute(async ({ user, request }) => {
  const [page, unread] = await Promise.all([
    listNotifications({ userId: user.id, filters: Object.fromEntries(request.nextUrl.searchParams) }),
    countUnread({ userId: user.id }),
  ]);
  return { ...page, unread };
});

import { apiRoute, readJson } from "@/lib/api/handler";
import { countUnread } from "@/lib/notifications/count-unread";
import { markRead } from "@/lib/notifications/mark-read";

/** { ids: [...] } or { all: true }. */
export const POST = apiRoute(async ({ user, request }) => {
  const { marked } = await markRead({ userId: user.id, input: await readJson(request) });
  return { marked, unread: await countUnread({ userId: user.id }) };
});

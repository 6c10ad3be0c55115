import { NextResponse } from "next/server";
import { requireUser } from "@/lib/auth";
import { isNotFound } from "@/lib/authz/require-project-access";
import { refusedValue } from "@/lib/errors";
import { openNotification } from "@/lib/notifications/list-notifications";

/**
 * Opens a notification from the inbox: it is marked read, then the browser goes where it leads (the inbox, if its
 * object was deleted since). Someone else's notification is the 404 page. Links here are plain anchors, never
 * prefetched, so that only opening one marks it read.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ notificationId: string }> }) {
  const user = await requireUser();
  const { notificationId } = await params;
  try {
    const href = await openNotification({ userId: user.id, notificationId });
    // A relative address: the browser stays on the host it signed in on, whatever the server thinks its name is.
    return new NextResponse(null, { status: 303, headers: { Location: href ?? "/inbox" } });
  } catch (error) {
    // Someone else's notification, or an id the database could not even hold (a NUL byte): not found.
    if (isNotFound(error) || refusedValue(error)) return new NextResponse("Not found", { status: 404 });
    throw error;
  }
}

import { getCurrentUser } from "@/lib/auth";
import { openLiveStream } from "@/lib/live/open-live-stream";

export const dynamic = "force-dynamic";

/**
 * Server-sent events for the signed-in user's open pages: changes in the
 * projects they belong to, and their own notifications. The events name what
 * changed; pages re-read it through the usual authorised path.
 */
export async function GET(request: Request): Promise<Response> {
  const user = await getCurrentUser();
  if (!user) return new Response("Sign in to receive live updates.", { status: 401 });
  const stream = await openLiveStream({ userId: user.id, signal: request.signal });
  return new Response(stream, {
    headers: {
      "Content-Type": "text/event-stream; charset=utf-8",
      // no-transform keeps compression from buffering the stream.
      "Cache-Control": "no-cache, no-transform",
      "X-Accel-Buffering": "no",
    },
  });
}

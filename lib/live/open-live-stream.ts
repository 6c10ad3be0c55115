import "server-only";
import { db } from "@/lib/db";
import type { LiveEvent } from "./events";
import type { ResyncEvent } from "./hub";
import { liveEvents } from "./listener";

const HEARTBEAT_MS = 20_000;
const MEMBERSHIP_ACTIONS = new Set(["member.add", "member.join", "member.remove", "member.leave"]);

/**
 * An event stream (text/event-stream) of what happens in the user's projects
 * and to the user. The projects are read when the stream opens and read again
 * when a membership changes, so someone removed from a project stops hearing it.
 */
export async function openLiveStream(options: { userId: string; signal: AbortSignal }): Promise<ReadableStream<Uint8Array>> {
  const { userId, signal } = options;
  const readProjects = async () =>
    new Set((await db.membership.findMany({ where: { userId }, select: { projectId: true } })).map((m) => m.projectId));
  const hub = await liveEvents();
  let projects = await readProjects();
  const encoder = new TextEncoder();
  let stop = () => {};

  return new ReadableStream<Uint8Array>({
    start(controller) {
      let closed = false;
      const write = (text: string) => {
        if (closed) return;
        try {
          controller.enqueue(encoder.encode(text));
        } catch {
          close();
        }
      };
      const send = (event: LiveEvent | ResyncEvent) => {
        if (event.scope === "project" && MEMBERSHIP_ACTIONS.has(event.action)) {
          void readProjects().then((fresh) => (projects = fresh), () => {});
        }
        write(`data: ${JSON.stringify(event)}\n\n`);
      };
      const unsubscribe = hub.subscribe({
        accepts: (event) =>
          event.scope === "user"
            ? event.userId === userId
            : projects.has(event.projectId) || (MEMBERSHIP_ACTIONS.has(event.action) && event.objectId === userId),
        send,
      });
      const heartbeat = setInterval(() => write(": keep-alive\n\n"), HEARTBEAT_MS);
      function close() {
        if (closed) return;
        closed = true;
        clearInterval(heartbeat);
        unsubscribe();
        try {
          controller.close();
        } catch {
          // already closed by the client
        }
      }
      stop = close;
      signal.addEventListener("abort", close, { once: true });
      // The browser reconnects after this many milliseconds when the stream drops.
      write("retry: 2000\n: connected\n\n");
    },
    cancel() {
      stop();
    },
  });
}

/**
 * Open pages of a project, as a browser keeps them: each holds GET /live (server-sent events)
 * with its session cookie and notes when each event of interest arrives, so that the delay
 * from a change to the pages that show it can be measured.
 */
import { performance } from "node:perf_hooks";
import type { CookieJar } from "./http";

const CONNECT_TIMEOUT_MS = 10_000;
const POLL_MS = 20;

type StreamEvent = { scope?: string; projectId?: string; action?: string; objectId?: string };

export type Watcher = {
  /** When the event for each object first arrived (performance.now()). */
  arrivals: Map<string, number>;
  /** Times the server asked the page to re-read because it may have missed events. */
  resyncs: number;
  /** Why the stream ended before it was closed, if it did. */
  failure: string | null;
};

export type Watchers = {
  watchers: Watcher[];
  /** Resolves once every watcher has seen every one of `objectIds`, or after `timeoutMs`. */
  waitFor: (objectIds: string[], timeoutMs: number) => Promise<void>;
  close: () => Promise<void>;
};

/** Opens one event stream per jar and keeps reading it; events of `action` in `projectId` are noted by object id. */
export async function openWatchers(baseUrl: string, jars: CookieJar[], filter: { projectId: string; action: string }): Promise<Watchers> {
  const abort = new AbortController();
  const watchers: Watcher[] = [];
  const pumps: Promise<void>[] = [];

  const open = async (jar: CookieJar) => {
    const response = await fetch(`${baseUrl}/live`, {
      headers: { cookie: jar.header(), accept: "text/event-stream" },
      redirect: "manual",
      signal: abort.signal,
    });
    if (response.status !== 200 || !response.body) throw new Error(`GET /live answered ${response.status}`);
    const watcher: Watcher = { arrivals: new Map(), resyncs: 0, failure: null };
    watchers.push(watcher);
    const reader = response.body.getReader();
    const decoder = new TextDecoder();
    let buffer = "";
    let markConnected: () => void = () => {};
    const connected = new Promise<void>((resolve) => (markConnected = resolve));

    pumps.push(
      (async () => {
        try {
          for (;;) {
            const { done, value } = await reader.read();
            if (done) {
              watcher.failure ??= "the server ended the stream";
              return;
            }
            const now = performance.now();
            buffer += decoder.decode(value, { stream: true });
            let end: number;
            while ((end = buffer.indexOf("\n\n")) >= 0) {
              const block = buffer.slice(0, end);
              buffer = buffer.slice(end + 2);
              for (const line of block.split("\n")) {
                // The server subscribes the stream before it writes this comment.
                if (line === ": connected") markConnected();
                if (!line.startsWith("data: ")) continue;
                const event = JSON.parse(line.slice(6)) as StreamEvent;
                if (event.scope === "resync") watcher.resyncs++;
                if (event.projectId === filter.projectId && event.action === filter.action && event.objectId && !watcher.arrivals.has(event.objectId)) {
                  watcher.arrivals.set(event.objectId, now);
                }
              }
            }
          }
        } catch (error) {
          if (!abort.signal.aborted) watcher.failure ??= (error as Error).message;
        }
      })(),
    );
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`GET /live sent nothing within ${CONNECT_TIMEOUT_MS / 1000} s`)), CONNECT_TIMEOUT_MS);
    });
    try {
      await Promise.race([connected, timeout]);
    } finally {
      clearTimeout(timer);
    }
  };

  const close = async () => {
    abort.abort();
    await Promise.all(pumps);
  };
  try {
    await Promise.all(jars.map(open));
  } catch (error) {
    await close();
    throw error;
  }

  return {
    watchers,
    close,
    async waitFor(objectIds, timeoutMs) {
      const deadline = performance.now() + timeoutMs;
      const done = () => watchers.every((w) => objectIds.every((id) => w.arrivals.has(id)));
      while (!done() && performance.now() < deadline && watchers.every((w) => !w.failure)) {
        await new Promise((resolve) => setTimeout(resolve, POLL_MS));
      }
    },
  };
}

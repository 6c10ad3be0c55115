import "server-only";
import pg from "pg";
import { env } from "@/lib/env";
import { LIVE_CHANNEL } from "./events";
import { liveHub, type LiveHub } from "./hub";

const MAX_BACKOFF_MS = 10_000;

/**
 * Keeps one connection LISTENing on the live channel for as long as the
 * process runs, reconnecting with backoff when the database goes away. After a
 * reconnect every open page is told to re-read, since events may have been
 * missed in between.
 */
function startListener(hub: LiveHub): void {
  let backoff = 500;
  let everConnected = false;

  const connect = async () => {
    const client = new pg.Client({ connectionString: env().DATABASE_URL, application_name: "claimwork-live" });
    let retried = false;
    const retry = (error?: Error) => {
      if (retried) return;
      retried = true;
      if (error) console.error(`Live updates: lost the database connection (${error.message}); retrying in ${backoff} ms.`);
      client.removeAllListeners("notification");
      void client.end().catch(() => {});
      setTimeout(() => void connect(), backoff).unref();
      backoff = Math.min(MAX_BACKOFF_MS, backoff * 2);
    };
    client.on("error", retry);
    client.on("end", () => retry(new Error("connection ended")));
    client.on("notification", (message) => {
      if (message.channel === LIVE_CHANNEL && message.payload) hub.dispatch(message.payload);
    });
    try {
      await client.connect();
      await client.query(`LISTEN ${LIVE_CHANNEL}`);
      backoff = 500;
      hub.listened();
      if (everConnected) hub.resync();
      everConnected = true;
    } catch (error) {
      retry(error as Error);
    }
  };
  void connect();
}

const LISTEN_WAIT_MS = 5_000;

/**
 * The hub, once its listening connection is up (started on first use), so
 * that a stream opened now hears every change committed after it. If the
 * database is slow to answer, the stream opens anyway and catches up.
 */
export async function liveEvents(): Promise<LiveHub> {
  const hub = liveHub();
  hub.start(startListener);
  await Promise.race([hub.listening, new Promise((resolve) => setTimeout(resolve, LISTEN_WAIT_MS).unref())]);
  return hub;
}

import "server-only";
import { decodeLiveEvent, type LiveEvent } from "./events";

type Subscriber = { accepts: (event: LiveEvent) => boolean; send: (event: LiveEvent | ResyncEvent) => void };
/** Sent after the listening connection came back: events may have been missed, pages should re-read. */
export type ResyncEvent = { scope: "resync" };

/**
 * The process's fan-out of live events: one LISTEN connection per app server
 * feeds every open event stream of that server. Kept on globalThis so that
 * modules loaded twice (route handlers and pages) share one hub.
 */
export class LiveHub {
  private readonly subscribers = new Set<Subscriber>();
  private started = false;
  private markListening: () => void = () => {};
  /** Resolves once the listening connection has run LISTEN for the first time. */
  readonly listening = new Promise<void>((resolve) => (this.markListening = resolve));

  /** Starts the listening connection, once per process. */
  start(startListener: (hub: LiveHub) => void): void {
    if (this.started) return;
    this.started = true;
    startListener(this);
  }

  listened(): void {
    this.markListening();
  }

  subscribe(subscriber: Subscriber): () => void {
    this.subscribers.add(subscriber);
    return () => void this.subscribers.delete(subscriber);
  }

  get size(): number {
    return this.subscribers.size;
  }

  /** A raw NOTIFY payload from whichever connection received it. */
  dispatch(payload: string): void {
    const event = decodeLiveEvent(payload);
    if (!event) return;
    for (const subscriber of this.subscribers) {
      if (subscriber.accepts(event)) subscriber.send(event);
    }
  }

  resync(): void {
    for (const subscriber of this.subscribers) subscriber.send({ scope: "resync" });
  }
}

const globalForHub = globalThis as unknown as { claimworkLiveHub?: LiveHub };

export function liveHub(): LiveHub {
  return (globalForHub.claimworkLiveHub ??= new LiveHub());
}

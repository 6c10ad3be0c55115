import "server-only";
import type { Tx } from "@/lib/db";
import { encodeLiveEvent, LIVE_CHANNEL, type LiveEvent } from "./events";

/**
 * Queues a live event in the writing transaction. PostgreSQL delivers NOTIFY
 * only when the transaction commits, so a rolled-back change is never
 * announced, and every app server listening on the channel hears it.
 */
export async function publishEvent(tx: Tx, event: LiveEvent): Promise<void> {
  await tx.$executeRaw`SELECT pg_notify(${LIVE_CHANNEL}, ${encodeLiveEvent(event)})`;
}

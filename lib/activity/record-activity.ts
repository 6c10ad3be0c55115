import "server-only";
import type { Tx } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { publishEvent } from "@/lib/live/publish-event";
import type { ActivityAction, ActivityObject } from "./events";

/** One event of lib/activity/events.ts, with the object type its action is about. */
export type ActivityInput = {
  [A in ActivityAction]: {
    projectId?: string | null;
    actorId: string | null;
    action: A;
    objectType: ActivityObject<A>;
    objectId: string;
    before?: Prisma.InputJsonValue;
    after?: Prisma.InputJsonValue;
  };
}[ActivityAction];

/**
 * Writes one audit row. Always called inside the transaction of the change it
 * records; the same transaction announces the change to the project's open pages.
 */
export async function recordActivity(tx: Tx, input: ActivityInput): Promise<void> {
  await tx.activity.create({ data: { ...input, projectId: input.projectId ?? null } });
  if (input.projectId) {
    await publishEvent(tx, {
      scope: "project",
      projectId: input.projectId,
      action: input.action,
      objectType: input.objectType,
      objectId: input.objectId,
      actorId: input.actorId,
    });
  }
}

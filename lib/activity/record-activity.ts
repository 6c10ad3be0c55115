import "server-only";
import type { Tx } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { publishEvent } from "@/lib/live/publish-event";

export type ActivityInput = {
  projectId?: string | null;
  actorId: string | null;
  action: string;
  objectType: string;
  objectId: string;
  before?: Prisma.InputJsonValue;
  after?: Prisma.InputJsonValue;
};

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

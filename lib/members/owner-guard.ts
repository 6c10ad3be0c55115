import "server-only";
import type { Tx } from "@/lib/db";
import { conflict } from "@/lib/errors";

/**
 * Refuses a change that would leave the project without an owner. The owner
 * rows are locked first, so two owners demoting each other at the same moment
 * cannot both succeed.
 */
export async function assertAnotherOwnerRemains(tx: Tx, projectId: string, userId: string): Promise<void> {
  const owners = await tx.$queryRaw<{ userId: string }[]>`
    SELECT "userId" FROM "Membership"
    WHERE "projectId" = ${projectId} AND role = 'OWNER'
    FOR UPDATE`;
  if (owners.every((o) => o.userId === userId)) {
    throw conflict("A project needs at least one owner. Make someone else an owner first.", "role");
  }
}

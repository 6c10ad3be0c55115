import "server-only";
import type { Tx } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";

type Locked = "Project" | "Source" | "Membership" | "Comment" | "Citation";

/**
 * Locks one row of this project until the transaction ends (SELECT … FOR
 * UPDATE), so that an edit reads, merges and writes it while no other edit
 * can: the second of two concurrent edits reads what the first wrote.
 * Answers whether the row exists in this project.
 */
export async function lockRow(tx: Tx, table: Locked, where: { id: string; projectId: string } | { projectId: string; userId: string }): Promise<boolean> {
  const condition =
    "id" in where
      ? table === "Project"
        ? Prisma.sql`id = ${where.id}`
        : table === "Citation"
          ? // A note belongs to its project through its source; only the note is locked.
            Prisma.sql`id = ${where.id} AND "sourceId" IN (SELECT id FROM "Source" WHERE "projectId" = ${where.projectId})`
          : Prisma.sql`id = ${where.id} AND "projectId" = ${where.projectId}`
      : Prisma.sql`"projectId" = ${where.projectId} AND "userId" = ${where.userId}`;
  const rows = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM ${Prisma.raw(`"${table}"`)} WHERE ${condition} FOR UPDATE`;
  return rows.length > 0;
}

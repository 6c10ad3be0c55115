import "server-only";
import type { Tx } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";

type Locked = "Project" | "Source" | "Membership" | "Comment";

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
        : Prisma.sql`id = ${where.id} AND "projectId" = ${where.projectId}`
      : Prisma.sql`"projectId" = ${where.projectId} AND "userId" = ${where.userId}`;
  const rows = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM ${Prisma.raw(`"${table}"`)} WHERE ${condition} FOR UPDATE`;
  return rows.length > 0;
}

import "server-only";
import type { Db, Tx } from "@/lib/db";
import { PERSON_COLUMNS } from "./take-over-stand-in";

/** The stand-ins of restored backups whom a project's rows name, with the address each stood in for. */
export async function listStandIns(tx: Db | Tx, projectId: string) {
  // Table and column names come from the constant, never from input.
  const named = PERSON_COLUMNS.map(({ table, column, via }) =>
    via
      ? `SELECT t."${column}" AS id FROM "${table}" t JOIN "${via.table}" p ON p."id" = t."${via.key}" WHERE p."projectId" = $1`
      : `SELECT "${column}" AS id FROM "${table}" WHERE "projectId" = $1`,
  ).join(" UNION ");
  return tx.$queryRawUnsafe<{ id: string; name: string; standInFor: string }[]>(
    `SELECT u."id", u."name", u."standInFor" FROM "User" u WHERE u."standInFor" IS NOT NULL AND u."id" IN (${named}) ORDER BY u."name"`,
    projectId,
  );
}

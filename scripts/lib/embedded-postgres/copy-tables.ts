/**
 * Copies every table of one PostgreSQL database into another of the same
 * schema, row by row as JSON, so that each value arrives as its own type's
 * text (timestamps to the microsecond, numerics exactly, tsvectors, arrays and
 * JSON as they were). Works over anything with `query(sql, params)`: a pg
 * client, or PGlite reading an earlier embedded data folder.
 */
export type Queryable = {
  query<Row>(sql: string, params?: unknown[]): Promise<{ rows: Row[] }>;
};

const quote = (name: string) => `"${name.replaceAll('"', '""')}"`;
const BATCH = 500;

/** The tables Claimwork's data lives in (the migration record is rebuilt, not copied). */
export async function listTables(db: Queryable): Promise<string[]> {
  const { rows } = await db.query<{ name: string }>(
    `SELECT table_name AS name FROM information_schema.tables
     WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name <> '_prisma_migrations'
     ORDER BY table_name`,
  );
  return rows.map((r) => r.name);
}

/**
 * Copies the tables in one transaction on the target, with foreign-key and
 * other triggers off while it loads (the source already satisfied them, and
 * rows arrive in any order); the source is read from one snapshot.
 */
export async function copyTables(from: Queryable, to: Queryable, tables: readonly string[]): Promise<Map<string, number>> {
  const copied = new Map<string, number>();
  await from.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
  await to.query("BEGIN");
  try {
    await to.query("SET LOCAL session_replication_role = replica");
    for (const table of tables) {
      let count = 0;
      await from.query(`DECLARE copy_rows NO SCROLL CURSOR FOR SELECT row_to_json(t)::text AS row FROM ${quote(table)} t`);
      for (;;) {
        const { rows } = await from.query<{ row: string }>(`FETCH ${BATCH} FROM copy_rows`);
        if (rows.length === 0) break;
        await to.query(`INSERT INTO ${quote(table)} SELECT * FROM json_populate_recordset(NULL::${quote(table)}, $1::json)`, [
          `[${rows.map((r) => r.row).join(",")}]`,
        ]);
        count += rows.length;
      }
      await from.query("CLOSE copy_rows");
      copied.set(table, count);
    }
    await to.query("COMMIT");
  } catch (error) {
    await to.query("ROLLBACK").catch(() => {});
    throw error;
  } finally {
    await from.query("ROLLBACK").catch(() => {});
  }
  return copied;
}

/** Each table's row count and a checksum of its rows, independent of their order and column order. */
export async function tableChecksums(db: Queryable, tables: readonly string[]): Promise<Map<string, string>> {
  await db.query("SET TimeZone = 'UTC'");
  const sums = new Map<string, string>();
  for (const table of tables) {
    const { rows } = await db.query<{ sum: string }>(
      `SELECT count(*) || ':' || md5(coalesce(string_agg(h, '' ORDER BY h), '')) AS sum
       FROM (SELECT md5(to_jsonb(t)::text) AS h FROM ${quote(table)} t) rows`,
    );
    sums.set(table, rows[0]?.sum ?? "");
  }
  return sums;
}

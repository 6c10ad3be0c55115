import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { unaccent } from "@electric-sql/pglite/contrib/unaccent";
import pg from "pg";
import { migrate } from "../migrate";
import { copyTables, listTables, tableChecksums, type Queryable } from "./copy-tables";
import { EmbeddedPostgresError } from "./errors";

/** Where Claimwork's earlier embedded database (PGlite, PostgreSQL compiled to WASM) kept its cluster. */
export function findLegacyFolder(dataDir: string): string | null {
  const dir = path.join(dataDir, "pg");
  return fs.existsSync(path.join(dir, "PG_VERSION")) ? dir : null;
}

function backupName(dataDir: string): string {
  const stem = path.join(dataDir, `pglite-backup-${new Date().toISOString().slice(0, 10)}`);
  let name = stem;
  for (let n = 2; fs.existsSync(name); n++) name = `${stem}-${n}`;
  return name;
}

const asQueryable = (db: PGlite): Queryable => ({ query: (sql, params) => db.query(sql, params) });

export type LegacyUpgrade = { tables: number; rows: number; backup: string };

/**
 * Moves the data of an earlier embedded database into the (new, empty)
 * database at `url`: rebuilds the schema those data were written under (the
 * migrations they record), copies every row in one transaction, checks every
 * table's rows against the original, then renames the old folder to a backup
 * the user deletes when ready. PGlite reads a copy, so the original stays
 * byte for byte as it was; on any failure it also stays where it was.
 */
export async function upgradeFromPglite(options: { legacyDir: string; url: string; log: (line: string) => void }): Promise<LegacyUpgrade> {
  const { legacyDir, url, log } = options;
  log(`Moving the earlier embedded database (${legacyDir}) into the new PostgreSQL server…`);
  const work = fs.mkdtempSync(path.join(os.tmpdir(), "claimwork-pglite-"));
  fs.cpSync(legacyDir, work, { recursive: true });
  fs.rmSync(path.join(work, "postmaster.pid"), { force: true });
  const source = new PGlite(work, { extensions: { unaccent, pg_trgm } });
  const target = new pg.Client({ connectionString: url });
  try {
    await source.waitReady;
    const applied = await source.query<{ name: string }>(
      `SELECT migration_name AS name FROM "_prisma_migrations"
       WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name`,
    );
    await migrate(url, { only: applied.rows.map((r) => r.name) });
    await target.connect();
    const from = asQueryable(source);
    const tables = await listTables(from);
    const copied = await copyTables(from, target, tables);
    const [before, after] = [await tableChecksums(from, tables), await tableChecksums(target, tables)];
    const differing = tables.filter((t) => before.get(t) !== after.get(t));
    if (differing.length > 0) throw new Error(`the copied rows differ from the original in ${differing.join(", ")}`);
    const backup = backupName(path.dirname(legacyDir));
    fs.renameSync(legacyDir, backup);
    const rows = [...copied.values()].reduce((a, b) => a + b, 0);
    return { tables: tables.length, rows, backup };
  } catch (error) {
    throw new EmbeddedPostgresError(
      `Could not move the earlier embedded database into the new server (${(error as Error).message}). ` +
        `${legacyDir} is unchanged; the new, empty cluster was removed.`,
    );
  } finally {
    await target.end().catch(() => {});
    await source.close().catch(() => {});
    fs.rmSync(work, { recursive: true, force: true });
  }
}

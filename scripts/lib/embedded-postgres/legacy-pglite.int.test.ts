import { randomUUID } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { unaccent } from "@electric-sql/pglite/contrib/unaccent";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { makeRichProject } from "@/lib/testing/rich-project";
import { MIGRATIONS_TABLE, migrate, readMigrations } from "../migrate";
import { copyTables, listTables, tableChecksums, type Queryable } from "./copy-tables";
import { freePort } from "./port";
import { startEmbeddedPostgres } from "./index";

const asQueryable = (db: PGlite): Queryable => ({ query: (sql, params) => db.query(sql, params) });

/**
 * A data folder as the earlier embedded database (PGlite) wrote it: the
 * committed migrations applied and recorded the way its starter did, then the
 * rows of the integration database (a project using every table) copied in.
 * Returns each table's checksum, taken in PGlite itself.
 */
async function makeLegacyFolder(dataDir: string, extra: (db: PGlite) => Promise<void> = async () => {}) {
  const legacy = new PGlite(path.join(dataDir, "pg"), { extensions: { unaccent, pg_trgm } });
  await legacy.exec(MIGRATIONS_TABLE);
  for (const migration of await readMigrations()) {
    await legacy.exec(migration.sql);
    await legacy.query(
      `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at, finished_at, applied_steps_count) VALUES ($1, $2, $3, now(), now(), 1)`,
      [randomUUID(), migration.checksum, migration.name],
    );
  }
  const source = new pg.Client({ connectionString: inject("databaseUrl") });
  await source.connect();
  try {
    const tables = await listTables(source);
    await copyTables(source, asQueryable(legacy), tables);
    await extra(legacy);
    const sums = await tableChecksums(asQueryable(legacy), tables);
    return { tables, sums };
  } finally {
    await source.end();
    await legacy.close();
  }
}

const folders: string[] = [];
const newDataFolder = () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "claimwork-legacy-"));
  folders.push(dir);
  return dir;
};

describe("moving an earlier embedded data folder into the PostgreSQL server", () => {
  beforeAll(async () => {
    await makeRichProject();
  }, 120_000);
  afterAll(() => {
    for (const dir of folders) fs.rmSync(dir, { recursive: true, force: true });
  });

  it("brings every row of every table across, and keeps the old folder as a backup", async () => {
    const dataDir = newDataFolder();
    const { tables, sums } = await makeLegacyFolder(dataDir);
    const rows = [...sums.values()].reduce((total, sum) => total + Number(sum.split(":")[0]), 0);
    expect(tables).toEqual(expect.arrayContaining(["Claim", "Citation", "Review", "Brief", "BriefVersion", "Activity", "Source", "User"]));
    expect(rows).toBeGreaterThan(50);

    const lines: string[] = [];
    const server = await startEmbeddedPostgres({ dataDir, port: await freePort(), log: (line) => lines.push(line) });
    const client = new pg.Client({ connectionString: server.url });
    try {
      await client.connect();
      expect(await tableChecksums(client, tables)).toEqual(sums);
      // The schema is complete: nothing is left for the starter's migrate to apply.
      expect(await migrate(server.url)).toEqual([]);
      // Search still finds imported text: the search vectors came across with their rows.
      const { rows: found } = await client.query(`SELECT count(*)::int AS n FROM "Source" WHERE "searchVector" @@ plainto_tsquery('simple', 'partnership')`);
      expect(found[0].n).toBeGreaterThan(0);
    } finally {
      await client.end();
      await server.stop();
    }
    expect(fs.existsSync(path.join(dataDir, "pg"))).toBe(false);
    const backups = fs.readdirSync(dataDir).filter((name) => name.startsWith("pglite-backup-"));
    expect(backups).toHaveLength(1);
    expect(fs.existsSync(path.join(dataDir, backups[0]!, "PG_VERSION"))).toBe(true);
    expect(lines.join("\n")).toMatch(new RegExp(`Moved ${rows} rows in ${tables.length} tables .* kept as .*pglite-backup-.*delete it`));

    // A second start finds the new cluster and leaves the backup alone.
    const again = await startEmbeddedPostgres({ dataDir, port: await freePort() });
    await again.stop();
    expect(fs.readdirSync(dataDir).filter((name) => name.startsWith("pglite-backup-"))).toEqual(backups);
  }, 120_000);

  it("refuses data written by a newer Claimwork, leaving the old folder where it was and no new cluster", async () => {
    const dataDir = newDataFolder();
    await makeLegacyFolder(dataDir, async (legacy) => {
      await legacy.query(
        `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, finished_at, applied_steps_count) VALUES ($1, 'x', '29991231000000_from_the_future', now(), 1)`,
        [randomUUID()],
      );
    });
    const before = fs.readdirSync(path.join(dataDir, "pg")).sort();
    await expect(startEmbeddedPostgres({ dataDir, port: await freePort() })).rejects.toThrow(
      /newer Claimwork.*29991231000000_from_the_future.*unchanged/s,
    );
    expect(fs.readdirSync(path.join(dataDir, "pg")).sort()).toEqual(before);
    expect(fs.existsSync(path.join(dataDir, "postgres"))).toBe(false);
    expect(fs.existsSync(path.join(dataDir, "claimwork.pid"))).toBe(false);
  }, 120_000);
});

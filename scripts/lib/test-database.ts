import { randomBytes } from "node:crypto";
import pg from "pg";
import { startEmbeddedPostgres } from "./embedded-postgres";
import { migrate } from "./migrate";

/** The PostgreSQL server tests create databases on, or null for the embedded one. */
export const testServerUrl = (): string | null => process.env.TEST_DATABASE_URL || process.env.DATABASE_URL || null;

export type TestDatabase = { url: string; drop: () => Promise<void> };

/**
 * A fresh database (migrated unless told otherwise) for one test run: a new database on the server
 * named by TEST_DATABASE_URL or DATABASE_URL (dropped afterwards), or, with
 * neither set, an in-memory embedded PostgreSQL.
 */
export async function createTestDatabase(
  label: string,
  options: { migrate?: boolean; serverUrl?: string | null } = {},
): Promise<TestDatabase> {
  const migrated = options.migrate ?? true;
  const serverUrl = options.serverUrl === undefined ? testServerUrl() : options.serverUrl;
  if (!serverUrl) {
    const embedded = await startEmbeddedPostgres({ dataDir: null });
    if (migrated) await migrate(embedded.url);
    return { url: embedded.url, drop: embedded.stop };
  }
  const name = `claimwork_${label}_${Date.now().toString(36)}_${randomBytes(3).toString("hex")}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  if (migrated) await migrate(url.toString());
  return {
    url: url.toString(),
    async drop() {
      const client = new pg.Client({ connectionString: serverUrl });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await client.end();
    },
  };
}

import { randomBytes } from "node:crypto";
import path from "node:path";
import pg from "pg";
import { startEmbeddedPostgres } from "./embedded-postgres";
import { freePort } from "./embedded-postgres/port";
import { migrate } from "./migrate";

const root = path.resolve(import.meta.dirname, "../..");

/** The PostgreSQL server tests create databases on, or null for an embedded one. */
export const testServerUrl = (): string | null => process.env.TEST_DATABASE_URL || process.env.DATABASE_URL || null;

export type TestServer = { url: string; stop: () => Promise<void> };

/**
 * An embedded PostgreSQL for test runs and benchmarks, on a cluster of its own
 * in `.data/<name>/` (kept between runs, so only the first run makes it), on
 * any free port. Databases are made and dropped on it per run.
 */
export async function startTestServer(name = "test", log: (line: string) => void = () => {}): Promise<TestServer> {
  const embedded = await startEmbeddedPostgres({ dataDir: path.join(root, ".data", name), port: await freePort(), log });
  return { url: embedded.url, stop: embedded.stop };
}

export type TestDatabase = { url: string; drop: () => Promise<void> };

/**
 * A fresh database (migrated unless told otherwise) for one run, on the server
 * named by `serverUrl` (default: TEST_DATABASE_URL or DATABASE_URL), dropped
 * by `drop()`. With no server named, an embedded test server is started for
 * it and stopped with the drop.
 */
export async function createTestDatabase(
  label: string,
  options: { migrate?: boolean; serverUrl?: string | null } = {},
): Promise<TestDatabase> {
  const serverUrl = options.serverUrl === undefined ? testServerUrl() : options.serverUrl;
  if (!serverUrl) {
    const server = await startTestServer();
    try {
      const database = await createTestDatabase(label, { ...options, serverUrl: server.url });
      return {
        url: database.url,
        async drop() {
          await database.drop();
          await server.stop();
        },
      };
    } catch (error) {
      await server.stop();
      throw error;
    }
  }
  const name = `claimwork_${label}_${Date.now().toString(36)}_${randomBytes(3).toString("hex")}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  if (options.migrate ?? true) await migrate(url.toString());
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

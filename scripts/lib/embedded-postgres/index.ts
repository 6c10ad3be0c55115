import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import pg from "pg";
import { findPostgresBinaries } from "./binaries";
import { inspectClusterFolder } from "./cluster-folder";
import { findLegacyFolder, upgradeFromPglite } from "./legacy-pglite";
import { lockDataFolder } from "./lock";
import { freePort, isPortFree } from "./port";
import { initCluster, PortTakenError, runServer, stopOrphanServer, SUPERUSER, type RunningServer } from "./server";

export { EmbeddedPostgresError } from "./errors";

/** The port tried first, so that a psql or a GUI finds the database where it was last time. */
export const DEFAULT_EMBEDDED_PORT = 54320;
const DATABASE = "claimwork";

export type EmbeddedPostgres = {
  /** The Claimwork database on the embedded server. */
  url: string;
  port: number;
  /** PostgreSQL's version, e.g. "18.4". */
  version: string;
  /** The postmaster's process id (its backends are its children). */
  pid: number;
  /** Resolves if the server exits, stopped or not. */
  exited: Promise<void>;
  stop: () => Promise<void>;
};

/** The superuser's password, generated with the cluster and kept beside it (mode 600). */
function ensurePassword(dataDir: string): { file: string; password: string } {
  const file = path.join(dataDir, "postgres-password");
  if (!fs.existsSync(file)) fs.writeFileSync(file, `${randomBytes(24).toString("base64url")}\n`, { mode: 0o600 });
  return { file, password: fs.readFileSync(file, "utf8").trim() };
}

async function ensureDatabase(serverUrl: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    const { rowCount } = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [DATABASE]);
    if (!rowCount) await client.query(`CREATE DATABASE ${DATABASE}`);
  } finally {
    await client.end();
  }
}

async function startOnFreePort(wanted: number, start: (port: number) => Promise<RunningServer>, log: (line: string) => void) {
  let port = (await isPortFree(wanted)) ? wanted : await freePort();
  for (let attempt = 1; ; attempt++) {
    if (port !== wanted) log(`Port ${wanted} is taken: the embedded PostgreSQL listens on 127.0.0.1:${port} instead.`);
    try {
      return { port, server: await start(port) };
    } catch (error) {
      // Taken between the check and the bind: another free port, a few times.
      if (!(error instanceof PortTakenError) || attempt === 3) throw error;
      port = await freePort();
    }
  }
}

const RESTARTS = 5;

/**
 * Keeps the server up as a service manager would: a server that dies (a
 * kill -9, an out-of-memory kill) is started again on the same port, after
 * PostgreSQL's own crash recovery, while the app's pools reconnect. `exited`
 * resolves only when it is stopped, or cannot be started again.
 */
function supervise(options: {
  first: RunningServer;
  restart: () => Promise<RunningServer>;
  log: (line: string) => void;
  release: () => void;
  url: string;
  port: number;
  version: string;
}): EmbeddedPostgres {
  const { restart, log, release } = options;
  let current = options.first;
  let stopping = false;
  let finished!: () => void;
  const exited = new Promise<void>((resolve) => (finished = resolve));
  const watch = (server: RunningServer) =>
    void server.exited.then(async () => {
      if (stopping) return;
      for (let attempt = 1; attempt <= RESTARTS && !stopping; attempt++) {
        log(`The embedded PostgreSQL (pid ${server.pid}) stopped unexpectedly: starting it again (attempt ${attempt} of ${RESTARTS})…`);
        // Its old backends exit within moments of losing their postmaster; until then it refuses to start.
        await sleep(500 * 2 ** (attempt - 1));
        try {
          current = await restart();
          log(`The embedded PostgreSQL is back (pid ${current.pid}).`);
          return watch(current);
        } catch (error) {
          log((error as Error).message);
        }
      }
      if (!stopping) log("The embedded PostgreSQL could not be started again.");
      release();
      finished();
    });
  watch(current);
  return {
    url: options.url,
    port: options.port,
    version: options.version,
    get pid() {
      return current.pid;
    },
    exited,
    async stop() {
      stopping = true;
      await current.stop();
      release();
      finished();
    },
  };
}

/**
 * A real PostgreSQL server (binaries from the npm registry) on a cluster in
 * `<dataDir>/postgres`, listening on 127.0.0.1 only: made on first start,
 * recovered by PostgreSQL itself after a crash or a kill -9, and stopped by
 * `stop()` (a fast shutdown). An earlier embedded database found in
 * `<dataDir>/pg` is moved into it on first start. One process per data folder.
 */
export async function startEmbeddedPostgres(options: { dataDir: string; port?: number; log?: (line: string) => void }): Promise<EmbeddedPostgres> {
  const log = options.log ?? (() => {});
  const dataDir = path.resolve(options.dataDir);
  fs.mkdirSync(dataDir, { recursive: true });
  const release = lockDataFolder(dataDir);
  const clusterDir = path.join(dataDir, "postgres");
  let server: RunningServer | undefined;
  let made = false;
  try {
    const binaries = await findPostgresBinaries();
    const state = inspectClusterFolder(clusterDir, binaries.major);
    const { file: passwordFile, password } = ensurePassword(dataDir);
    if (state === "empty") {
      log(`Making a new PostgreSQL ${binaries.version} cluster in ${clusterDir}…`);
      initCluster(binaries, clusterDir, passwordFile);
      made = true;
    } else {
      await stopOrphanServer(clusterDir, log);
    }
    const logFile = path.join(dataDir, "postgres.log");
    const started = await startOnFreePort(
      options.port ?? DEFAULT_EMBEDDED_PORT,
      (port) => runServer({ binaries, clusterDir, port, logFile, password }),
      log,
    );
    server = started.server;
    const serverUrl = `postgresql://${SUPERUSER}:${encodeURIComponent(password)}@127.0.0.1:${started.port}`;
    await ensureDatabase(`${serverUrl}/postgres`);
    const url = `${serverUrl}/${DATABASE}`;

    const legacyDir = made ? findLegacyFolder(dataDir) : null;
    if (legacyDir) {
      const moved = await upgradeFromPglite({ legacyDir, url, log });
      log(
        `Moved ${moved.rows} rows in ${moved.tables} tables from the earlier embedded database into PostgreSQL ${binaries.version}. ` +
          `The old folder is kept as ${path.relative(process.cwd(), moved.backup) || moved.backup}: delete it once you no longer need it.`,
      );
    }
    const restart = () => runServer({ binaries, clusterDir, port: started.port, logFile, password });
    return supervise({ first: server, restart, log, release, url, port: started.port, version: binaries.version });
  } catch (error) {
    await server?.stop();
    // A cluster made by this start holds nothing yet; removing it lets the next start begin afresh.
    if (made) fs.rmSync(clusterDir, { recursive: true, force: true });
    release();
    throw error;
  }
}

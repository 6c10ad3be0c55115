import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { unaccent } from "@electric-sql/pglite/contrib/unaccent";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";

export type EmbeddedPostgres = { url: string; stop: () => Promise<void> };

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** One process per data folder: a second one would corrupt it. */
function takeLock(dataDir: string): () => void {
  const lockFile = path.join(dataDir, "claimwork.pid");
  try {
    const holder = Number(fs.readFileSync(lockFile, "utf8"));
    if (holder && holder !== process.pid && isRunning(holder)) {
      throw new Error(
        `The embedded database in ${dataDir} is in use by another Claimwork process (pid ${holder}). ` +
          "Stop it first, or set CLAIMWORK_DATA_DIR to another folder.",
      );
    }
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
  }
  fs.writeFileSync(lockFile, String(process.pid));
  return () => fs.rmSync(lockFile, { force: true });
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/**
 * PostgreSQL compiled to WASM (PGlite), kept in `dataDir` and served on a
 * loopback port, so the app talks to it through the same pg driver it uses
 * with a real server. Pass `dataDir: null` for a throwaway in-memory database.
 */
export async function startEmbeddedPostgres(options: { dataDir: string | null; port?: number }): Promise<EmbeddedPostgres> {
  let releaseLock = () => {};
  if (options.dataDir) {
    fs.mkdirSync(options.dataDir, { recursive: true });
    releaseLock = takeLock(options.dataDir);
  }
  // Extensions the migrations create must be bundled into PGlite up front.
  const pgliteOptions = { extensions: { unaccent } };
  const db = options.dataDir ? new PGlite(path.join(options.dataDir, "pg"), pgliteOptions) : new PGlite(pgliteOptions);
  await db.waitReady;
  const port = options.port ?? (await freePort());
  // The socket server queues every connection's queries onto PGlite's single session.
  const server = new PGLiteSocketServer({ db, port, host: "127.0.0.1", maxConnections: 100 });
  await server.start();
  return {
    url: `postgresql://postgres:postgres@127.0.0.1:${port}/postgres?sslmode=disable`,
    async stop() {
      await server.stop();
      await db.close();
      releaseLock();
    },
  };
}

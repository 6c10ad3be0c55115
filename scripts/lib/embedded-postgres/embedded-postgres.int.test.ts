import { spawn } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import readline from "node:readline";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { findPostgresBinaries } from "./binaries";
import { isRunning } from "./lock";
import { freePort } from "./port";
import { startEmbeddedPostgres, type EmbeddedPostgres } from "./index";

const root = path.resolve(import.meta.dirname, "../../..");
const folders: string[] = [];
const newDataFolder = () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "claimwork-embedded-"));
  folders.push(dir);
  return dir;
};

async function query<Row extends pg.QueryResultRow>(url: string, sql: string): Promise<Row[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<Row>(sql)).rows;
  } finally {
    await client.end();
  }
}

async function until(check: () => Promise<boolean> | boolean, ms = 30_000): Promise<void> {
  for (const started = Date.now(); !(await check()); ) {
    if (Date.now() - started > ms) throw new Error("timed out");
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Everything under a folder, with sizes, to show that nothing in it was touched. */
const snapshot = (dir: string) =>
  fs.readdirSync(dir, { recursive: true, encoding: "utf8" }).sort().map((name) => `${name}:${fs.statSync(path.join(dir, name)).size}`);

describe("the embedded PostgreSQL server", () => {
  afterAll(() => {
    for (const dir of folders) fs.rmSync(dir, { recursive: true, force: true });
  });

  it("is a real server: many sessions, real transactions, and data kept across a restart", async () => {
    const dataDir = newDataFolder();
    let server: EmbeddedPostgres = await startEmbeddedPostgres({ dataDir, port: await freePort() });
    try {
      expect(server.version).toMatch(/^18\./);
      await query(server.url, "CREATE TABLE note (body text)");
      // Two sessions at once: the first one's open transaction is invisible to the second, and does not block it.
      const first = new pg.Client({ connectionString: server.url });
      await first.connect();
      await first.query("BEGIN");
      await first.query("INSERT INTO note VALUES ('uncommitted')");
      expect(await query(server.url, "SELECT count(*)::int AS n FROM note")).toEqual([{ n: 0 }]);
      await first.query("COMMIT");
      await first.end();
      const sessions = await Promise.all(Array.from({ length: 20 }, () => query<{ pid: number }>(server.url, "SELECT pg_backend_pid() AS pid, pg_sleep(0.2)")));
      expect(new Set(sessions.map(([row]) => row!.pid)).size).toBe(20);
      await server.stop();
      server = await startEmbeddedPostgres({ dataDir, port: await freePort() });
      expect(await query(server.url, "SELECT body FROM note")).toEqual([{ body: "uncommitted" }]);
      // Only loopback, and only with the password kept in the data folder.
      const listen = await query<{ setting: string }>(server.url, "SELECT setting FROM pg_settings WHERE name = 'listen_addresses'");
      expect(listen).toEqual([{ setting: "127.0.0.1" }]);
      await expect(query(server.url.replace(/:[^:@/]+@/, ":wrong@"), "SELECT 1")).rejects.toThrow(/password authentication failed/);
    } finally {
      await server.stop();
    }
    expect(fs.existsSync(path.join(dataDir, "claimwork.pid"))).toBe(false);
  }, 60_000);

  it("comes back by itself after its server is killed with kill -9, with committed data recovered", async () => {
    const lines: string[] = [];
    const server = await startEmbeddedPostgres({ dataDir: newDataFolder(), port: await freePort(), log: (line) => lines.push(line) });
    try {
      await query(server.url, "CREATE TABLE kept AS SELECT 42 AS answer");
      const killed = server.pid;
      process.kill(killed, "SIGKILL");
      await until(() => server.pid !== killed);
      await until(() => query(server.url, "SELECT 1").then(() => true, () => false));
      expect(await query(server.url, "SELECT answer FROM kept")).toEqual([{ answer: 42 }]);
      expect(lines.join("\n")).toMatch(/stopped unexpectedly: starting it again.*\n.*is back/);
    } finally {
      await server.stop();
    }
  }, 60_000);

  it("stops a server left running by a starter that was killed, then starts on the same cluster", async () => {
    const dataDir = newDataFolder();
    // One process (tsx's loader, not its CLI, which would run the script in a child): the kill reaches the holder itself.
    const script = path.join(import.meta.dirname, "testing/hold-server.ts");
    const holder = spawn(process.execPath, ["--import", "tsx", script, dataDir, String(await freePort())], { cwd: root, stdio: ["ignore", "pipe", "inherit"] });
    const [line] = await readline.createInterface({ input: holder.stdout! })[Symbol.asyncIterator]().next().then((r) => [r.value as string]);
    const held = JSON.parse(line!) as { url: string; pid: number };
    await query(held.url, "CREATE TABLE written_before_the_kill (id int)");
    holder.kill("SIGKILL");
    await until(() => holder.exitCode !== null || holder.signalCode !== null);
    expect(isRunning(held.pid)).toBe(true);

    const lines: string[] = [];
    const server = await startEmbeddedPostgres({ dataDir, port: await freePort(), log: (l) => lines.push(l) });
    try {
      expect(isRunning(held.pid)).toBe(false);
      expect(lines.join("\n")).toContain(`left running by an earlier Claimwork process`);
      expect(await query(server.url, "SELECT count(*)::int AS n FROM written_before_the_kill")).toEqual([{ n: 0 }]);
    } finally {
      await server.stop();
    }
  }, 60_000);

  it("takes another free port when the one asked for is taken, and says so", async () => {
    const taken = net.createServer();
    const port = await freePort();
    await new Promise<void>((resolve) => taken.listen(port, "127.0.0.1", resolve));
    const lines: string[] = [];
    try {
      const server = await startEmbeddedPostgres({ dataDir: newDataFolder(), port, log: (line) => lines.push(line) });
      try {
        expect(server.port).not.toBe(port);
        expect(lines).toContain(`Port ${port} is taken: the embedded PostgreSQL listens on 127.0.0.1:${server.port} instead.`);
        expect(await query(server.url, "SELECT 1 AS one")).toEqual([{ one: 1 }]);
      } finally {
        await server.stop();
      }
    } finally {
      taken.close();
    }
  }, 60_000);

  it("refuses a second process on the same data folder", async () => {
    const dataDir = newDataFolder();
    const server = await startEmbeddedPostgres({ dataDir, port: await freePort() });
    try {
      // The lock is per process: another process's pid in the lock file, as a second `npm start` sees it.
      const lockFile = path.join(dataDir, "claimwork.pid");
      fs.writeFileSync(lockFile, String(process.ppid));
      await expect(startEmbeddedPostgres({ dataDir, port: await freePort() })).rejects.toThrow(/in use by another Claimwork process/);
      fs.writeFileSync(lockFile, String(process.pid));
      expect(await query(server.url, "SELECT 1 AS one")).toEqual([{ one: 1 }]);
    } finally {
      await server.stop();
    }
  }, 60_000);

  it("leaves a cluster of a newer PostgreSQL, or a damaged one, as it is, with a clear message", async () => {
    const newer = newDataFolder();
    fs.mkdirSync(path.join(newer, "postgres", "base"), { recursive: true });
    fs.writeFileSync(path.join(newer, "postgres", "PG_VERSION"), "99\n");
    const newerBefore = snapshot(newer);
    await expect(startEmbeddedPostgres({ dataDir: newer })).rejects.toThrow(/written by PostgreSQL 99, newer than the embedded PostgreSQL 18.*left .* as it is/);
    expect(snapshot(newer)).toEqual(newerBefore);

    const damaged = newDataFolder();
    fs.mkdirSync(path.join(damaged, "postgres"));
    fs.writeFileSync(path.join(damaged, "postgres", "postgresql.conf"), "# a cluster whose other files are lost\n");
    const damagedBefore = snapshot(damaged);
    await expect(startEmbeddedPostgres({ dataDir: damaged })).rejects.toThrow(/holds files but no PostgreSQL cluster.*left .* as it is/);
    expect(snapshot(damaged)).toEqual(damagedBefore);

    // A real cluster with its control file lost.
    const broken = newDataFolder();
    await (await startEmbeddedPostgres({ dataDir: broken, port: await freePort() })).stop();
    fs.rmSync(path.join(broken, "postgres", "global", "pg_control"));
    const brokenBefore = snapshot(broken);
    await expect(startEmbeddedPostgres({ dataDir: broken })).rejects.toThrow(/is damaged: global\/pg_control is missing/);
    expect(snapshot(broken)).toEqual(brokenBefore);
  }, 60_000);

  it("names DATABASE_URL as the way out on a platform without binaries", async () => {
    await expect(findPostgresBinaries("sunos-sparc")).rejects.toThrow(/no binaries for sunos-sparc\. Set DATABASE_URL/);
  });
});

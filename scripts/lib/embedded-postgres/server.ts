import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import pg from "pg";
import { asServerUser, type PostgresBinaries } from "./binaries";
import { EmbeddedPostgresError } from "./errors";
import { isRunning } from "./lock";

/** The superuser the embedded cluster is made with; its password lives beside the cluster. */
export const SUPERUSER = "claimwork";

/**
 * Makes a new cluster in `clusterDir`: in a folder beside it first, renamed
 * into place when initdb has finished, so an interrupted initdb never leaves
 * a half-made cluster behind. The builtin C.UTF-8 locale sorts and folds case
 * the same on every machine, whatever locales its system has.
 */
export function initCluster(binaries: PostgresBinaries, clusterDir: string, passwordFile: string): void {
  const staging = `${clusterDir}.initdb-${process.pid}`;
  fs.rmSync(staging, { recursive: true, force: true });
  const { command, args } = asServerUser(binaries.initdb, [
    `--pgdata=${staging}`,
    `--username=${SUPERUSER}`,
    `--pwfile=${passwordFile}`,
    "--auth=scram-sha-256",
    "--encoding=UTF8",
    "--locale-provider=builtin",
    "--builtin-locale=C.UTF-8",
    "--locale=C",
    "--no-instructions",
  ]);
  const result = spawnSync(command, args, { encoding: "utf8", env: { ...process.env, LC_ALL: "C" } });
  if (result.status !== 0) {
    fs.rmSync(staging, { recursive: true, force: true });
    const output = `${result.stdout ?? ""}${result.stderr ?? ""}`.trim() || result.error?.message || `exit ${result.status}`;
    throw new EmbeddedPostgresError(`initdb could not make the embedded cluster in ${clusterDir}:\n${output}`);
  }
  fs.renameSync(staging, clusterDir);
}

function commandLineOf(pid: number): string {
  try {
    return fs.readFileSync(`/proc/${pid}/cmdline`, "utf8").replaceAll("\0", " ");
  } catch {
    return spawnSync("ps", ["-o", "command=", "-p", String(pid)], { encoding: "utf8" }).stdout ?? "";
  }
}

/**
 * A server left running by a Claimwork process that was killed (kill -9 stops
 * the starter, not its PostgreSQL) still holds the cluster. The caller holds
 * the data folder's lock, so that server is nobody's: it is shut down
 * cleanly (a fast shutdown: open sessions end, committed work is kept).
 */
export async function stopOrphanServer(clusterDir: string, log: (line: string) => void): Promise<void> {
  let pid: number;
  try {
    pid = Number(fs.readFileSync(path.join(clusterDir, "postmaster.pid"), "utf8").split("\n")[0]);
  } catch {
    return;
  }
  if (!pid || !isRunning(pid) || !commandLineOf(pid).includes(clusterDir)) return;
  log(`Stopping the embedded PostgreSQL (pid ${pid}) left running by an earlier Claimwork process…`);
  process.kill(pid, "SIGINT");
  for (let waited = 0; isRunning(pid); waited += 100) {
    if (waited === 30_000) process.kill(pid, "SIGQUIT");
    if (waited >= 40_000) throw new EmbeddedPostgresError(`The PostgreSQL server (pid ${pid}) on ${clusterDir} does not stop. Stop it, then start again.`);
    await sleep(100);
  }
}

function tail(file: string, lines = 15): string {
  try {
    return fs.readFileSync(file, "utf8").trimEnd().split("\n").slice(-lines).join("\n");
  } catch {
    return "(no log)";
  }
}

export type RunningServer = {
  pid: number;
  /** Resolves once the server has exited, for whatever reason. */
  exited: Promise<void>;
  stop: () => Promise<void>;
};

/** Raised when the port was taken between choosing it and the server binding it. */
export class PortTakenError extends Error {}

/**
 * Runs `postgres` on the cluster, listening on 127.0.0.1 only (no Unix
 * socket, so nothing depends on the folder's path length), with its log
 * appended to `logFile`. Resolves once it accepts connections — after crash
 * recovery, when it was killed last time.
 */
export async function runServer(options: {
  binaries: PostgresBinaries;
  clusterDir: string;
  port: number;
  logFile: string;
  password: string;
}): Promise<RunningServer> {
  const { binaries, clusterDir, port, logFile, password } = options;
  const logStart = fs.existsSync(logFile) ? fs.statSync(logFile).size : 0;
  const logFd = fs.openSync(logFile, "a");
  const { command, args } = asServerUser(binaries.postgres, [
    "-D", clusterDir,
    "-p", String(port),
    "-c", "listen_addresses=127.0.0.1",
    "-c", "unix_socket_directories=",
    "-c", "lc_messages=C",
  ]);
  // Its own process group: a Ctrl-C in the terminal reaches the starter, which
  // stops the app first and the database last.
  const child: ChildProcess = spawn(command, args, { stdio: ["ignore", logFd, logFd], detached: true });
  fs.closeSync(logFd);
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const ended: { how: number | string | null } = { how: null };
  child.once("exit", (code, signal) => (ended.how = signal ?? code ?? "exited"));
  const stopOnExit = () => child.kill("SIGINT");
  process.once("exit", stopOnExit);

  const started = Date.now();
  for (;;) {
    if (ended.how !== null) {
      process.off("exit", stopOnExit);
      const log = fs.readFileSync(logFile, "utf8").slice(logStart);
      if (/could not bind|Address already in use/.test(log)) throw new PortTakenError(`port ${port} is taken`);
      throw new EmbeddedPostgresError(`The embedded PostgreSQL did not start (${ended.how}). The end of ${logFile}:\n${tail(logFile)}`);
    }
    const client = new pg.Client({ host: "127.0.0.1", port, user: SUPERUSER, password, database: "postgres", connectionTimeoutMillis: 2_000 });
    client.on("error", () => {});
    try {
      await client.connect();
      await client.end();
      break;
    } catch (error) {
      await client.end().catch(() => {});
      const code = (error as { code?: string }).code;
      if (code === "28P01") {
        child.kill("SIGINT");
        throw new EmbeddedPostgresError(`The embedded PostgreSQL refused the password kept beside ${clusterDir}. Restore that password file, or move the cluster away.`);
      }
      if (Date.now() - started > 10 * 60_000) {
        child.kill("SIGINT");
        throw new EmbeddedPostgresError(`The embedded PostgreSQL did not accept connections within 10 minutes. The end of ${logFile}:\n${tail(logFile)}`);
      }
      await sleep(code === "57P03" ? 200 : 50);
    }
  }

  let stopping: Promise<void> | undefined;
  return {
    pid: child.pid!,
    exited,
    stop() {
      stopping ??= (async () => {
        process.off("exit", stopOnExit);
        if (ended.how !== null) return;
        child.kill("SIGINT");
        const timer = setTimeout(() => child.kill("SIGQUIT"), 30_000);
        await exited;
        clearTimeout(timer);
      })();
      return stopping;
    },
  };
}

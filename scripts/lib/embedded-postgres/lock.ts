import fs from "node:fs";
import path from "node:path";
import { EmbeddedPostgresError } from "./errors";

export function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
  return !isZombie(pid);
}

/**
 * A process killed with -9 whose parent died too is reparented, and stays a
 * zombie until its new parent reaps it; in a container whose first process
 * does not reap, that is forever. Signal 0 still reaches a zombie, so Linux's
 * own view of its state decides. Elsewhere there is no /proc and the answer is
 * "not a zombie".
 */
function isZombie(pid: number): boolean {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
    // "pid (comm) S ...": comm may hold spaces or parentheses, the state follows the last ")".
    return stat.slice(stat.lastIndexOf(")") + 2, stat.lastIndexOf(")") + 3) === "Z";
  } catch {
    return false;
  }
}

/**
 * One Claimwork process per data folder: a second one would start a second
 * server on the same cluster (PostgreSQL refuses) or migrate it underneath
 * the first. Returns the function that releases the lock.
 */
export function lockDataFolder(dataDir: string): () => void {
  const lockFile = path.join(dataDir, "claimwork.pid");
  try {
    const holder = Number(fs.readFileSync(lockFile, "utf8"));
    if (holder && holder !== process.pid && isRunning(holder)) {
      throw new EmbeddedPostgresError(
        `The embedded database in ${dataDir} is in use by another Claimwork process (pid ${holder}). ` +
          "Stop it first, or set CLAIMWORK_DATA_DIR to another folder.",
      );
    }
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
  }
  fs.writeFileSync(lockFile, String(process.pid));
  return () => {
    // Only the holder removes it, so that releasing twice never frees another process's lock.
    try {
      if (fs.readFileSync(lockFile, "utf8") === String(process.pid)) fs.rmSync(lockFile);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
    }
  };
}

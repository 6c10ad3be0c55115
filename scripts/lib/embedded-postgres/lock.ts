import fs from "node:fs";
import path from "node:path";
import { EmbeddedPostgresError } from "./errors";

export function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
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

import fs from "node:fs";
import path from "node:path";
import { EmbeddedPostgresError } from "./errors";

/**
 * What a cluster folder holds before the server is started on it: nothing yet
 * (a new cluster is made), or a cluster of the binaries' major version. Any
 * other folder is refused with a message, and nothing in it is touched.
 */
export function inspectClusterFolder(dir: string, major: number): "empty" | "cluster" {
  let entries: string[];
  try {
    entries = fs.readdirSync(dir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return "empty";
    throw error;
  }
  if (entries.length === 0) return "empty";
  const leave = `Claimwork left ${dir} as it is`;
  const versionText = entries.includes("PG_VERSION") ? fs.readFileSync(path.join(dir, "PG_VERSION"), "utf8").trim() : null;
  if (versionText === null || !/^\d+$/.test(versionText)) {
    throw new EmbeddedPostgresError(
      `${dir} holds files but no PostgreSQL cluster (its PG_VERSION is ${versionText === null ? "missing" : "unreadable"}). ` +
        `${leave}: move it away to start with an empty database, or restore it from a backup.`,
    );
  }
  const found = Number(versionText);
  if (found > major) {
    throw new EmbeddedPostgresError(
      `${dir} was written by PostgreSQL ${found}, newer than the embedded PostgreSQL ${major}. ` +
        `${leave}: run the Claimwork that wrote it, or serve the folder with PostgreSQL ${found} and set DATABASE_URL.`,
    );
  }
  if (found < major) {
    throw new EmbeddedPostgresError(
      `${dir} was written by PostgreSQL ${found}; the embedded PostgreSQL ${major} cannot open it. ` +
        `${leave}: upgrade it with pg_upgrade, or serve it with PostgreSQL ${found} and set DATABASE_URL.`,
    );
  }
  for (const required of ["global/pg_control", "base"]) {
    if (!fs.existsSync(path.join(dir, required))) {
      throw new EmbeddedPostgresError(`${dir} is damaged: ${required} is missing. ${leave}: restore it from a backup, or move it away to start afresh.`);
    }
  }
  return "cluster";
}

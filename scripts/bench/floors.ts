import { verify } from "@node-rs/argon2";
import type pg from "pg";

/**
 * The home page's data read with plain SQL: the same two round trips
 * listProjects makes (memberships with their projects and counts, then claims
 * grouped by project and status), without Prisma, React or HTTP.
 */
export function homeDataQuery(pool: pg.Pool, userId: string) {
  return async () => {
    const { rows } = await pool.query<{ id: string }>(
      `SELECT m.role, p.id, p.name, p.description, p."updatedAt",
              (SELECT count(*) FROM "Source" s WHERE s."projectId" = p.id) AS sources,
              (SELECT count(*) FROM "Brief" b WHERE b."projectId" = p.id) AS briefs,
              (SELECT count(*) FROM "Membership" mm WHERE mm."projectId" = p.id) AS members
       FROM "Membership" m JOIN "Project" p ON p.id = m."projectId"
       WHERE m."userId" = $1
       ORDER BY p."updatedAt" DESC`,
      [userId],
    );
    if (rows.length === 0) throw new Error("the home-page query found no projects");
    await pool.query(
      `SELECT "projectId", status, count(*) AS n FROM "Claim" WHERE "projectId" = ANY($1) GROUP BY "projectId", status`,
      [rows.map((r) => r.id)],
    );
  };
}

/** The one part of a sign-in that costs by design: one argon2id verify of the user's stored hash. */
export function argon2Verify(passwordHash: string, password: string) {
  return async () => {
    if (!(await verify(passwordHash, password))) throw new Error("argon2 verify refused the bench password");
  };
}

export async function readPasswordHash(pool: pg.Pool, email: string): Promise<string> {
  const { rows } = await pool.query<{ passwordHash: string }>(`SELECT "passwordHash" FROM "User" WHERE email = $1`, [email]);
  if (!rows[0]) throw new Error(`no user ${email}`);
  return rows[0].passwordHash;
}

export async function describeDatabase(pool: pg.Pool, embedded: boolean): Promise<string> {
  const { rows } = await pool.query<{ v: string }>("SELECT current_setting('server_version') AS v");
  const version = rows[0]?.v ?? "?";
  return embedded ? `embedded PostgreSQL ${version} (npm start's default server, .data/bench/)` : `PostgreSQL ${version} (server)`;
}

/**
 * Floors of the large-source and search scenarios: the same rows written or read with plain
 * SQL over pg, without Prisma, authorisation, React or HTTP.
 */
import { randomBytes } from "node:crypto";
import type pg from "pg";
import type { ParsedDocument } from "../../lib/sources/parse-document";

const newId = () => `c${randomBytes(12).toString("hex")}`;

/**
 * The rows an import stores — the source (its search vector filled by the trigger), its first
 * version with the markers, and its citations — in one transaction, as importSource does.
 */
export function insertParsedSource(pool: pg.Pool, projectId: string, userId: string, parsed: ParsedDocument) {
  const markers = JSON.stringify(parsed.markers);
  const c = parsed.citations;
  return async (i: number) => {
    const client = await pool.connect();
    try {
      await client.query("BEGIN");
      const { rows } = await client.query<{ id: string }>(
        `INSERT INTO "Source" (id, "projectId", title, authors, publisher, "publishedOn", kind, language, reliability,
                               body, "contentHash", "addedById", "updatedAt")
         VALUES ($1, $2, $3, $4, $5, $6, 'COMMENTARY', 'en', 'B', $7, $8, $9, now()) RETURNING id`,
        [newId(), projectId, `${parsed.title ?? "Untitled"} (floor ${i})`, parsed.authors, parsed.publisher, parsed.publishedOn, parsed.body, `floor-${i}-${newId()}`, userId],
      );
      const sourceId = rows[0]!.id;
      await client.query(
        `INSERT INTO "SourceVersion" (id, "sourceId", version, body, "contentHash", markers, "createdById")
         VALUES ($1, $2, 1, $3, $4, $5::jsonb, $6)`,
        [newId(), sourceId, parsed.body, `floor-${i}`, markers, userId],
      );
      await client.query(
        `INSERT INTO "Citation" (id, "sourceId", label, ordinal, text, url, title, authors, publisher, issued, "updatedAt")
         SELECT n.id, $1, n.label, n.ordinal, n.text, n.url, n.title, string_to_array(n.authors, '|'), n.publisher, n.issued, now()
         FROM unnest($2::text[], $3::text[], $4::int[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[], $10::text[])
              AS n(id, label, ordinal, text, url, title, authors, publisher, issued)`,
        [
          sourceId,
          c.map(() => newId()),
          c.map((n) => n.label),
          c.map((n) => n.ordinal),
          c.map((n) => n.text),
          c.map((n) => n.url),
          c.map((n) => n.title),
          c.map((n) => n.authors.join("|")),
          c.map((n) => n.publisher),
          c.map((n) => n.issued),
        ],
      );
      await client.query("COMMIT");
    } catch (error) {
      await client.query("ROLLBACK");
      throw error;
    } finally {
      client.release();
    }
  };
}

/** What the reader shows of a source: its row, the current version's body and markers, the citations and the versions. */
export function readSourceRows(pool: pg.Pool, projectId: string, sourceId: string) {
  return async () => {
    const { rows } = await pool.query<{ version: number }>(
      `SELECT s.id, s.title, s.authors, s.publisher, s."publishedOn", s.url, s.kind, s.language, s.reliability, s.version,
              s."createdAt", s."updatedAt", u.name AS "addedBy", (SELECT count(*) FROM "Claim" c WHERE c."sourceId" = s.id) AS claims
       FROM "Source" s JOIN "User" u ON u.id = s."addedById" WHERE s.id = $1 AND s."projectId" = $2`,
      [sourceId, projectId],
    );
    if (!rows[0]) throw new Error(`no source ${sourceId}`);
    const [citations, , text] = await Promise.all([
      pool.query(
        `SELECT id, label, ordinal, text, url, title, authors, publisher, issued FROM "Citation" WHERE "sourceId" = $1 ORDER BY ordinal`,
        [sourceId],
      ),
      pool.query(
        `SELECT v.version, v."createdAt", v."originalName", u.name FROM "SourceVersion" v JOIN "User" u ON u.id = v."createdById"
         WHERE v."sourceId" = $1 ORDER BY v.version DESC`,
        [sourceId],
      ),
      pool.query<{ body: string }>(
        `SELECT version, body, markers, "originalName" FROM "SourceVersion" WHERE "sourceId" = $1 AND version = $2`,
        [sourceId, rows[0].version],
      ),
    ]);
    if (citations.rowCount === 0 || !text.rows[0]?.body) throw new Error("the reader floor read no text or citations");
    return Buffer.byteLength(text.rows[0].body);
  };
}

/** The ranked match alone: ids of the 20 best sources for a tsquery, as searchProject's first step. */
export function rankSources(pool: pg.Pool, projectId: string, tsqueries: string[]) {
  return async (i: number) => {
    const { rows } = await pool.query(
      `SELECT id FROM "Source" WHERE "projectId" = $1 AND "searchVector" @@ to_tsquery('claimwork', $2)
       ORDER BY ts_rank_cd("searchVector", to_tsquery('claimwork', $2)) DESC LIMIT 20`,
      [projectId, tsqueries[i % tsqueries.length]],
    );
    if (rows.length === 0) throw new Error(`no source matches ${tsqueries[i % tsqueries.length]}`);
  };
}

/**
 * The claims scenarios: the reader of the long imported source once it carries thousands of
 * claims, the claims board of a project of tens of thousands of claims filtered by a theme, and
 * claim creation by many analysts at once through the API, each beside a plain-SQL floor.
 */
import { randomBytes } from "node:crypto";
import pg from "pg";
import type { BenchUser } from "./dataset";
import { getPage, signIn } from "./http";
import type { ImportResults } from "./import-scenarios";
import type { Library } from "./library";
import type { BenchOptions } from "./options";
import type { Measurement, ScenarioRow } from "./report";
import { measure, type Context } from "./scenarios";

const READER_TARGET_MS = 400;
const BOARD_TARGET_MS = 80;
const CREATE_TARGET_MS = 150;
const CREATE_TARGET_PER_SECOND = 100;
const SOURCES = 100;
const SENTENCE =
  "Vientiane reads every new Japanese grant against the terms of Chinese credit, and each airport, road or grid line is weighed twice. ";

export type ClaimsProject = {
  projectId: string;
  /** The theme the board scenario filters by, with its claim count. */
  theme: { id: string; name: string; claims: number };
  themeIds: string[];
  sources: { id: string; length: number }[];
  analysts: (BenchUser & { token: string })[];
  claims: number;
  seconds: number;
};

const newId = () => `c${randomBytes(12).toString("hex")}`;

/**
 * A project of `boardClaims` claims over 100 sources, each claim tagged with one or two of the
 * default themes, in every status, by `analysts` analysts who each hold an API token. Members,
 * themes and tokens go through lib/ (as in the app); sources and claims in bulk with SQL.
 */
export async function seedClaimsProject(url: string, options: BenchOptions, log: (line: string) => void): Promise<ClaimsProject | null> {
  if (options.boardClaims === 0 && options.claimCreates === 0) return null;
  const started = Date.now();
  const { makeMember, makeProject, makeUser } = await import("../../lib/factories");
  const { createApiToken } = await import("../../lib/tokens/create-api-token");
  const owner = await makeUser({ name: "Bench Lead Analyst", email: "bench-lead@bench.claimwork.test" });
  const project = await makeProject(owner, { name: "Bench claims", description: "Tens of thousands of claims, for the board." });
  const analysts: ClaimsProject["analysts"] = [];
  for (let i = 1; i <= options.analysts; i++) {
    const user = await makeUser({ name: `Bench Analyst ${String(i).padStart(2, "0")}`, email: `bench-analyst-${i}@bench.claimwork.test` });
    await makeMember(project, owner, user, "ANALYST");
    const { token } = await createApiToken({ userId: user.id, input: { name: "bench" } });
    analysts.push({ ...user, token });
  }
  log(`Generating the claims project: ${SOURCES} sources, ${options.boardClaims.toLocaleString("en")} claims, ${options.analysts} analysts…`);

  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const body = SENTENCE.repeat(80);
    const sourceIds = Array.from({ length: SOURCES }, newId);
    const authors = [owner.id, ...analysts.map((a) => a.id)];
    await client.query("BEGIN");
    await client.query(
      `INSERT INTO "Source" (id, "projectId", title, authors, publisher, "publishedOn", kind, language, reliability,
                             body, "contentHash", "addedById", "createdAt", "updatedAt")
       SELECT s.id, $1, 'Board source ' || s.n, ARRAY['Kanya Rattanavong'], 'Institute for Mekong Connectivity Studies',
              DATE '2020-01-01' + s.n::int, (enum_range(NULL::"SourceKind"))[1 + s.n::int % 6], 'en', (enum_range(NULL::"Reliability"))[1 + s.n::int % 6],
              $2 || ' ' || s.n, md5($2 || s.n), $3, now() - make_interval(mins => s.n::int), now()
       FROM unnest($4::text[]) WITH ORDINALITY AS s(id, n)`,
      [project.id, body, owner.id, sourceIds],
    );
    await client.query(
      `INSERT INTO "SourceVersion" (id, "sourceId", version, body, "contentHash", "createdById")
       SELECT 'c' || substr(md5(id || ':v1'), 1, 24), id, 1, body, "contentHash", "addedById" FROM "Source" WHERE "projectId" = $1`,
      [project.id],
    );
    // Claims on 60-character spans of the sources' text, spread over the sources, statuses and authors.
    await client.query(
      `INSERT INTO "Claim" (id, "projectId", "sourceId", "sourceVersion", exact, prefix, suffix, start, "end",
                            paraphrase, credibility, status, "authorId", "createdAt", "updatedAt")
       SELECT 'c' || substr(md5($1 || ':claim:' || c), 1, 24), $1, s.id, 1,
              substr(s.body, 1 + (c / $3) * 67 % 9000, 60), '', '', (c / $3) * 67 % 9000, (c / $3) * 67 % 9000 + 60,
              'Board claim ' || c || ': Japan and China weigh on the same decisions in Vientiane.', 1 + c % 6,
              (enum_range(NULL::"ClaimStatus"))[1 + c % 5], ($4::text[])[1 + c % cardinality($4::text[])],
              now() - make_interval(secs => c), now() - make_interval(secs => c)
       FROM generate_series(0, $2::int - 1) AS c
       JOIN LATERAL (SELECT id, body FROM "Source" WHERE id = ($5::text[])[1 + c % $3]) s ON true`,
      [project.id, options.boardClaims, SOURCES, authors, sourceIds],
    );
    const { rows: themes } = await client.query<{ id: string; name: string }>(
      `SELECT id, name FROM "Theme" WHERE "projectId" = $1 ORDER BY name`,
      [project.id],
    );
    // Every claim gets theme c mod n; every third one a second theme as well.
    await client.query(
      `INSERT INTO "ClaimTheme" ("claimId", "themeId", position)
       SELECT c.id, ($2::text[])[1 + c.n % cardinality($2::text[])], 0
       FROM (SELECT id, row_number() OVER (ORDER BY id) AS n FROM "Claim" WHERE "projectId" = $1) c
       UNION ALL
       SELECT c.id, ($2::text[])[1 + (c.n * 7 + 3) % cardinality($2::text[])], 1
       FROM (SELECT id, row_number() OVER (ORDER BY id) AS n FROM "Claim" WHERE "projectId" = $1) c
       WHERE c.n % 3 = 0 AND (c.n * 7 + 3) % cardinality($2::text[]) <> c.n % cardinality($2::text[])`,
      [project.id, themes.map((t) => t.id)],
    );
    await client.query("COMMIT");
    await client.query(`ANALYZE "Claim"; ANALYZE "ClaimTheme"; ANALYZE "Source"`);
    const chosen = themes.find((t) => t.name === "China balancing") ?? themes[0]!;
    const { rows: counted } = await client.query<{ n: string }>(`SELECT count(*) AS n FROM "ClaimTheme" WHERE "themeId" = $1`, [chosen.id]);
    const { rows: lengths } = await client.query<{ id: string; length: number }>(
      `SELECT id, length(body) AS length FROM "Source" WHERE "projectId" = $1`,
      [project.id],
    );
    return {
      projectId: project.id,
      theme: { ...chosen, claims: Number(counted[0]!.n) },
      themeIds: themes.map((t) => t.id),
      sources: lengths,
      analysts,
      claims: options.boardClaims,
      seconds: (Date.now() - started) / 1000,
    };
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    throw error;
  } finally {
    await client.end();
  }
}

/**
 * Claims on the long imported source, spread evenly through its text, each with one or two
 * themes and the quote's context as the app stores it.
 */
async function addClaimsToSource(pool: pg.Pool, projectId: string, sourceId: string, userId: string, count: number): Promise<void> {
  await pool.query(
    `INSERT INTO "Claim" (id, "projectId", "sourceId", "sourceVersion", exact, prefix, suffix, start, "end",
                          paraphrase, note, credibility, status, "authorId", "updatedAt")
     SELECT 'c' || substr(md5(s.id || ':reader-claim:' || c), 1, 24), s."projectId", s.id, s.version,
            substr(s.body, 1 + p.start, 80), substr(s.body, 1 + greatest(0, p.start - 32), least(32, p.start)), substr(s.body, 81 + p.start, 32),
            p.start, p.start + 80, 'Reader claim ' || c || ': what this passage says about Japan, China and Laos.',
            CASE WHEN c % 4 = 0 THEN 'Checked against the ministry''s own figures.' ELSE '' END,
            1 + c % 6, (enum_range(NULL::"ClaimStatus"))[1 + c % 5], $3, now()
     FROM "Source" s CROSS JOIN generate_series(0, $4::int - 1) AS c
     CROSS JOIN LATERAL (SELECT (c::bigint * (length(s.body) - 200) / $4)::int AS start) p
     WHERE s.id = $1 AND s."projectId" = $2`,
    [sourceId, projectId, userId, count],
  );
  await pool.query(
    `INSERT INTO "ClaimTheme" ("claimId", "themeId", position)
     SELECT c.id, t.ids[1 + c.n % cardinality(t.ids)], 0
     FROM (SELECT id, row_number() OVER (ORDER BY start) AS n FROM "Claim" WHERE "sourceId" = $1) c,
          (SELECT array_agg(id ORDER BY name) AS ids FROM "Theme" WHERE "projectId" = $2) t
     UNION ALL
     SELECT c.id, t.ids[1 + (c.n + 4) % cardinality(t.ids)], 1
     FROM (SELECT id, row_number() OVER (ORDER BY start) AS n FROM "Claim" WHERE "sourceId" = $1) c,
          (SELECT array_agg(id ORDER BY name) AS ids FROM "Theme" WHERE "projectId" = $2) t
     WHERE c.n % 2 = 0`,
    [sourceId, projectId],
  );
  await pool.query(`ANALYZE "Claim"; ANALYZE "ClaimTheme"`);
}

/** The reader's rows with plain SQL: the source, its current version's markers, its notes, its claims with their themes. */
function readSourceWithClaims(pool: pg.Pool, projectId: string, sourceId: string) {
  return async () => {
    const [source, notes, claims] = await Promise.all([
      pool.query(
        `SELECT s.*, v.markers FROM "Source" s JOIN "SourceVersion" v ON v."sourceId" = s.id AND v.version = s.version
         WHERE s.id = $1 AND s."projectId" = $2`,
        [sourceId, projectId],
      ),
      pool.query(`SELECT * FROM "Citation" WHERE "sourceId" = $1 ORDER BY ordinal`, [sourceId]),
      pool.query(
        `SELECT c.id, c.start, c."end", c.exact, c.paraphrase, c.note, c.credibility, c.status, c.orphaned,
                (SELECT json_agg(json_build_object('id', t.id, 'name', t.name, 'colour', t.colour) ORDER BY ct.position)
                 FROM "ClaimTheme" ct JOIN "Theme" t ON t.id = ct."themeId" WHERE ct."claimId" = c.id) AS themes
         FROM "Claim" c WHERE c."sourceId" = $1 AND c."projectId" = $2 ORDER BY c.orphaned, c.start, c."end" DESC`,
        [sourceId, projectId],
      ),
    ]);
    if (source.rows.length !== 1 || claims.rows.length === 0 || notes.rows.length === 0) throw new Error("the reader floor found no source, notes or claims");
  };
}

/** The board's three reads with plain SQL: a page of claims with the theme (sub-themes included), its count, and counts by status. */
function boardRows(pool: pg.Pool, projectId: string, themeId: string) {
  const themes = `WITH RECURSIVE tree AS (SELECT id FROM "Theme" WHERE id = $2 AND "projectId" = $1
                  UNION ALL SELECT t.id FROM "Theme" t JOIN tree ON t."parentId" = tree.id)`;
  const tagged = `EXISTS (SELECT 1 FROM "ClaimTheme" ct WHERE ct."claimId" = c.id AND ct."themeId" IN (SELECT id FROM tree))`;
  return async () => {
    const [page] = await Promise.all([
      pool.query(
        `${themes}
         SELECT c.id, c.exact, c.paraphrase, c.status, c.credibility, c.orphaned, c."updatedAt",
                s.id AS "sourceId", s.title, s.reliability, a.name AS author, r.name AS assignee,
                (SELECT json_agg(json_build_object('id', t.id, 'name', t.name, 'colour', t.colour) ORDER BY x.position)
                 FROM "ClaimTheme" x JOIN "Theme" t ON t.id = x."themeId" WHERE x."claimId" = c.id) AS themes
         FROM "Claim" c JOIN "Source" s ON s.id = c."sourceId" JOIN "User" a ON a.id = c."authorId" LEFT JOIN "User" r ON r.id = c."assigneeId"
         WHERE c."projectId" = $1 AND ${tagged}
         ORDER BY c."updatedAt" DESC, c.id DESC LIMIT 50`,
        [projectId, themeId],
      ),
      pool.query(`${themes} SELECT count(*) FROM "Claim" c WHERE c."projectId" = $1 AND ${tagged}`, [projectId, themeId]),
      pool.query(`${themes} SELECT status, count(*) FROM "Claim" c WHERE c."projectId" = $1 AND ${tagged} GROUP BY status`, [projectId, themeId]),
    ]);
    if (page.rows.length === 0) throw new Error("the board floor found no claims");
  };
}

/** The span the i-th created claim selects: 60 characters somewhere in one of the sources. */
function spanFor(project: ClaimsProject, i: number) {
  const source = project.sources[i % project.sources.length]!;
  const start = (i * 131) % Math.max(1, source.length - 100);
  return { sourceId: source.id, start, end: start + 60 };
}

/** What createClaim writes, with plain SQL in one transaction: the claim, its theme, the activity row and its announcement. */
function insertClaimRows(pool: pg.Pool, project: ClaimsProject) {
  return async (i: number) => {
    const analyst = project.analysts[i % project.analysts.length]!;
    const span = spanFor(project, i);
    const client = await pool.connect();
    try {
      await client.query("BEGIN");
      await client.query(`SELECT role FROM "Membership" WHERE "projectId" = $1 AND "userId" = $2`, [project.projectId, analyst.id]);
      const { rows } = await client.query<{ body: string; version: number }>(`SELECT body, version FROM "Source" WHERE id = $1 AND "projectId" = $2`, [
        span.sourceId,
        project.projectId,
      ]);
      const body = rows[0]!.body;
      const id = newId();
      await client.query(
        `INSERT INTO "Claim" (id, "projectId", "sourceId", "sourceVersion", exact, prefix, suffix, start, "end", paraphrase, credibility, status, "authorId", "updatedAt")
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, 2, 'DRAFT', $11, now())`,
        [id, project.projectId, span.sourceId, rows[0]!.version, body.slice(span.start, span.end), body.slice(Math.max(0, span.start - 32), span.start), body.slice(span.end, span.end + 32), span.start, span.end, `Floor claim ${i}`, analyst.id],
      );
      await client.query(`INSERT INTO "ClaimTheme" ("claimId", "themeId", position) VALUES ($1, $2, 0)`, [id, project.themeIds[i % project.themeIds.length]]);
      await client.query(
        `INSERT INTO "Activity" (id, "projectId", "actorId", action, "objectType", "objectId", after) VALUES ($1, $2, $3, 'claim.create', 'Claim', $4, $5)`,
        [newId(), project.projectId, analyst.id, id, JSON.stringify({ paraphrase: `Floor claim ${i}` })],
      );
      await client.query(`SELECT pg_notify('claimwork_live', $1)`, [JSON.stringify({ scope: "project", projectId: project.projectId, action: "claim.create" })]);
      await client.query("COMMIT");
    } catch (error) {
      await client.query("ROLLBACK").catch(() => {});
      throw error;
    } finally {
      client.release();
    }
  };
}

export async function runClaimScenarios(
  ctx: Context,
  library: Library,
  largeSource: ImportResults["largeSource"],
  project: ClaimsProject | null,
): Promise<{ scenarios: ScenarioRow[]; floors: Measurement[]; notes: string[] }> {
  const { baseUrl, options, pool } = ctx;
  const out = { scenarios: [] as ScenarioRow[], floors: [] as Measurement[], notes: [] as string[] };
  const load = { requests: options.requests, concurrency: options.concurrency, serverSide: true };

  if (largeSource && options.readerClaims > 0) {
    await addClaimsToSource(pool, library.importProjectId, largeSource.id, library.user.id, options.readerClaims);
    const jar = await signIn(baseUrl, library.user);
    const path = `/projects/${library.importProjectId}/sources/${largeSource.id}`;
    const label = `GET /projects/:id/sources/:id (${Math.round(largeSource.words / 1000)}k words, ${options.readerClaims.toLocaleString("en")} claims)`;
    const read = () => getPage(baseUrl, path, jar, [largeSource.title, "Reader claim 0:"]);
    const target = { stat: "median" as const, ms: READER_TARGET_MS };
    out.scenarios.push({ ...(await measure(ctx, "reader-claims", label, read, load)), floorKey: "reader-claims-sql", target });
    const alone = Math.min(options.requests, 50);
    out.scenarios.push({
      ...(await measure(ctx, "reader-claims-1", `${label}, alone`, read, { requests: alone, concurrency: 1, serverSide: true, warmup: Math.min(options.warmup, alone) })),
      floorKey: "reader-claims-sql",
      target,
    });
    out.floors.push(
      await measure(ctx, "reader-claims-sql", "source+notes+claims+themes, plain SQL", readSourceWithClaims(pool, library.importProjectId, largeSource.id), {
        ...load,
        serverSide: false,
      }),
    );
  }

  if (!project) return out;
  if (project.claims > 0) {
    const jar = await signIn(baseUrl, project.analysts[0]!);
    const path = `/projects/${project.projectId}/claims?theme=${project.theme.id}`;
    const board = () => getPage(baseUrl, path, jar, ["Board claim", project.theme.name]);
    const label = `GET /projects/:id/claims?theme= (${project.claims.toLocaleString("en")} claims, ${project.theme.claims.toLocaleString("en")} tagged)`;
    const target = { stat: "median" as const, ms: BOARD_TARGET_MS };
    out.scenarios.push({ ...(await measure(ctx, "board", label, board, load)), floorKey: "board-sql", target });
    const alone = Math.min(options.requests, 100);
    out.scenarios.push({
      ...(await measure(ctx, "board-1", `${label}, alone`, board, { requests: alone, concurrency: 1, serverSide: true, warmup: Math.min(options.warmup, alone) })),
      floorKey: "board-sql",
      target,
    });
    out.floors.push(await measure(ctx, "board-sql", "board page + count + by status, plain SQL", boardRows(pool, project.projectId, project.theme.id), { ...load, serverSide: false }));
  }

  if (options.claimCreates > 0) {
    const create = async (i: number) => {
      const analyst = project.analysts[i % project.analysts.length]!;
      const response = await fetch(`${baseUrl}/api/v1/projects/${project.projectId}/claims`, {
        method: "POST",
        headers: { authorization: `Bearer ${analyst.token}`, "content-type": "application/json" },
        body: JSON.stringify({ ...spanFor(project, i), paraphrase: `Created claim ${i}`, credibility: 2, themeIds: [project.themeIds[i % project.themeIds.length]] }),
        signal: AbortSignal.timeout(30_000),
      });
      const text = await response.text();
      if (response.status !== 201) throw new Error(`POST /api/v1/…/claims answered ${response.status}: ${text.slice(0, 200)}`);
      return text.length;
    };
    const analysts = project.analysts.length;
    const creates = { requests: options.claimCreates, concurrency: analysts, serverSide: true };
    const target = { stat: "p95" as const, ms: CREATE_TARGET_MS, perSecond: CREATE_TARGET_PER_SECOND };
    // The target: the analysts together offer claims at a steady rate; latency counts from when each was due.
    out.scenarios.push({
      ...(await measure(ctx, "claim-create", `POST /api/v1/projects/:id/claims (${analysts} analysts)`, create, { ...creates, ratePerSecond: options.createRate })),
      floorKey: "claim-create-sql",
      target,
    });
    // Capacity: each analyst posts the next claim as soon as the last is answered.
    out.scenarios.push({
      ...(await measure(ctx, "claim-create-max", `POST /api/v1/projects/:id/claims (${analysts} analysts, no pause)`, (i) => create(i + options.claimCreates * 2), creates)),
      floorKey: "claim-create-sql",
    });
    out.floors.push(await measure(ctx, "claim-create-sql", "claim + theme + activity + notify, plain SQL", insertClaimRows(pool, project), { ...creates, serverSide: false }));
  }
  out.notes.push(
    `Claims project: ${project.claims.toLocaleString("en")} claims over ${project.sources.length} sources, ${project.analysts.length} analysts ` +
      `(generated in ${project.seconds.toFixed(1)} s); the board filters by “${project.theme.name}”, which tags ${project.theme.claims.toLocaleString("en")}.`,
  );
  return out;
}

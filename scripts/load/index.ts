/**
 * `npm run load`: a team of analysts works against the production server for a
 * while — reading a source, creating claims, reviewing each other's claims,
 * saving their briefs, editing the same claims and themes at once — on a throwaway database of a real PostgreSQL server
 * (traffic only to 127.0.0.1). Prints per-action latency, errors and the
 * server's peak memory, then checks that every acknowledged write is in the
 * database and that nothing is half-written. Concurrent edits are accounted
 * for: each acknowledged one is in the database or superseded by a later
 * acknowledged edit of the same field, and each 409 names a real newer revision.
 *
 *   npm run load -- [--analysts 50] [--seconds 60] [--think-ms 2000]
 *                   [--fault none|pg-restart|kill-server]
 *
 * --fault pg-restart stops PostgreSQL a third of the way through and starts it
 * again 5 s later (pg_ctlcluster; needs the rights to do so): requests must fail
 * cleanly meanwhile and succeed again after, without restarting the app.
 * --fault kill-server kills one server process mid-run (the cluster replaces it).
 */
import { execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import pg from "pg";
import { createTestDatabase } from "../lib/test-database";
import { signIn, type CookieJar } from "../bench/http";
import { median, percentile } from "../bench/load";
import { monitorProcessTree } from "../bench/process-monitor";
import { ensureBuild, startServer } from "../bench/server";

const root = path.resolve(import.meta.dirname, "../..");
const { values } = parseArgs({
  options: {
    analysts: { type: "string", default: "50" },
    seconds: { type: "string", default: "60" },
    "think-ms": { type: "string", default: "2000" },
    fault: { type: "string", default: "none" },
  },
});
const ANALYSTS = Number(values.analysts);
/** Analysts who edit the shared claims and themes (owners, so that they may). */
const EDITORS = Math.min(6, ANALYSTS);
const SECONDS = Number(values.seconds);
const THINK_MS = Number(values["think-ms"]);
const FAULT = values.fault as "none" | "pg-restart" | "kill-server";
if (!["none", "pg-restart", "kill-server"].includes(FAULT)) throw new Error(`--fault: none, pg-restart or kill-server, not ${FAULT}`);
const TARGETS: Record<Action, number> = { read: 400, claim: 150, review: 150, brief: 150, edit: 150 };
const REQUEST_TIMEOUT_MS = 15_000;

type Action = "read" | "claim" | "review" | "brief" | "edit";
/** One acknowledged or refused edit of a shared claim or theme. */
type Edit = { kind: "claim" | "theme"; id: string; field: string; value: string | number; ifMatch?: number; status: number; revision?: number; currentRevision?: number };
type Outcome = { action: Action; ms: number; ok: boolean; clean: boolean; at: number; error?: string };
type Analyst = { id: string; email: string; password: string; token: string; jar?: CookieJar; briefId: string; briefVersion: number };

const serverUrl = process.env.LOAD_DATABASE_URL || process.env.TEST_DATABASE_URL || process.env.DATABASE_URL;
if (!serverUrl) {
  console.error("The load test needs a real PostgreSQL: set TEST_DATABASE_URL (e.g. postgresql://postgres@127.0.0.1:5432/postgres).");
  process.exit(2);
}

const demo = fs.readFileSync(path.join(root, "lib/demo/laos-japan-commentary.md"), "utf8");
const database = await createTestDatabase("load", { serverUrl });
process.env.DATABASE_URL = database.url;
let server: Awaited<ReturnType<typeof startServer>> | undefined;
let failed = false;

try {
  const { makeMember, makeProject, makeSource, makeUser } = await import("../../lib/factories");
  const { createApiToken } = await import("../../lib/tokens/create-api-token");
  const { createBrief } = await import("../../lib/briefs/create-brief");
  const { createClaim } = await import("../../lib/claims/create-claim");
  const { createTheme } = await import("../../lib/themes/create-theme");
  const { db } = await import("../../lib/db");

  console.log(`Preparing a project with ${ANALYSTS} analysts and 5 sources…`);
  const lead = await makeUser({ name: "Load Lead" });
  const project = await makeProject(lead, { name: "Load test" });
  const sources: { id: string; length: number }[] = [];
  for (let i = 0; i < 5; i++) {
    const source = await makeSource(project, lead, { text: demo.replace("# Beyond", `# Part ${i + 1}: Beyond`) });
    const row = await db.source.findUniqueOrThrow({ where: { id: source.id }, select: { body: true } });
    sources.push({ id: source.id, length: row.body.length });
  }
  const analysts: Analyst[] = [];
  for (let i = 0; i < ANALYSTS; i++) {
    const user = await makeUser({ name: `Load Analyst ${i + 1}` });
    // The first few are owners, who may edit anyone's claim: they share the claims edited at once.
    await makeMember(project, lead, user, i < EDITORS ? "OWNER" : "ANALYST");
    const { token } = await createApiToken({ userId: user.id, input: { name: "load" } });
    const brief = await createBrief({ userId: user.id, projectId: project.id, input: { title: `Brief ${i + 1}` } });
    analysts.push({ ...user, token, briefId: brief.id, briefVersion: 1 });
  }
  const sharedClaims: string[] = [];
  for (let i = 0; i < 3; i++) {
    const start = 200 + i * 400;
    const claim = await createClaim({ userId: lead.id, projectId: project.id, input: { sourceId: sources[0]!.id, start, end: start + 80, paraphrase: `Shared claim ${i + 1}` } });
    sharedClaims.push(claim.id);
  }
  const sharedThemes: string[] = [];
  for (let i = 0; i < 2; i++) sharedThemes.push((await createTheme({ userId: lead.id, projectId: project.id, input: { name: `Shared theme ${i + 1}` } })).id);
  await db.$disconnect();

  const builtApp = await ensureBuild(console.log, () => {});
  if (builtApp) console.log("Built the app.");
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: database.url,
    AUTH_SECRET: randomBytes(32).toString("base64url"),
    NODE_ENV: "production",
    NEXT_TELEMETRY_DISABLED: "1",
    SEED_DEMO: "false",
  };
  delete env.TEST_DATABASE_URL;
  server = await startServer(env, "/robots.txt");
  const monitor = monitorProcessTree(server.pid);
  console.log(`Server ${server.url} (pid ${server.pid}); signing the analysts in…`);
  for (const analyst of analysts) analyst.jar = await signIn(server.url, analyst);

  /** Claims created (acknowledged 201), and which are open for review by someone else. */
  const acknowledgedClaims = new Set<string>();
  const acknowledgedReviews = new Set<string>();
  const edits: Edit[] = [];
  /** The revision each editor last read of each shared object. */
  const lastRead = new Map<string, number>();
  const reviewable: { id: string; authorId: string }[] = [];
  const outcomes: Outcome[] = [];
  let started = Date.now();
  let deadline = started + SECONDS * 1000;
  const base = server.url;

  const api = async (analyst: Analyst, method: string, url: string, body?: unknown, headers: Record<string, string> = {}) => {
    const response = await fetch(`${base}${url}`, {
      method,
      headers: { authorization: `Bearer ${analyst.token}`, ...(body ? { "content-type": "application/json" } : {}), ...headers },
      body: body ? JSON.stringify(body) : undefined,
      signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
    });
    const text = await response.text();
    let json: Record<string, unknown> | null = null;
    try {
      json = JSON.parse(text) as Record<string, unknown>;
    } catch {
      // not JSON: an unclean failure below
    }
    return { status: response.status, json };
  };

  const act = async (analyst: Analyst, action: Action): Promise<Outcome> => {
    const t0 = performance.now();
    const done = (ok: boolean, clean: boolean, error?: string): Outcome => ({ action, ms: performance.now() - t0, ok, clean, at: Date.now() - started, error });
    try {
      if (action === "read") {
        const source = sources[Math.floor(Math.random() * sources.length)]!;
        const response = await fetch(`${base}/projects/${project.id}/sources/${source.id}`, {
          headers: { cookie: analyst.jar!.header() },
          redirect: "manual",
          signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
        });
        const html = await response.text();
        if (response.status === 200 && html.includes("Beyond the Donor")) return done(true, true);
        // A failure is clean when the server answers with its error page.
        return done(false, response.status >= 500 && html.includes("<html"), `GET reader ${response.status}`);
      }
      if (action === "claim") {
        const source = sources[Math.floor(Math.random() * sources.length)]!;
        const start = Math.floor(Math.random() * (source.length - 200));
        const { status, json } = await api(analyst, "POST", `/api/v1/projects/${project.id}/claims`, {
          sourceId: source.id,
          start,
          end: start + 80,
          paraphrase: `Claim by ${analyst.email} at ${Date.now()}`,
          submit: true,
        });
        if (status === 201) {
          const id = (json?.claim as { id: string }).id;
          acknowledgedClaims.add(id);
          reviewable.push({ id, authorId: analyst.id });
          return done(true, true);
        }
        return done(false, status >= 500 && !!json?.error, `POST claim ${status}`);
      }
      if (action === "review") {
        const index = reviewable.findIndex((c) => c.authorId !== analyst.id);
        if (index < 0) return act(analyst, "claim");
        const [claim] = reviewable.splice(index, 1);
        const { status, json } = await api(analyst, "POST", `/api/v1/projects/${project.id}/claims/${claim!.id}/reviews`, {
          verdict: Math.random() < 0.7 ? "VERIFIED" : "DISPUTED",
          rationale: "Checked against the cited footnote.",
        });
        if (status === 201) {
          acknowledgedReviews.add((json?.review as { id: string }).id);
          return done(true, true);
        }
        reviewable.push(claim!);
        return done(false, status >= 500 && !!json?.error, `POST review ${status}`);
      }
      if (action === "edit") {
        const onClaim = Math.random() < 0.7;
        const id = onClaim ? sharedClaims[Math.floor(Math.random() * sharedClaims.length)]! : sharedThemes[Math.floor(Math.random() * sharedThemes.length)]!;
        const key = `${analyst.id}:${id}`;
        const n = outcomes.length + edits.length;
        const claimEdits: [string, string | number][] = [
          ["paraphrase", `Edit ${n} by ${analyst.email}`],
          ["note", `Note ${n} by ${analyst.email}`],
          ["credibility", 1 + (n % 6)],
        ];
        const [field, value] = onClaim ? claimEdits[n % 3]! : ["description", `Description ${n} by ${analyst.email}`];
        const path = onClaim ? `/api/v1/projects/${project.id}/claims/${id}` : `/api/v1/projects/${project.id}/themes/${id}`;
        // Half the edits say which revision they are based on (the one this analyst last read), half do not.
        if (onClaim && !lastRead.has(key)) {
          const read = await api(analyst, "GET", path);
          if (read.status === 200) lastRead.set(key, (read.json?.claim as { revision: number }).revision);
        }
        const ifMatch = Math.random() < 0.5 ? lastRead.get(key) : undefined;
        const { status, json } = await api(analyst, "PATCH", path, { [field]: value }, ifMatch === undefined ? {} : { "if-match": `"${ifMatch}"` });
        const edit: Edit = { kind: onClaim ? "claim" : "theme", id, field, value, ifMatch, status };
        if (status === 200) {
          edit.revision = ((json?.claim ?? json?.theme) as { revision: number }).revision;
          lastRead.set(key, edit.revision);
          edits.push(edit);
          return done(true, true);
        }
        if (status === 409) {
          edit.currentRevision = (json?.error as { details?: { currentRevision?: number } })?.details?.currentRevision;
          if (edit.currentRevision) lastRead.set(key, edit.currentRevision);
          edits.push(edit);
          return done(true, true);
        }
        edits.push(edit);
        return done(false, status >= 500 && !!json?.error, `PATCH ${edit.kind} ${status}`);
      }
      const body = `## Notes\n\nSaved at ${Date.now()} by ${analyst.email}.`;
      const { status, json } = await api(analyst, "PATCH", `/api/v1/projects/${project.id}/briefs/${analyst.briefId}`, {
        baseVersion: analyst.briefVersion,
        body,
      });
      if (status === 200) {
        analyst.briefVersion = (json?.saved as { version: number }).version;
        return done(true, true);
      }
      if (status === 409) {
        // A save whose acknowledgement was lost (the database went away after commit) leaves the base behind: catch up.
        const current = (json?.error as { details?: { currentVersion?: string } })?.details?.currentVersion;
        if (current) analyst.briefVersion = Number(current);
      }
      return done(false, status >= 400 && !!json?.error, `PATCH brief ${status}`);
    } catch (error) {
      return done(false, false, (error as Error).message);
    }
  };

  const pick = (editor: boolean): Action => {
    const r = Math.random();
    if (editor && r < 0.5) return "edit";
    return r < 0.4 ? "read" : r < 0.7 ? "claim" : r < 0.9 ? "review" : "brief";
  };
  const work = async (analyst: Analyst, index: number) => {
    await new Promise((resolve) => setTimeout(resolve, Math.random() * THINK_MS));
    while (Date.now() < deadline) {
      outcomes.push(await act(analyst, pick(index < EDITORS)));
      await new Promise((resolve) => setTimeout(resolve, THINK_MS * (0.5 + Math.random())));
    }
  };

  // One unmeasured round first, so that each server process has rendered every kind of page once.
  for (const analyst of analysts.slice(0, 8)) for (const action of ["read", "claim", "brief"] as Action[]) await act(analyst, action);
  outcomes.length = 0;
  acknowledgedClaims.clear();
  started = Date.now();
  deadline = started + SECONDS * 1000;
  const fault = (async () => {
    if (FAULT === "none") return null;
    await new Promise((resolve) => setTimeout(resolve, (SECONDS * 1000) / 3));
    const at = Date.now() - started;
    if (FAULT === "pg-restart") {
      const cluster = pgCluster(database.url);
      console.log(`  ${(at / 1000).toFixed(1)} s: stopping PostgreSQL ${cluster.join(" ")} for 5 s…`);
      execFileSync("pg_ctlcluster", [...cluster, "stop", "-m", "fast"], { stdio: "inherit" });
      await new Promise((resolve) => setTimeout(resolve, 5000));
      execFileSync("pg_ctlcluster", [...cluster, "start"], { stdio: "inherit" });
      console.log(`  ${((Date.now() - started) / 1000).toFixed(1)} s: PostgreSQL is back.`);
      return { from: at, to: Date.now() - started };
    }
    const children = execFileSync("pgrep", ["-P", String(server!.pid)]).toString().trim().split("\n").filter(Boolean);
    const victim = children[0];
    console.log(`  ${(at / 1000).toFixed(1)} s: killing server process ${victim} (SIGKILL)…`);
    if (victim) process.kill(Number(victim), "SIGKILL");
    return { from: at, to: at + 5000 };
  })();

  console.log(`Running ${ANALYSTS} analysts for ${SECONDS} s (think time ≈ ${THINK_MS} ms)${FAULT === "none" ? "" : `, fault: ${FAULT}`}…`);
  // The server's peak memory in each sixth of the run: steady, or growing?
  monitor.window();
  const memoryBySixth: number[] = [];
  const sampler = setInterval(() => memoryBySixth.push(monitor.window()), (SECONDS * 1000) / 6);
  const [window] = await Promise.all([fault, ...analysts.map(work)]);
  clearInterval(sampler);
  const memory = monitor.stop();

  // Every acknowledged write must be in the database, and nothing half-written.
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  const { rows: claimRows } = await client.query<{ id: string }>(`SELECT id FROM "Claim" WHERE id = ANY($1)`, [[...acknowledgedClaims]]);
  const { rows: reviewRows } = await client.query<{ id: string }>(`SELECT id FROM "Review" WHERE id = ANY($1)`, [[...acknowledgedReviews]]);
  const { rows: orphans } = await client.query<{ what: string; n: string }>(
    `SELECT 'claims without their activity row' AS what, count(*) AS n FROM "Claim" c
       WHERE c."projectId" = $1 AND NOT EXISTS (SELECT 1 FROM "Activity" a WHERE a."objectId" = c.id AND a.action = 'claim.create')
     UNION ALL
     SELECT 'reviews without their activity row', count(*) FROM "Review" r JOIN "Claim" c ON c.id = r."claimId"
       WHERE c."projectId" = $1 AND NOT EXISTS (SELECT 1 FROM "Activity" a WHERE a."objectId" = r."claimId" AND a.action = 'review.create' AND a.after->>'reviewId' = r.id)
     UNION ALL
     SELECT 'claims whose status is not their last verdict', count(*) FROM "Claim" c
       JOIN LATERAL (SELECT verdict FROM "Review" r WHERE r."claimId" = c.id ORDER BY "createdAt" DESC LIMIT 1) last ON true
       WHERE c."projectId" = $1 AND c.status::text <> last.verdict::text
     UNION ALL
     SELECT 'briefs behind their newest version', count(*) FROM "Brief" b
       WHERE b."projectId" = $1 AND b.version < (SELECT max(version) FROM "BriefVersion" v WHERE v."briefId" = b.id)`,
    [project.id],
  );
  const { rows: finalClaims } = await client.query<{ id: string; paraphrase: string; note: string; credibility: number; revision: number }>(
    `SELECT id, paraphrase, note, credibility, revision FROM "Claim" WHERE id = ANY($1)`,
    [sharedClaims],
  );
  const { rows: finalThemes } = await client.query<{ id: string; description: string; revision: number }>(
    `SELECT id, description, revision FROM "Theme" WHERE id = ANY($1)`,
    [sharedThemes],
  );
  await client.end();
  const accounting = accountEdits(edits, [...finalClaims, ...finalThemes]);

  const rows = (["read", "claim", "review", "brief", "edit"] as Action[]).map((action) => {
    const mine = outcomes.filter((o) => o.action === action);
    const okTimes = mine.filter((o) => o.ok).map((o) => o.ms).sort((a, b) => a - b);
    const failures = mine.filter((o) => !o.ok);
    return {
      action,
      done: mine.length,
      ok: okTimes.length,
      median: median(okTimes),
      p95: percentile(okTimes, 95),
      target: TARGETS[action],
      failedCleanly: failures.filter((o) => o.clean).length,
      failedUncleanly: failures.filter((o) => !o.clean).length,
      firstError: failures[0]?.error,
    };
  });
  console.log(`\nMachine: ${os.cpus().length} cores, ${Math.round(os.totalmem() / 1024 ** 3)} GB; ${ANALYSTS} analysts, ${SECONDS} s, fault: ${FAULT}`);
  console.log("| action | requests | ok | median ms | p95 ms | target p95 | within | failed cleanly | failed uncleanly |");
  console.log("| --- | --: | --: | --: | --: | --: | :-: | --: | --: |");
  for (const r of rows) {
    const within = r.p95 <= r.target ? "✓" : "✗";
    console.log(`| ${r.action} | ${r.done} | ${r.ok} | ${r.median.toFixed(1)} | ${r.p95.toFixed(1)} | ${r.target} | ${within} | ${r.failedCleanly} | ${r.failedUncleanly} |`);
  }
  console.log(`Throughput: ${(outcomes.length / SECONDS).toFixed(1)} requests/s offered by ${ANALYSTS} analysts.`);
  console.log(`Server memory: peak ${memory.peakTreeRssMb} MB over its processes (largest single process: ${memory.peakProcessHwmMb} MB).`);
  console.log(`Server memory, peak in each sixth of the run: ${memoryBySixth.map((mb) => `${Math.round(mb)} MB`).join(" · ")}.`);
  console.log(`Acknowledged claims found: ${claimRows.length}/${acknowledgedClaims.size}; reviews: ${reviewRows.length}/${acknowledgedReviews.size}.`);
  for (const o of orphans) console.log(`Half-written check — ${o.what}: ${o.n}`);
  console.log(
    `Edit accounting: ${accounting.sent} edits of ${sharedClaims.length} claims and ${sharedThemes.length} themes by ${EDITORS} editors ` +
      `(${accounting.withIfMatch} with If-Match): ${accounting.acknowledged} acknowledged, ${accounting.conflicts} answered 409, ${accounting.errors} other answers; ` +
      `${accounting.present} acknowledged edits present at the end, ${accounting.superseded} superseded by a later acknowledged edit, ${accounting.lost} lost; ` +
      `409s naming a real newer revision: ${accounting.conflicts - accounting.badConflicts}/${accounting.conflicts}.`,
  );

  const problems: string[] = [];
  if (claimRows.length !== acknowledgedClaims.size) problems.push("an acknowledged claim is missing");
  if (reviewRows.length !== acknowledgedReviews.size) problems.push("an acknowledged review is missing");
  if (orphans.some((o) => Number(o.n) > 0)) problems.push("something is half-written");
  if (accounting.lost) problems.push(`${accounting.lost} acknowledged edits were lost (first: ${accounting.firstLost})`);
  if (accounting.badConflicts) problems.push(`${accounting.badConflicts} conflicts did not name a real newer revision`);

  if (window) {
    const after = outcomes.filter((o) => o.at > window.to + 5000);
    if (!after.some((o) => o.ok)) problems.push("the app did not recover after the fault");
    // A killed process takes the requests it was serving with it: those end as cut connections.
    // Anything else must fail with a proper answer (the API's JSON error, the error page).
    const cutOff = (o: Outcome) => FAULT === "kill-server" && o.at >= window.from && o.at <= window.to;
    const unclean = outcomes.filter((o) => !o.ok && !o.clean && !cutOff(o));
    const cut = outcomes.filter((o) => !o.ok && !o.clean && cutOff(o)).length;
    if (cut) console.log(`Requests cut off by the kill (connections to the killed process): ${cut}`);
    if (unclean.length) problems.push(`${unclean.length} requests failed uncleanly (first: ${unclean[0]!.error})`);
    const outside = outcomes.filter((o) => !o.ok && (o.at < window.from - 1000 || o.at > window.to + 10_000));
    if (outside.length) problems.push(`${outside.length} requests failed outside the fault (first: ${outside[0]!.error})`);
  } else {
    const errors = outcomes.filter((o) => !o.ok);
    if (errors.length) problems.push(`${errors.length} requests failed (first: ${errors[0]!.error})`);
  }
  if (problems.length) {
    failed = true;
    console.error(`\nProblems:\n- ${problems.join("\n- ")}`);
    if (server) console.error(`\nThe server's last lines:\n${server.output()}`);
  } else {
    console.log("\nNo errors outside the fault, no acknowledged write lost, nothing half-written.");
  }
} catch (error) {
  failed = true;
  console.error(`Load test failed: ${(error as Error).stack ?? error}`);
  if (server) console.error(server.output());
} finally {
  await server?.stop().catch(() => {});
  await database.drop().catch((error: Error) => console.error(`Could not drop the load database: ${error.message}`));
}
process.exit(failed ? 1 : 0);

/** The Debian cluster (version, name) serving this URL's port. */
function pgCluster(url: string): [string, string] {
  const port = new URL(url).port || "5432";
  const line = execFileSync("pg_lsclusters", ["--no-header"])
    .toString()
    .split("\n")
    .find((l) => l.trim().split(/\s+/)[2] === port);
  if (!line) throw new Error(`no local PostgreSQL cluster on port ${port} (pg_lsclusters)`);
  const [version, name] = line.trim().split(/\s+/);
  return [version!, name!];
}

/**
 * Every acknowledged edit is present at the end, or superseded by a later
 * acknowledged edit (a higher revision) of the same field of the same object;
 * every 409 names a revision newer than its If-Match and no newer than the
 * object's final one. (An edit that changes nothing answers the revision it
 * found, so two acknowledged edits may share one.)
 */
function accountEdits(edits: Edit[], finals: ({ id: string; revision: number } & Record<string, unknown>)[]) {
  const final = new Map(finals.map((row) => [row.id, row]));
  const acknowledged = edits.filter((e) => e.status === 200);
  const conflicts = edits.filter((e) => e.status === 409);
  let present = 0;
  let superseded = 0;
  let lost = 0;
  let firstLost: string | undefined;
  for (const edit of acknowledged) {
    const later = acknowledged.some((other) => other.id === edit.id && other.field === edit.field && other.revision! > edit.revision!);
    if (later) superseded++;
    else if (String(final.get(edit.id)?.[edit.field]) === String(edit.value)) present++;
    else {
      lost++;
      firstLost ??= `${edit.kind} ${edit.id} ${edit.field} = ${JSON.stringify(edit.value)} at revision ${edit.revision}`;
    }
  }
  const badConflicts = conflicts.filter((e) => !(e.ifMatch !== undefined && e.currentRevision !== undefined && e.currentRevision > e.ifMatch && e.currentRevision <= (final.get(e.id)?.revision ?? 0))).length;
  return {
    sent: edits.length,
    withIfMatch: edits.filter((e) => e.ifMatch !== undefined).length,
    acknowledged: acknowledged.length,
    conflicts: conflicts.length,
    errors: edits.length - acknowledged.length - conflicts.length,
    present,
    superseded,
    lost,
    firstLost,
    badConflicts,
  };
}

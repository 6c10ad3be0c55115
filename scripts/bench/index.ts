/**
 * `npm run bench`: generates a dataset in a throwaway database, starts the
 * production server on it and measures sign-in and the main pages, imports of a
 * long text and a PDF, the reader of that long text (bare, then with thousands
 * of claims), search of a large project (page and API), the claims board of a
 * project of many claims, claim creation by many analysts at once, and many
 * reviewers working through a queue of claims in review while other members'
 * open pages time each review's live event, and a long brief previewed and
 * exported to every format, each beside a floor measured in the same run.
 * Prints a table and writes bench-results/<timestamp>.json.
 *
 * With no database URL it runs on the embedded PostgreSQL `npm start` uses;
 * `--compare-external` runs everything twice, on the embedded server and on
 * a server of the machine's, and prints the two side by side.
 * `npm run bench -- --help` lists the flags. It runs with NODE_ENV=production,
 * so that what it measures in this process (the imports) runs as the server
 * runs it, without the development guards of lib/transaction-guard.
 */
import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { createTestDatabase, startTestServer } from "../lib/test-database";
import { runBriefScenarios, seedBriefProject } from "./brief-scenarios";
import { runClaimScenarios, seedClaimsProject } from "./claim-scenarios";
import { seedDataset } from "./dataset";
import { describeDatabase } from "./floors";
import { runFidelity } from "./fidelity";
import { runImportScenarios } from "./import-scenarios";
import { seedLibrary } from "./library";
import { parseOptions } from "./options";
import { monitorProcessTree, monitorPssTree, parentPid } from "./process-monitor";
import { formatComparison, formatReport, writeReport, type BenchReport } from "./report";
import { runReviewScenarios, seedReviewProject } from "./review-scenarios";
import { runScenarios, STATIC_PATH } from "./scenarios";
import { runSearchScenarios } from "./search-scenarios";
import { ensureBuild, startServer } from "./server";

const root = path.resolve(import.meta.dirname, "../..");
const log = (line: string) => console.log(line);

// Everything started is stopped in reverse order, once: at the end, on error or on Ctrl-C.
const cleanups: { what: string; run: () => Promise<void> }[] = [];
let cleaning: Promise<void> | undefined;
function cleanUp(): Promise<void> {
  cleaning ??= (async () => {
    for (const { what, run } of cleanups.reverse()) {
      try {
        await Promise.race([run(), new Promise((_, reject) => setTimeout(() => reject(new Error("timed out")), 20_000).unref())]);
      } catch (error) {
        console.error(`Could not ${what}: ${(error as Error).message}`);
      }
    }
  })();
  return cleaning;
}

const interrupt = new AbortController();
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    if (interrupt.signal.aborted) process.exit(130);
    console.error(`\n${signal}: stopping the server and dropping the database…`);
    interrupt.abort();
    void cleanUp().finally(() => process.exit(130));
  });
}

/**
 * `--compare-external`: the same run in two processes (lib/db binds to one
 * database per process), on the embedded server and then on the external one,
 * each printing its own report; then the two side by side.
 */
function compareRuns(externalUrl: string): boolean {
  const argv = process.argv.slice(2).filter((arg, i, all) => arg !== "--compare-external" && arg !== "--external-url" && all[i - 1] !== "--external-url");
  const files: string[] = [];
  for (const [name, url] of [["embedded", null], ["external", externalUrl]] as const) {
    const file = path.join(os.tmpdir(), `claimwork-bench-${name}-${process.pid}.json`);
    const env: NodeJS.ProcessEnv = { ...process.env, BENCH_REPORT_FILE: file };
    delete env.TEST_DATABASE_URL;
    delete env.DATABASE_URL;
    if (url) env.BENCH_DATABASE_URL = url;
    else delete env.BENCH_DATABASE_URL;
    log(`\n=== ${name === "embedded" ? "The embedded PostgreSQL" : `The server at ${new URL(externalUrl).host}`} ===`);
    const run = spawnSync(process.execPath, [...process.execArgv, process.argv[1]!, ...argv], { stdio: "inherit", env });
    if (run.status !== 0) return false;
    files.push(file);
  }
  const [embedded, external] = files.map((file) => JSON.parse(fs.readFileSync(file, "utf8")) as BenchReport);
  console.log(formatComparison(embedded!, external!));
  return true;
}

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  if (options.compareExternal) {
    if (!compareRuns(options.externalUrl)) throw new Error("a run of the comparison failed (see above)");
    return;
  }
  const startedAt = new Date().toISOString();
  let serverUrl = process.env.BENCH_DATABASE_URL || process.env.TEST_DATABASE_URL || process.env.DATABASE_URL || null;
  const embedded = !serverUrl;
  if (!serverUrl) {
    log("No BENCH_/TEST_/DATABASE_URL: starting the embedded PostgreSQL (.data/bench/)…");
    const server = await startTestServer("bench", log);
    cleanups.push({ what: "stop the embedded PostgreSQL", run: server.stop });
    serverUrl = server.url;
  }

  log(`Creating a throwaway database on ${new URL(serverUrl).host}…`);
  const database = await createTestDatabase("bench", { serverUrl });
  cleanups.push({ what: "drop the bench database", run: database.drop });
  if (interrupt.signal.aborted) return;

  // lib/db reads these once, when first imported (by seedDataset).
  const poolSize = Number(process.env.DATABASE_POOL_SIZE ?? 10);
  process.env.DATABASE_URL = database.url;
  process.env.DATABASE_POOL_SIZE = String(poolSize);
  const { db } = await import("../../lib/db");
  cleanups.push({ what: "disconnect Prisma", run: () => db.$disconnect() });
  log(`Generating the dataset: ${options.projects} projects, ${options.users} other users…`);
  const dataset = await seedDataset(database.url, options, log);
  log(`  ${Object.entries(dataset.rows).map(([t, n]) => `${n} ${t}`).join(", ")} in ${dataset.seconds.toFixed(1)} s`);
  // Apart from the dataset above, so that its scenarios see the same data as before.
  const library = await seedLibrary(database.url, options, log);
  const claimsProject = await seedClaimsProject(database.url, options, log);
  const reviewProject = await seedReviewProject(database.url, options, log);
  const briefProject = await seedBriefProject(database.url, options, log);
  await db.$disconnect();

  const pool = new pg.Pool({ connectionString: database.url, max: poolSize });
  // pool.end() resolves before its sockets close; the forced DROP DATABASE may then
  // terminate a closing connection, which an idle client reports here.
  pool.on("error", (error) => {
    if (!cleaning) console.error(`Floor pool: ${error.message}`);
  });
  cleanups.push({ what: "close the floor pool", run: () => pool.end() });
  const databaseKind = await describeDatabase(pool, embedded);
  // The database server's memory through the run: its postmaster is the parent of any backend.
  const { rows: backend } = await pool.query<{ pid: number }>("SELECT pg_backend_pid() AS pid");
  const postmaster = parentPid(backend[0]!.pid);
  const databaseMonitor = postmaster ? monitorPssTree(postmaster) : null;
  let databaseMemory = null as ReturnType<NonNullable<typeof databaseMonitor>["stop"]> | null;
  cleanups.push({ what: "stop the database memory sampler", run: async () => void (databaseMemory ??= databaseMonitor?.stop() ?? null) });

  const builtApp = await ensureBuild(log, (stop) => cleanups.push({ what: "stop next build", run: stop }));
  if (interrupt.signal.aborted) return;

  const serverEnv: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: database.url,
    DATABASE_POOL_SIZE: String(poolSize),
    AUTH_SECRET: randomBytes(32).toString("base64url"),
    NODE_ENV: "production",
    NEXT_TELEMETRY_DISABLED: "1",
    SEED_DEMO: "false",
  };
  delete serverEnv.TEST_DATABASE_URL;
  delete serverEnv.BENCH_DATABASE_URL;
  log("Starting the production server…");
  const server = await startServer(serverEnv, STATIC_PATH);
  cleanups.push({ what: "stop the server", run: server.stop });
  const monitor = monitorProcessTree(server.pid);
  let memory = null as ReturnType<typeof monitor.stop> | null;
  cleanups.push({ what: "stop the memory sampler", run: async () => void (memory ??= monitor.stop()) });
  const idleRssMb = monitor.currentRssMb();
  log(`  ${server.url} (pid ${server.pid}), ${idleRssMb} MB RSS`);

  log("Scenarios:");
  const results: Pick<BenchReport, "scenarios" | "floors"> & Required<Pick<BenchReport, "notes" | "sections">> = {
    scenarios: [],
    floors: [],
    notes: [],
    sections: [],
  };
  try {
    const ctx = { baseUrl: server.url, dataset, pool, options, monitor, signal: interrupt.signal, log };
    const pages = await runScenarios(ctx);
    // In this process, through lib/ (Prisma reconnects on first use); the server idles meanwhile.
    const imports = await runImportScenarios(ctx, library);
    await db.$disconnect();
    const search = await runSearchScenarios(ctx, library, imports.largeSource);
    const claims = await runClaimScenarios(ctx, library, imports.largeSource, claimsProject);
    const reviews = await runReviewScenarios(ctx, reviewProject);
    const briefs = await runBriefScenarios(ctx, briefProject);
    for (const part of [pages, imports, search, claims, reviews, briefs]) {
      results.scenarios.push(...part.scenarios);
      results.floors.push(...part.floors);
    }
    results.notes.push(...imports.notes, ...search.notes, ...claims.notes, ...reviews.notes, ...briefs.notes);
    results.sections.push(...search.sections, ...reviews.sections);
    const fidelity = await runFidelity(log);
    results.sections.push(...fidelity.sections);
    results.notes.push(...fidelity.notes);
  } catch (error) {
    if (!interrupt.signal.aborted) console.error(`Server output (last lines):\n${server.output()}`);
    throw error;
  }
  memory ??= monitor.stop();
  databaseMemory ??= databaseMonitor?.stop() ?? null;

  const report: BenchReport = {
    startedAt,
    finishedAt: new Date().toISOString(),
    machine: {
      cores: os.cpus().length,
      cpuModel: os.cpus()[0]?.model.trim() ?? "?",
      totalRamGb: Math.round((os.totalmem() / 1024 ** 3) * 10) / 10,
      node: process.version,
      platform: `${os.type()} ${os.release()} ${os.arch()}`,
      database: databaseKind,
    },
    options: { ...options },
    dataset: { rows: dataset.rows, seedSeconds: dataset.seconds, builtApp },
    server: { idleRssMb, memory, poolSize },
    databaseMemory,
    ...results,
  };
  console.log(formatReport(report));
  log(`Results: ${path.relative(process.cwd(), writeReport(report, path.join(root, "bench-results")))}`);
  if (process.env.BENCH_REPORT_FILE) fs.writeFileSync(process.env.BENCH_REPORT_FILE, JSON.stringify(report));
}

let failed = false;
try {
  await main();
} catch (error) {
  failed = true;
  if (!interrupt.signal.aborted) console.error(`Benchmark failed: ${(error as Error).stack ?? error}`);
} finally {
  await cleanUp();
}
process.exit(failed || interrupt.signal.aborted ? 1 : 0);

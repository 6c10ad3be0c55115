import type pg from "pg";
import type { Dataset } from "./dataset";
import { argon2Verify, homeDataQuery, readPasswordHash } from "./floors";
import { getPage, signIn, type CookieJar } from "./http";
import { runLoad, type LoadOptions, type Operation } from "./load";
import type { BenchOptions } from "./options";
import { cpuMsOfCommand, machineCpuTicks, type ProcessMonitor } from "./process-monitor";
import type { Measurement, ScenarioRow } from "./report";

export const STATIC_PATH = "/robots.txt";

export type Context = {
  baseUrl: string;
  dataset: Dataset;
  pool: pg.Pool;
  options: BenchOptions;
  monitor: ProcessMonitor;
  signal: AbortSignal;
  log: (line: string) => void;
};

/** Runs one operation under load, with CPU (server, database, this process) and server RSS over the measured phase. */
export async function measure(
  ctx: Context,
  key: string,
  label: string,
  op: Operation,
  load: { requests: number; concurrency: number; serverSide: boolean; warmup?: number; ratePerSecond?: number },
): Promise<Measurement> {
  const { monitor, options } = ctx;
  let cpuStart = 0;
  let benchCpuStart = process.cpuUsage();
  let machineStart = machineCpuTicks();
  let dbCpuStart = 0;
  let bytes: number | null = null;
  const loadOptions: LoadOptions = {
    requests: load.requests,
    concurrency: load.concurrency,
    warmup: load.warmup ?? Math.min(options.warmup, load.requests),
    timeLimitMs: options.timeLimit * 1000,
    signal: ctx.signal,
    ratePerSecond: load.ratePerSecond,
    onMeasuredStart: () => {
      cpuStart = monitor.cpuMs();
      benchCpuStart = process.cpuUsage();
      machineStart = machineCpuTicks();
      dbCpuStart = cpuMsOfCommand("postgres");
      monitor.window();
    },
  };
  const pace = load.ratePerSecond ? `, paced at ${load.ratePerSecond}/s` : "";
  ctx.log(`  ${label}: ${loadOptions.warmup} warm-up, ${load.requests} at concurrency ${load.concurrency}${pace}…`);
  const stats = await runLoad(async (i) => {
    const result = await op(i);
    if (typeof result === "number") bytes = result;
  }, loadOptions);
  const machine = machineCpuTicks();
  const dbCpu = cpuMsOfCommand("postgres") - dbCpuStart;
  const serverCpu = monitor.cpuMs() - cpuStart;
  const benchCpu = process.cpuUsage(benchCpuStart);
  const peak = monitor.window();
  if (ctx.signal.aborted) throw new Error("interrupted");
  const n = Math.max(1, stats.completed + stats.errors);
  ctx.log(`    median ${stats.medianMs.toFixed(1)} ms, p95 ${stats.p95Ms.toFixed(1)} ms, ${stats.reqPerSec.toFixed(1)}/s${stats.errors ? `, ${stats.errors} errors` : ""}`);
  return {
    key,
    label,
    stats,
    serverCpuMsPerRequest: load.serverSide ? serverCpu / n : null,
    benchCpuMsPerRequest: (benchCpu.user + benchCpu.system) / 1000 / n,
    databaseCpuMsPerRequest: dbCpu / n,
    serverPeakRssMb: load.serverSide ? peak : null,
    machineCpuPercent: Math.round((100 * (machine.busy - machineStart.busy)) / Math.max(1, machine.total - machineStart.total)),
    responseBytes: bytes,
  };
}

/** Every scenario and every floor, each floor right after the scenario it belongs to. */
export async function runScenarios(ctx: Context): Promise<{ scenarios: ScenarioRow[]; floors: Measurement[] }> {
  const { baseUrl, dataset, options, pool } = ctx;
  const concurrency = options.concurrency;
  const pageLoad = { requests: options.requests, concurrency, serverSide: true };
  const scenarios: ScenarioRow[] = [];
  const floors: Measurement[] = [];

  const jar: CookieJar = await signIn(baseUrl, dataset.owner);
  const [first, last] = [dataset.projects[0]!, dataset.projects.at(-1)!];

  // (b) A static file of the same server, sent with the session cookie like every
  // page request (whether proxy.ts runs for it depends on its matcher).
  floors.push(
    await measure(ctx, "static", `GET ${STATIC_PATH} (static)`, () => getPage(baseUrl, STATIC_PATH, jar, ["User-agent"]), pageLoad),
  );

  // Sign-in: csrf + credentials callback, users in turn; successes never lock.
  const users = dataset.signInUsers;
  scenarios.push({
    ...(await measure(ctx, "sign-in", "sign-in (csrf + callback)", (i) => signIn(baseUrl, users[i % users.length]!), {
      requests: options.signIns,
      concurrency,
      serverSide: true,
    })),
    floorKey: "argon2",
  });
  // (c) One argon2id verify in this process: alone (the latency floor), then at
  // the scenario's concurrency (the machine's ceiling for sign-ins a second).
  const hash = await readPasswordHash(pool, dataset.owner.email);
  const verify = argon2Verify(hash, dataset.owner.password);
  const argonRequests = Math.min(options.signIns, 50);
  floors.push(await measure(ctx, "argon2", "argon2 verify, in-process", verify, { requests: argonRequests, concurrency: 1, serverSide: false }));
  floors.push(
    await measure(ctx, "argon2-concurrent", "argon2 verify, in-process", verify, { requests: argonRequests, concurrency, serverSide: false }),
  );

  scenarios.push({
    ...(await measure(ctx, "home", `GET / (${dataset.projects.length} projects)`, () => getPage(baseUrl, "/", jar, [first.name, last.name]), pageLoad)),
    floorKey: "home-sql",
  });
  // (a) The home page's rows through plain SQL over pg, at the same concurrency.
  floors.push(await measure(ctx, "home-sql", "home data, plain SQL", homeDataQuery(pool, dataset.owner.id), { ...pageLoad, serverSide: false }));

  const members = [first.name, ...(dataset.firstProjectMemberEmail ? [dataset.firstProjectMemberEmail] : [])];
  scenarios.push({
    ...(await measure(ctx, "members", "GET /projects/:id/members", () => getPage(baseUrl, `/projects/${first.id}/members`, jar, members), pageLoad)),
    floorKey: "static",
  });
  scenarios.push({
    ...(await measure(ctx, "sources", "GET /projects/:id/sources", () => getPage(baseUrl, `/projects/${first.id}/sources`, jar, [first.name, "Bench source 1:"]), pageLoad)),
    floorKey: "static",
  });
  return { scenarios, floors };
}

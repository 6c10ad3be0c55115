import fs from "node:fs";
import path from "node:path";
import type { LoadStats } from "./load";
import type { MemoryReport, PssReport } from "./process-monitor";

export type Measurement = {
  key: string;
  label: string;
  stats: LoadStats;
  /** Server CPU (user + system) per measured request; null for in-process floors. */
  serverCpuMsPerRequest: number | null;
  /** This process's CPU per measured operation (the load generator); null for delays observed beside a load. */
  benchCpuMsPerRequest: number | null;
  /** CPU of all "postgres" processes on the machine per operation. */
  databaseCpuMsPerRequest: number | null;
  /** Peak server RSS during the measured phase. */
  serverPeakRssMb: number | null;
  /** Busy share of all the machine's cores during the measured phase (server, database and this process). */
  machineCpuPercent: number;
  /** Size of the last response body, for HTTP scenarios. */
  responseBytes: number | null;
};

/** What a scenario should achieve: its median or p95 at most `ms`, and at least `perSecond` completed a second. */
export type Target = { stat: "median" | "p95"; ms: number; perSecond?: number };
export type ScenarioRow = Measurement & { floorKey: string; target?: Target };
/** A row of delays observed beside a measured load (its concurrency, duration and machine load), with no CPU or memory of its own. */
export function observedRow(key: string, label: string, stats: LoadStats, during: Measurement): Measurement {
  return {
    key,
    label,
    stats,
    serverCpuMsPerRequest: null,
    benchCpuMsPerRequest: null,
    databaseCpuMsPerRequest: null,
    serverPeakRssMb: null,
    machineCpuPercent: during.machineCpuPercent,
    responseBytes: null,
  };
}

/** A further table: a breakdown printed under the main ones. */
export type Section = { title: string; header: string[]; rows: string[][] };

export type BenchReport = {
  startedAt: string;
  finishedAt: string;
  machine: { cores: number; cpuModel: string; totalRamGb: number; node: string; platform: string; database: string };
  options: Record<string, unknown>;
  dataset: { rows: Record<string, number>; seedSeconds: number; builtApp: boolean };
  server: { idleRssMb: number; memory: MemoryReport; poolSize: number };
  /** The database server's summed PSS (postmaster and backends) through the run; null if it is not on this machine. */
  databaseMemory: PssReport | null;
  scenarios: ScenarioRow[];
  floors: Measurement[];
  /** What the large-source and search scenarios ran on, and what their figures mean. */
  notes?: string[];
  sections?: Section[];
};

const f = (n: number | null | undefined, digits = 1) =>
  n === null || n === undefined || Number.isNaN(n) ? "—" : n.toLocaleString("en", { minimumFractionDigits: digits, maximumFractionDigits: digits });

function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) =>
    "| " + cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join(" | ") + " |";
  const rule = "|" + widths.map((w, i) => (i === 0 ? "-".repeat(w + 2) : "-".repeat(w + 1) + ":")).join("|") + "|";
  return [line(header), rule, ...rows.map(line)].join("\n");
}

const errorsOf = (s: LoadStats) => `${s.errors}${s.cutShort ? "*" : ""}`;

function targetOf(s: ScenarioRow): string {
  if (!s.target) return "—";
  const value = s.target.stat === "median" ? s.stats.medianMs : s.stats.p95Ms;
  const latency = `${s.target.stat} ≤ ${s.target.ms.toLocaleString("en")} ${value <= s.target.ms ? "✓" : "✗"}`;
  if (s.target.perSecond === undefined) return latency;
  return `${latency}, ≥ ${s.target.perSecond}/s ${s.stats.reqPerSec >= s.target.perSecond ? "✓" : "✗"}`;
}

/** Sections alone, as formatReport prints them. */
export function formatSections(sections: Section[]): string {
  return sections.flatMap((section) => ["", section.title, table(section.header, section.rows)]).join("\n");
}

export function formatReport(r: BenchReport): string {
  const floors = new Map(r.floors.map((m) => [m.key, m]));
  const scenarioRows = r.scenarios.map((s) => {
    const floor = floors.get(s.floorKey);
    return [
      s.label,
      `${s.stats.completed}×${s.stats.concurrency}${s.stats.offeredPerSec ? ` @${s.stats.offeredPerSec}/s` : ""}`,
      f(s.stats.medianMs),
      f(s.stats.p95Ms),
      targetOf(s),
      f(s.stats.reqPerSec),
      floor?.label ?? "—",
      f(floor?.stats.medianMs),
      f(floor?.stats.p95Ms),
      f(s.serverCpuMsPerRequest),
      f(s.databaseCpuMsPerRequest),
      f(s.benchCpuMsPerRequest),
      `${s.machineCpuPercent}%`,
      s.responseBytes === null ? "—" : `${f(s.responseBytes / 1024)}`,
      f(s.serverPeakRssMb, 0),
      errorsOf(s.stats),
    ];
  });
  const floorRows = r.floors.map((m) => [
    m.label,
    `${m.stats.completed}×${m.stats.concurrency}`,
    f(m.stats.medianMs, 2),
    f(m.stats.p95Ms, 2),
    f(m.stats.reqPerSec),
    f(m.serverCpuMsPerRequest),
    f(m.databaseCpuMsPerRequest),
    f(m.benchCpuMsPerRequest),
    `${m.machineCpuPercent}%`,
    m.responseBytes === null ? "—" : `${f(m.responseBytes / 1024)}`,
    errorsOf(m.stats),
  ]);
  const firstErrors = [...r.scenarios, ...r.floors].filter((m) => m.stats.firstError).map((m) => `  ${m.label}: ${m.stats.firstError}`);
  const m = r.machine;
  return [
    "",
    `Machine: ${m.cores} cores (${m.cpuModel}), ${f(m.totalRamGb)} GB RAM, Node ${m.node}, ${m.platform}`,
    `Database: ${m.database}; app pool ${r.server.poolSize} connections`,
    `Dataset: ${Object.entries(r.dataset.rows).map(([t, n]) => `${n.toLocaleString("en")} ${t}`).join(", ")} (seeded in ${f(r.dataset.seedSeconds)} s)`,
    "",
    table(
      ["scenario", "n×conc", "median ms", "p95 ms", "target ms", "req/s", "floor", "floor median", "floor p95", "srv CPU ms", "db CPU ms", "bench CPU ms", "CPU busy", "KiB", "peak RSS MB", "errors"],
      scenarioRows,
    ),
    "",
    table(["floor", "n×conc", "median ms", "p95 ms", "req/s", "srv CPU ms", "db CPU ms", "bench CPU ms", "CPU busy", "KiB", "errors"], floorRows),
    "CPU ms: CPU time per request of the server (all its processes), of PostgreSQL (every postgres process on the machine) and of" +
      " this process (the load generator);" +
      " CPU busy: all cores during the measured phase; KiB: last response body.",
    "",
    `Server (scripts/serve.mjs) RSS: ${f(r.server.idleRssMb, 0)} MB after start, peak ${f(r.server.memory.peakTreeRssMb, 0)} MB ` +
      `(sum over ${r.server.memory.processes} process(es), ${r.server.memory.samples} samples at 100 ms; ` +
      `kernel VmHWM ${f(r.server.memory.peakProcessHwmMb, 0)} MB)`,
    databaseMemoryLine(r),
    ...(r.notes?.length ? ["", ...r.notes] : []),
    ...(r.sections ?? []).flatMap((section) => ["", section.title, table(section.header, section.rows)]),
    ...(firstErrors.length ? ["", "Errors (* = cut short by the time limit, the error limit or an interrupt):", ...firstErrors] : []),
    "",
  ].join("\n");
}

export function writeReport(r: BenchReport, dir: string): string {
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `${r.startedAt.replace(/[:.]/g, "-")}.json`);
  fs.writeFileSync(file, JSON.stringify(r, null, 2) + "\n");
  return file;
}

function databaseMemoryLine(r: BenchReport): string {
  const m = r.databaseMemory;
  if (!m) return "Database memory: not on this machine.";
  return `Database (${r.machine.database}) PSS: ${f(m.idlePssMb, 0)} MB at the start of the scenarios, peak ${f(m.peakPssMb, 0)} MB (postmaster and up to ${m.processes - 1} backends)`;
}

/** Within this factor of the external server's median, the embedded one is as good for a team. */
export const EMBEDDED_TARGET_RATIO = 1.3;

/** The scenarios of two runs side by side: the embedded server's figures beside the external one's. */
export function formatComparison(embedded: BenchReport, external: BenchReport): string {
  const other = new Map(external.scenarios.map((s) => [s.key, s]));
  const ratios: number[] = [];
  const rows = embedded.scenarios.flatMap((s) => {
    const e = other.get(s.key);
    if (!e) return [];
    const ratio = s.stats.medianMs / Math.max(0.001, e.stats.medianMs);
    ratios.push(ratio);
    return [[
      s.label,
      f(s.stats.medianMs),
      f(e.stats.medianMs),
      `${f(ratio, 2)}× ${ratio <= EMBEDDED_TARGET_RATIO ? "✓" : "✗"}`,
      f(s.stats.p95Ms),
      f(e.stats.p95Ms),
      f(s.serverCpuMsPerRequest),
      f(e.serverCpuMsPerRequest),
      f(s.databaseCpuMsPerRequest),
      f(e.databaseCpuMsPerRequest),
    ]];
  });
  const worst = Math.max(...ratios);
  return [
    "",
    `Embedded: ${embedded.machine.database}. External: ${external.machine.database}.`,
    table(
      ["scenario", "embedded median", "external median", `ratio (≤ ${EMBEDDED_TARGET_RATIO}×)`, "embedded p95", "external p95", "emb. srv CPU", "ext. srv CPU", "emb. db CPU", "ext. db CPU"],
      rows,
    ),
    `Worst median ratio: ${f(worst, 2)}× (${ratios.filter((r) => r <= EMBEDDED_TARGET_RATIO).length} of ${ratios.length} within ${EMBEDDED_TARGET_RATIO}×).`,
    databaseMemoryLine(embedded),
    databaseMemoryLine(external),
    "",
  ].join("\n");
}

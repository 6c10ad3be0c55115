import { performance } from "node:perf_hooks";

export type LoadOptions = {
  /** Measured operations. */
  requests: number;
  concurrency: number;
  /** Unmeasured operations first, at the same concurrency. */
  warmup: number;
  /** The measured phase stops starting new operations after this long. */
  timeLimitMs: number;
  signal: AbortSignal;
  /** Called between the warm-up and the measured phase. */
  onMeasuredStart?: () => void;
  /**
   * Paced ("open") load: operation i is due at i / rate seconds, whether or not
   * earlier ones have finished, and its latency counts from when it was due — so
   * a server that falls behind shows it, instead of slowing the clients down.
   * At most `concurrency` are in flight (the people acting). Unset: each of the
   * `concurrency` clients starts its next operation as soon as the last ends.
   */
  ratePerSecond?: number;
};

export type LoadStats = {
  concurrency: number;
  /** The paced load's offered rate, when it was paced. */
  offeredPerSec?: number;
  planned: number;
  completed: number;
  errors: number;
  firstError?: string;
  /** True when the time limit, the error limit or an interrupt cut the run short. */
  cutShort: boolean;
  medianMs: number;
  p95Ms: number;
  meanMs: number;
  minMs: number;
  maxMs: number;
  reqPerSec: number;
  elapsedMs: number;
};

/** An operation; `i` counts from 0 across warm-up and measured runs. */
export type Operation = (i: number) => Promise<unknown>;

const MAX_ERRORS = 10;

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]!;
}

export function median(sorted: number[]): number {
  if (sorted.length === 0) return Number.NaN;
  const mid = sorted.length / 2;
  return Number.isInteger(mid) ? (sorted[mid - 1]! + sorted[mid]!) / 2 : sorted[Math.floor(mid)]!;
}

/** Runs `count` operations with at most `concurrency` in flight; returns each duration or error. */
async function drive(
  op: Operation,
  offset: number,
  count: number,
  concurrency: number,
  deadline: number,
  signal: AbortSignal,
  onResult: (ms: number | Error) => boolean,
  ratePerSecond?: number,
): Promise<boolean> {
  let next = 0;
  let stopped = false;
  const t0 = performance.now();
  const worker = async () => {
    while (!stopped && next < count) {
      if (signal.aborted || performance.now() > deadline) {
        stopped = true;
        break;
      }
      const k = next++;
      const i = offset + k;
      let start = performance.now();
      if (ratePerSecond) {
        const due = t0 + (k * 1000) / ratePerSecond;
        if (due > start) await new Promise((resolve) => setTimeout(resolve, due - start));
        start = due;
      }
      let result: number | Error;
      try {
        await op(i);
        result = performance.now() - start;
      } catch (error) {
        result = error instanceof Error ? error : new Error(String(error));
      }
      if (!onResult(result)) stopped = true;
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, count) }, worker));
  return stopped;
}

/** Warm-up, then a bounded number of measured operations at a fixed concurrency. */
export async function runLoad(op: Operation, options: LoadOptions): Promise<LoadStats> {
  const { requests, concurrency, warmup, timeLimitMs, signal, ratePerSecond } = options;
  if (warmup > 0) {
    let warmupError: Error | undefined;
    await drive(op, 0, warmup, concurrency, performance.now() + timeLimitMs, signal, (r) => {
      if (r instanceof Error) warmupError ??= r;
      return !warmupError;
    }, ratePerSecond);
    if (warmupError) throw new Error(`warm-up failed: ${warmupError.message}`);
  }

  options.onMeasuredStart?.();
  const durations: number[] = [];
  let errors = 0;
  let firstError: string | undefined;
  const started = performance.now();
  const cutShort = await drive(op, warmup, requests, concurrency, started + timeLimitMs, signal, (r) => {
    if (r instanceof Error) {
      errors++;
      firstError ??= r.message;
      return errors < MAX_ERRORS;
    }
    durations.push(r);
    return true;
  }, ratePerSecond);
  const elapsedMs = performance.now() - started;
  return { ...summarize(durations, { concurrency, planned: requests, errors, firstError, cutShort, elapsedMs }), ...(ratePerSecond ? { offeredPerSec: ratePerSecond } : {}) };
}

/** Load figures from durations gathered elsewhere (e.g. delays observed beside a load), in the shape runLoad gives. */
export function summarize(
  durations: number[],
  run: Pick<LoadStats, "concurrency" | "planned" | "errors" | "firstError" | "cutShort" | "elapsedMs">,
): LoadStats {
  const sorted = [...durations].sort((a, b) => a - b);
  return {
    ...run,
    completed: sorted.length,
    medianMs: median(sorted),
    p95Ms: percentile(sorted, 95),
    meanMs: sorted.reduce((a, b) => a + b, 0) / (sorted.length || 1),
    minMs: sorted[0] ?? Number.NaN,
    maxMs: sorted.at(-1) ?? Number.NaN,
    reqPerSec: sorted.length / (run.elapsedMs / 1000),
  };
}

import "server-only";
import os from "node:os";
import path from "node:path";
import { Piscina } from "piscina";
import { ExtractionError } from "./extract";
import type { ReadAnswer, ReadRequest } from "./read-document";

/** How long reading one document (pdf.js, unpacking, layout, parsing) may take, and how much memory its worker may use. */
export const READ_LIMITS = { timeMs: 60_000, memoryMb: 1024 };

const pools = new Map<number, Piscina<ReadRequest, ReadAnswer>>();

/**
 * The parse workers: reading a document (pdf.js on a 100-page PDF, its layout, a long text's notes) is CPU work of
 * up to a second, which would stall every other request on the server's one main thread, and a hostile file must
 * cost one refused upload, never the server. A worker's memory is capped; one that runs past the time limit is
 * stopped and replaced. Workers start when the first document comes and stop when idle; one fewer than the cores,
 * so that the server keeps one. Loaded from disk (the server runs from the project's folder), outside the app's
 * bundles.
 */
function readPool(memoryMb: number) {
  let pool = pools.get(memoryMb);
  if (!pool) {
    pool = new Piscina<ReadRequest, ReadAnswer>({
      filename: path.join(process.cwd(), "lib", "sources", "read-worker.mjs"),
      minThreads: 0,
      maxThreads: Math.max(1, os.availableParallelism() - 1),
      idleTimeout: 60_000,
      resourceLimits: { maxOldGenerationSizeMb: memoryMb },
    });
    pools.set(memoryMb, pool);
  }
  return pool;
}

/** Reads a document in a parse worker; a document that cannot be read, or breaks a limit, is an ExtractionError. */
export async function readInWorker(request: ReadRequest, limits = READ_LIMITS): Promise<Extract<ReadAnswer, { ok: true }>> {
  let answer: ReadAnswer;
  try {
    answer = await readPool(limits.memoryMb).run(request, { signal: AbortSignal.timeout(limits.timeMs) });
  } catch (error) {
    const { name, code } = error as { name?: string; code?: string };
    if (name === "AbortError" || name === "TimeoutError") {
      throw new ExtractionError(`This document takes too long to read (over ${Math.round(limits.timeMs / 1000)} s). Save it again from its source, or split it.`);
    }
    if (code === "ERR_WORKER_OUT_OF_MEMORY") throw new ExtractionError("This document needs too much memory to read. Save it again from its source, or split it.");
    throw error;
  }
  if (!answer.ok) throw new ExtractionError(answer.message);
  return answer;
}

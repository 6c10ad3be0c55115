import "server-only";
import os from "node:os";
import path from "node:path";
import { Piscina } from "piscina";
import type { BriefDocument } from "@/lib/briefs/document";
import { AppError } from "@/lib/errors";

/** How long typesetting one brief may take (a 300-claim brief takes about half a second), and its worker's JavaScript memory. */
export const PDF_LIMITS = { timeMs: 30_000, memoryMb: 512 };

type PdfAnswer = { ok: true; pdf: Uint8Array } | { ok: false; message: string };

let pool: Piscina<BriefDocument, PdfAnswer> | null = null;

/**
 * The PDF workers: Typst's compile runs synchronously in native code on the thread that calls it, a
 * second for a long brief, which would stall every other request on the server's one main thread. One
 * fewer worker than the cores, so that the server keeps one. Each worker keeps its compiler (and the
 * fonts it has read) between briefs, and stops only after ten idle minutes. Loaded from disk (the
 * server runs from the project's folder), outside the app's bundles.
 */
function pdfPool() {
  pool ??= new Piscina<BriefDocument, PdfAnswer>({
    filename: path.join(process.cwd(), "lib", "exports", "pdf-worker.mjs"),
    minThreads: 0,
    maxThreads: Math.max(1, os.availableParallelism() - 1),
    idleTimeout: 10 * 60_000,
    resourceLimits: { maxOldGenerationSizeMb: PDF_LIMITS.memoryMb },
  });
  return pool;
}

/** The brief typeset as a PDF in a worker. A brief that takes too long is refused with a message; Typst's own failures are errors. */
export async function typesetInWorker(document: BriefDocument, limits = PDF_LIMITS): Promise<Buffer> {
  let answer: PdfAnswer;
  try {
    answer = await pdfPool().run(document, { signal: AbortSignal.timeout(limits.timeMs) });
  } catch (error) {
    const { name } = error as { name?: string };
    if (name === "AbortError" || name === "TimeoutError") {
      throw new AppError("too_large", `This brief takes too long to typeset as a PDF (over ${Math.round(limits.timeMs / 1000)} s). Export it as DOCX, or split it.`);
    }
    throw error;
  }
  if (!answer.ok) throw new Error(answer.message);
  return Buffer.from(answer.pdf.buffer, answer.pdf.byteOffset, answer.pdf.byteLength);
}

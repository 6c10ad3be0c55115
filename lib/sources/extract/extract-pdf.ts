import path from "node:path";
import { Worker } from "node:worker_threads";
import { ExtractionError } from "./extraction-error";
import { looksLikePerson } from "../parse/names";
import { cleanText, splitAuthors } from "./metadata";
import { layoutPdf } from "./pdf-layout";
import type { PdfPage } from "./pdf-lines";
import type { Extracted } from "./types";

/** Titles that PDF writers fill in by themselves. */
const MACHINE_TITLE = /^(?:microsoft (?:word|powerpoint) - |untitled\b)|\.(?:docx?|pdf|indd|tex|rtf)$/i;

/** How long one PDF may take to read, and how much memory its reading may use. */
export const PDF_LIMITS = { timeMs: 60_000, memoryMb: 512 };

type WorkerAnswer =
  | { ok: true; pages: PdfPage[]; info: { title: string | null; author: string | null; created: string | null; language: string | null } }
  | { ok: false; problem: "password" | "damaged" };

const DAMAGED = "This PDF file is damaged and can't be read.";

/**
 * Runs PDF.js (through unpdf: no canvas, no network, no eval) in a worker
 * thread with a time and memory limit, so that a hostile or pathological PDF
 * costs one refused upload, never the server. The worker is loaded from disk
 * (the server runs from the project's folder), outside the app's bundles.
 */
function readInWorker(bytes: Uint8Array, limits: typeof PDF_LIMITS): Promise<WorkerAnswer> {
  const script = path.join(process.cwd(), "lib", "sources", "extract", "pdf-worker.mjs");
  // PDF.js may take ownership of the buffer it is given: the worker gets a copy.
  const copy = bytes.slice();
  const worker = new Worker(script, {
    workerData: { bytes: copy },
    transferList: [copy.buffer],
    resourceLimits: { maxOldGenerationSizeMb: limits.memoryMb },
    stdout: true,
    stderr: true,
  });
  return new Promise<WorkerAnswer>((resolve, reject) => {
    const timer = setTimeout(() => {
      reject(new ExtractionError(`This PDF takes too long to read (over ${Math.round(limits.timeMs / 1000)} s). Save it again from its source, or split it.`));
      void worker.terminate();
    }, limits.timeMs);
    worker.once("message", (answer: WorkerAnswer) => {
      clearTimeout(timer);
      resolve(answer);
      void worker.terminate();
    });
    worker.once("error", (error: Error & { code?: string }) => {
      clearTimeout(timer);
      reject(
        new ExtractionError(error.code === "ERR_WORKER_OUT_OF_MEMORY" ? "This PDF needs too much memory to read. Save it again from its source, or split it." : DAMAGED),
      );
    });
    worker.once("exit", () => {
      clearTimeout(timer);
      reject(new ExtractionError(DAMAGED));
    });
  });
}

/** PDF text with its layout (lines, paragraphs, markers, footnotes) worked out by pdf-layout, and the metadata the file gives. */
export async function extractPdf(bytes: Uint8Array, limits = PDF_LIMITS): Promise<Omit<Extracted, "format">> {
  const answer = await readInWorker(bytes, limits);
  if (!answer.ok) {
    throw new ExtractionError(answer.problem === "password" ? "This PDF is password-protected. Remove the password and upload it again." : DAMAGED);
  }
  const { pages, info } = answer;
  if (!pages.some((p) => p.items.some((i) => i.str.trim()))) {
    throw new ExtractionError("This PDF has no text layer — it looks like a scan. Run it through OCR first, then upload the result.");
  }
  const str = (v: string | null) => (v === null ? null : cleanText(v));
  const infoTitle = str(info.title);
  const title = infoTitle && !MACHINE_TITLE.test(infoTitle) ? infoTitle : null;
  // A PDF writer's Author is often the account that made the file: only names of people count.
  const authors = splitAuthors(str(info.author)).filter(looksLikePerson);
  const layout = layoutPdf(pages);
  return {
    title,
    authors,
    // The file's creation date is when it was made or printed, never when the work was published.
    publishedOn: null,
    language: str(info.language),
    hints: {
      title: [
        ...(layout.largest ? [{ value: layout.largest, origin: "the largest type on the first page" }] : []),
        ...(title ? [{ value: title, origin: "the PDF's document properties" }] : []),
      ],
      authors: authors.length ? [{ value: authors, origin: "the PDF's document properties" }] : [],
    },
    text: layout.text,
  };
}

// The PDF worker's entry (pdf-pool.ts): typesets one brief with Typst, off the server's main thread.
// Plain JavaScript, loaded by Node from disk outside the app's bundles; it loads the TypeScript writer with tsx.
// Typst's compiler and its fonts stay loaded in this thread between briefs.
import { tsImport } from "tsx/esm/api";

const { compileBriefPdf } = await tsImport("./typst/compile-brief.ts", import.meta.url);

/** A brief's PDF, or why Typst could not typeset it (the compiler is made afresh for the next one). */
export default function typesetBrief(document) {
  try {
    return { ok: true, pdf: compileBriefPdf(document) };
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
}

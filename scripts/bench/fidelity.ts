/**
 * Import fidelity and parsing speed, in this process (no server, no database):
 * - the corpus of real producers' documents (corpus/), per format and producer: documents read exactly, notes
 *   recall and precision, front-matter accuracy, body-integrity violations;
 * - a 100-page PDF read whole (pdf.js in its worker, layout, parse) beside pdf.js's own text extraction, and a
 *   100,000-word text parsed beside splitting it into lines; both in this thread, and as an import reads them, in
 *   the parse worker (read-pool.ts).
 * Runs inside `npm run bench`, or alone: `npx tsx --conditions=react-server scripts/bench/fidelity.ts`.
 */
import { performance } from "node:perf_hooks";
import { pathToFileURL } from "node:url";
import { extractFile } from "../../lib/sources/extract";
import { parseDocument } from "../../lib/sources/parse-document";
import { readInWorker } from "../../lib/sources/read-pool";
import { makePdf } from "../../lib/testing/document-files";
import { corpusFigures, loadCorpus, readCorpusDocument } from "../../lib/testing/import-corpus";
import { longMarkdown, pdfPages } from "./documents";
import type { Section } from "./report";

const RUNS = 7;

async function median(run: () => unknown): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < RUNS + 1; i++) {
    const started = performance.now();
    await run();
    if (i > 0) times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

/** pdf.js alone, on the main thread: every page's text content, nothing else. */
async function pdfjsAlone(bytes: Uint8Array) {
  const { getDocumentProxy } = await import("unpdf");
  const pdf = await getDocumentProxy(bytes.slice(), { isEvalSupported: false, useSystemFonts: false, disableFontFace: true, verbosity: 0 });
  for (let n = 1; n <= pdf.numPages; n++) await (await pdf.getPage(n)).getTextContent();
  await pdf.destroy();
}

export async function runFidelity(log: (line: string) => void): Promise<{ sections: Section[]; notes: string[] }> {
  log("Import fidelity: reading the corpus…");
  const { entries, texts } = loadCorpus();
  const results = [];
  for (const entry of entries) results.push(await readCorpusDocument(entry, texts.get(entry.text)!));
  const figures = entries.length > 0 ? corpusFigures(results) : [];
  const pct = (v: number) => `${v}%`;
  const corpus: Section = {
    title:
      entries.length > 0
        ? `Import corpus (${entries.length} documents; floor: 100% on every line)`
        : "Import corpus: not generated (run scripts/corpus/generate.ts to make corpus/manifest.json)",
    header: ["format · producer", "documents", "read exactly", "notes recall", "notes precision", "front matter", "integrity violations"],
    rows: figures.map((f) => [f.group, String(f.documents), pct(f.exact), pct(f.recall), pct(f.precision), pct(f.frontMatter), String(f.violations)]),
  };

  log("Parsing speed: a 100-page PDF and a 100,000-word text…");
  const spec = pdfPages(100);
  const bytes = await makePdf(spec.pages);
  const file = { name: "report.pdf", type: "application/pdf", bytes };
  const pdfMs = await median(async () => {
    const extracted = await extractFile(file);
    parseDocument(extracted.text, { hints: extracted.hints });
  });
  const pdfInWorker = await median(() => readInWorker({ file, maxBytes: bytes.byteLength, plainText: false }));
  const pdfFloor = await median(() => pdfjsAlone(bytes));
  const text = longMarkdown(100_000, 300, 0).text;
  const textMs = await median(() => parseDocument(text));
  const textInWorker = await median(() => readInWorker({ text }));
  const textFloor = await median(() => text.normalize("NFC").split("\n").map((l) => l.trim()));
  const ms = (v: number) => `${Math.round(v).toLocaleString("en")} ms`;
  const speed: Section = {
    title: "Parsing speed (median of 7)",
    header: ["document", "read and parsed", "target", "floor", "floor is"],
    rows: [
      ["100-page PDF", ms(pdfMs), "≤ 1,000 ms", ms(pdfFloor), "pdf.js text extraction alone"],
      ["100-page PDF, in the parse worker", ms(pdfInWorker), "≤ 1,000 ms", ms(pdfFloor), "pdf.js text extraction alone"],
      ["100,000-word text", ms(textMs), "≤ 100 ms", ms(textFloor), "normalising and splitting it into lines"],
      ["100,000-word text, in the parse worker", ms(textInWorker), "≤ 100 ms", ms(textFloor), "normalising and splitting it into lines"],
    ],
  };
  const slowest = [...results].sort((a, b) => b.ms - a.ms)[0];
  return {
    sections: [corpus, speed],
    notes: slowest ? [`Corpus: slowest document ${slowest.entry.file}, ${ms(slowest.ms)}.`] : [],
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const { formatSections } = await import("./report");
  const out = await runFidelity((line) => console.error(line));
  console.log(formatSections(out.sections));
  for (const note of out.notes) console.log(note);
}

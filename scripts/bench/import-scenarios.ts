/**
 * Imports through the real lib function importSource, in this process (wall time; the server
 * idles): a long Markdown commentary with footnotes, and a PDF with page-footer notes. Floors:
 * the same rows inserted with plain SQL; parsing alone (prepareImport) and pdf.js alone
 * (extractFile), to split an import's time between reading the document and the database.
 */
import { performance } from "node:perf_hooks";
import { parseDocument } from "../../lib/sources/parse-document";
import { makePdf } from "../../lib/testing/document-files";
import { longMarkdown, pdfPages } from "./documents";
import type { Library } from "./library";
import { insertParsedSource } from "./library-floors";
import type { Measurement, ScenarioRow } from "./report";
import { measure, type Context } from "./scenarios";

const WARMUP = 1;
const TEXT_TARGET_MS = 3000;

export type ImportResults = {
  scenarios: ScenarioRow[];
  floors: Measurement[];
  notes: string[];
  /** The last long text imported: what the reader scenario reads. */
  largeSource: { id: string; title: string; words: number; notes: number } | null;
};

export async function runImportScenarios(ctx: Context, library: Library): Promise<ImportResults> {
  const { options, pool, log } = ctx;
  const out: ImportResults = { scenarios: [], floors: [], notes: [], largeSource: null };
  if (options.sourcesWords === 0 && options.pdfPages === 0) return out;
  const { importSource } = await import("../../lib/sources/import-source");
  const { prepareImport } = await import("../../lib/sources/prepare-import");
  const { extractFile } = await import("../../lib/sources/extract");
  const { makeProject } = await import("../../lib/factories");
  const user = library.user;
  const load = { requests: options.imports, concurrency: 1, serverSide: false, warmup: WARMUP };
  const ms = (v: number) => `${Math.round(v).toLocaleString("en")} ms`;

  if (options.sourcesWords > 0) {
    // One text per import: the same commentary, each edition with one sentence changed, so none is refused as a duplicate.
    log(`Generating ${WARMUP + options.imports} commentaries of ${options.sourcesWords.toLocaleString("en")} words, ${options.sourcesNotes} notes…`);
    const docs = Array.from({ length: WARMUP + options.imports }, (_, i) => longMarkdown(options.sourcesWords, options.sourcesNotes, i));
    const doc = docs[0]!;
    const kib = Math.round(Buffer.byteLength(doc.text) / 1024);
    const created: { id: string; title: string }[] = [];
    const row = await measure(
      ctx,
      "import-text",
      `importSource: ${Math.round(doc.words / 1000)}k-word Markdown, ${doc.notes} notes`,
      async (i) => {
        const { outcome, source } = await importSource({
          userId: user.id,
          projectId: library.importProjectId,
          input: { text: docs[i]!.text, metadata: { kind: "COMMENTARY", reliability: "B" } },
        });
        if (outcome !== "created") throw new Error(`import ${i} was stored as a ${outcome}`);
        created.push(source);
        return Buffer.byteLength(docs[i]!.text);
      },
      load,
    );
    out.scenarios.push({ ...row, floorKey: "import-sql", target: { stat: "median", ms: TEXT_TARGET_MS } });

    const parse = await measure(ctx, "import-parse", "prepareImport alone (parse, no DB)", (i) => prepareImport({ text: docs[i]!.text }), load);
    const parsed = parseDocument(doc.text);
    if (parsed.citations.length !== doc.notes || parsed.markers.length !== doc.notes) {
      throw new Error(`the commentary parsed to ${parsed.citations.length} citations and ${parsed.markers.length} markers, not ${doc.notes}`);
    }
    const floorProject = await makeProject(user, { name: "Bench import floor" });
    const sql = await measure(ctx, "import-sql", "INSERT source+version+notes, plain SQL", insertParsedSource(pool, floorProject.id, user.id, parsed), load);
    out.floors.push(sql, parse);
    out.notes.push(
      `Long Markdown: ${doc.words.toLocaleString("en")} words, ${doc.notes} notes, ${kib.toLocaleString("en")} KiB; ` +
        `import median ${ms(row.stats.medianMs)} = parse ${ms(parse.stats.medianMs)} + database and the rest ` +
        `${ms(row.stats.medianMs - parse.stats.medianMs)} (plain SQL insert of the same rows: ${ms(sql.stats.medianMs)}).`,
    );
    const last = created.at(-1);
    if (last) {
      out.largeSource = { ...last, words: doc.words, notes: doc.notes };
    }
  }

  if (options.pdfPages > 0) {
    log(`Generating a ${options.pdfPages}-page PDF…`);
    let started = performance.now();
    const spec = pdfPages(options.pdfPages);
    const bytes = await makePdf(spec.pages, { info: { Title: "Power for export: Laos's hydropower bet", Author: "Kanya Rattanavong; Hiroshi Tanaka" } });
    const built = performance.now() - started;
    const file = { name: "hydropower-report.pdf", type: "application/pdf", bytes };
    // The same file each time, into its own project: the duplicate check looks within a project.
    const projects: { id: string }[] = [];
    for (let i = 0; i < WARMUP + options.imports; i++) projects.push(await makeProject(user, { name: `Bench PDF import ${i + 1}` }));
    const row = await measure(
      ctx,
      "import-pdf",
      `importSource: ${options.pdfPages}-page PDF, ${spec.notes} footer notes`,
      async (i) => {
        const { outcome } = await importSource({ userId: user.id, projectId: projects[i]!.id, input: { file, metadata: { reliability: "B" } } });
        if (outcome !== "created") throw new Error(`PDF import ${i} was stored as a ${outcome}`);
        return bytes.byteLength;
      },
      load,
    );
    out.scenarios.push({ ...row, floorKey: options.sourcesWords > 0 ? "import-sql" : "pdf-extract" });
    started = performance.now();
    const extracted = await extractFile(file);
    const parsed = parseDocument(extracted.text);
    const parseMs = performance.now() - started;
    const pdfjs = await measure(ctx, "pdf-extract", "extractFile alone (pdf.js + layout)", () => extractFile(file), load);
    out.floors.push(pdfjs);
    out.notes.push(
      `PDF: ${options.pdfPages} pages, ${spec.words.toLocaleString("en")} words, ${Math.round(bytes.byteLength / 1024).toLocaleString("en")} KiB ` +
        `(pdfkit built it in ${ms(built)}), read back as ${parsed.citations.length}/${spec.notes} citations and ${parsed.markers.length} markers ` +
        `(${ms(parseMs)} once); of the import median ${ms(row.stats.medianMs)}, pdf.js and the layout take ${ms(pdfjs.stats.medianMs)}. No target.`,
    );
  }
  return out;
}

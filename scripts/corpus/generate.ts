/**
 * Regenerates the importer corpus: every document in corpus/files/ from the texts in corpus/texts/,
 * and corpus/manifest.json. Needs pandoc, LibreOffice (soffice), pdflatex, Chromium and poppler's
 * pdftotext; see corpus/README.md.
 *
 *   npx tsx scripts/corpus/generate.ts                       everything
 *   npx tsx scripts/corpus/generate.ts --text laos-japan     one text (the manifest keeps the others)
 *   npx tsx scripts/corpus/generate.ts --producer pdf-pdftex one producer
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { notesAcrossPages } from "./pages";
import { CHROMIUM, pdfChromium } from "./producers/chromium";
import { htmlCms, htmlReferences, htmlWord, htmlWordpress } from "./producers/html";
import { docxLibreoffice, htmlLibreoffice, pdfLibreoffice } from "./producers/libreoffice";
import { docxPandoc, htmlPandoc, pdfPdftex } from "./producers/pandoc";
import { markdown, markdownHeader, textMarkdown, textPlain } from "./producers/text";
import { EXTENSIONS, formatOf, parseCorpusText, PRODUCERS, type CorpusText, type DocumentFormat, type Producer } from "./spec";
import { hasCommand, WORK_DIR } from "./tools";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const CORPUS = path.join(ROOT, "corpus");
const TEXTS = path.join(CORPUS, "texts");
const FILES = path.join(CORPUS, "files");
const MANIFEST = path.join(CORPUS, "manifest.json");

export type ManifestEntry = {
  file: string;
  text: string;
  producer: Producer;
  format: DocumentFormat;
  notesAcrossPages?: string[];
};

function argValues(flag: string): string[] {
  const values: string[] = [];
  process.argv.forEach((arg, i) => {
    if (arg === flag && process.argv[i + 1]) values.push(...process.argv[i + 1]!.split(","));
  });
  return values;
}

function loadTexts(): CorpusText[] {
  return readdirSync(TEXTS)
    .filter((f) => f.endsWith(".json"))
    .sort()
    .map((f) => parseCorpusText(JSON.parse(readFileSync(path.join(TEXTS, f), "utf8")), f.replace(/\.json$/, "")));
}

/** WordPress posts whose notes come from the Easy Footnotes plugin; the others use the fn-<post>-<n> markup. */
const EASY_FOOTNOTES = new Set(["vietnam-us"]);

/** Stable per-text numbers for the invented WordPress post ids. */
const postIdOf = (texts: CorpusText[], text: CorpusText) => 2871 + 37 * texts.indexOf(text);

/** Writes one document; returns the labels of notes continued on a later page (PDFs only). */
async function produce(producer: Producer, text: CorpusText, texts: CorpusText[], out: string): Promise<string[] | undefined> {
  const others = texts.filter((t) => t !== text);
  switch (producer) {
    case "markdown":
      writeFileSync(out, markdown(text));
      return;
    case "markdown-header":
      writeFileSync(out, markdownHeader(text));
      return;
    case "text-plain":
      writeFileSync(out, textPlain(text));
      return;
    case "text-markdown":
      writeFileSync(out, textMarkdown(text));
      return;
    case "html-pandoc":
      htmlPandoc(text, out);
      return;
    case "html-word":
      writeFileSync(out, htmlWord(text, path.basename(out, ".html")));
      return;
    case "html-libreoffice":
      await htmlLibreoffice(text, out);
      return;
    case "html-wordpress": {
      const plugin = EASY_FOOTNOTES.has(text.slug) ? "easy-footnotes" : "footnotes";
      writeFileSync(out, htmlWordpress(text, others.slice(0, 3), postIdOf(texts, text), plugin));
      return;
    }
    case "html-references":
      writeFileSync(out, htmlReferences(text));
      return;
    case "html-cms":
      writeFileSync(out, htmlCms(text));
      return;
    case "docx-pandoc":
      await docxPandoc(text, out);
      return;
    case "docx-libreoffice":
      await docxLibreoffice(text, out);
      return;
    case "pdf-libreoffice":
      await pdfLibreoffice(text, out);
      return notesAcrossPages(out, text);
    case "pdf-pdftex":
      pdfPdftex(text, out, 1);
      return notesAcrossPages(out, text);
    case "pdf-pdftex-2col":
      pdfPdftex(text, out, 2);
      return notesAcrossPages(out, text, 2);
    case "pdf-chromium":
      pdfChromium(text, out);
      return notesAcrossPages(out, text);
  }
}

function checkTools(producers: Set<Producer>) {
  const needs: [string, boolean][] = [
    ["pandoc", [...producers].some((p) => /pandoc|libreoffice|pdftex/.test(p))],
    ["soffice", [...producers].some((p) => p.endsWith("libreoffice"))],
    ["pdflatex", [...producers].some((p) => p.startsWith("pdf-pdftex"))],
    [CHROMIUM, producers.has("pdf-chromium")],
    ["pdftotext", [...producers].some((p) => p.startsWith("pdf-"))],
    ["pdfinfo", producers.has("pdf-pdftex-2col")],
  ];
  const missing = needs.filter(([cmd, needed]) => needed && !hasCommand(cmd)).map(([cmd]) => cmd);
  if (missing.length > 0) throw new Error(`missing tools: ${missing.join(", ")} (see corpus/README.md)`);
}

async function main() {
  const onlyTexts = argValues("--text");
  const onlyProducers = argValues("--producer") as Producer[];
  for (const p of onlyProducers) if (!PRODUCERS.includes(p)) throw new Error(`unknown producer ${p}`);
  const texts = loadTexts();
  for (const slug of onlyTexts) if (!texts.some((t) => t.slug === slug)) throw new Error(`unknown text ${slug}`);
  const partial = onlyTexts.length > 0 || onlyProducers.length > 0;
  const jobs = texts.flatMap((text) =>
    PRODUCERS.filter((p) => text.producers.includes(p))
      .filter((p) => (onlyTexts.length === 0 || onlyTexts.includes(text.slug)) && (onlyProducers.length === 0 || onlyProducers.includes(p)))
      .map((producer) => ({ text, producer })),
  );
  checkTools(new Set(jobs.map((j) => j.producer)));
  rmSync(WORK_DIR, { recursive: true, force: true });

  const previous: ManifestEntry[] = partial && existsSync(MANIFEST) ? JSON.parse(readFileSync(MANIFEST, "utf8")).documents : [];
  const made = new Map<string, ManifestEntry>();
  for (const { text, producer } of jobs) {
    const file = `files/${text.slug}/${producer}.${EXTENSIONS[producer]}`;
    const out = path.join(CORPUS, file);
    mkdirSync(path.dirname(out), { recursive: true });
    const started = Date.now();
    const across = await produce(producer, text, texts, out);
    const entry: ManifestEntry = { file, text: text.slug, producer, format: formatOf(producer) };
    if (entry.format === "pdf") entry.notesAcrossPages = across ?? [];
    made.set(file, entry);
    const note = across && across.length > 0 ? `  notes across pages: ${across.join(", ")}` : "";
    console.log(`${file} (${Date.now() - started} ms)${note}`);
  }

  // Every document the texts ask for, in text then producer order; entries not remade are kept.
  const documents: ManifestEntry[] = [];
  for (const text of texts) {
    for (const producer of PRODUCERS.filter((p) => text.producers.includes(p))) {
      const file = `files/${text.slug}/${producer}.${EXTENSIONS[producer]}`;
      const entry = made.get(file) ?? previous.find((d) => d.file === file);
      if (entry) documents.push(entry);
      else console.warn(`not in the manifest yet: ${file} (run without filters)`);
    }
  }
  if (!partial) removeStale(new Set(documents.map((d) => d.file)));
  writeFileSync(MANIFEST, JSON.stringify({ documents }, null, 2) + "\n");
  rmSync(WORK_DIR, { recursive: true, force: true });
  console.log(`${documents.length} documents in corpus/manifest.json`);
  const across = documents.filter((d) => d.notesAcrossPages && d.notesAcrossPages.length > 0);
  console.log(`PDFs with a note continued on the next page: ${across.map((d) => `${d.file} (${d.notesAcrossPages!.join(", ")})`).join("; ") || "none"}`);
  // The importer's tests rely on these page breaks; a change of text or tool version can move them.
  if (!across.some((d) => d.file === "files/laos-japan/pdf-libreoffice.pdf") || across.length < 4) {
    console.warn("warning: the corpus should have a note across pages in laos-japan/pdf-libreoffice.pdf and in at least 3 other PDFs");
  }
}

/** Deletes files under corpus/files that no text asks for any more. */
function removeStale(keep: Set<string>) {
  if (!existsSync(FILES)) return;
  for (const slug of readdirSync(FILES)) {
    for (const name of readdirSync(path.join(FILES, slug))) {
      const file = `files/${slug}/${name}`;
      if (!keep.has(file)) {
        rmSync(path.join(CORPUS, file));
        console.log(`removed ${file}`);
      }
    }
    if (readdirSync(path.join(FILES, slug)).length === 0) rmSync(path.join(FILES, slug), { recursive: true });
  }
}

await main();

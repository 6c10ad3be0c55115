import { describe, expect, it } from "vitest";
import { corpusFigures, loadCorpus, readCorpusDocument, type CorpusResult } from "@/lib/testing/import-corpus";

// Every document of the corpus (corpus/manifest.json: real producers' files, made by scripts/corpus/generate.ts)
// read as an import reads it, and checked against its text: front matter, blocks in order, markers, notes, back
// matter and the integrity invariant. Each difference is named.
const { entries, texts } = loadCorpus();

/**
 * Documents still read with differences, each for a reason named in the closing note of the import-fidelity work:
 * Vietnamese letters LibreOffice sets from a fallback font (pdf.js places the dot below after the word) and that
 * pdfTeX builds from stacked accents; a paragraph that ends a sentence at the foot of a page, then goes on; pdfTeX
 * columns whose list items and notes interleave. Each must still differ: once it reads exactly, it leaves this list.
 */
const NOT_YET_EXACT = new Set([
  "files/funan-techo/pdf-libreoffice.pdf",
  "files/vietnam-us/pdf-libreoffice.pdf",
  "files/vietnam-us/pdf-pdftex-2col.pdf",
]);

const results: CorpusResult[] = [];

describe("the import corpus", () => {
  it("holds at least 40 documents from all 16 producers", () => {
    expect(entries.length).toBeGreaterThanOrEqual(40);
    expect(new Set(entries.map((e) => e.producer)).size).toBe(16);
  });

  for (const entry of entries) {
    const known = NOT_YET_EXACT.has(entry.file);
    it(known ? `still reads ${entry.file} with differences` : `reads ${entry.file} exactly`, async () => {
      const result = await readCorpusDocument(entry, texts.get(entry.text)!);
      results.push(result);
      if (known) expect(result.problems).not.toEqual([]);
      else expect(result.problems).toEqual([]);
    });
  }

  it("keeps the corpus figures at least where they stand", () => {
    const all = corpusFigures(results).find((f) => f.group === "all")!;
    expect(all.documents).toBe(entries.length);
    expect(all.recall).toBeGreaterThanOrEqual(99.2);
    expect(all.precision).toBeGreaterThanOrEqual(99.2);
    expect(all.frontMatter).toBeGreaterThanOrEqual(99);
    expect(all.violations).toBeLessThanOrEqual(16);
  });
});

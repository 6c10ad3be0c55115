import { describe, expect, it } from "vitest";
import { corpusFigures, loadCorpus, readCorpusDocument, type CorpusResult } from "@/lib/testing/import-corpus";

// Every document of the corpus (corpus/manifest.json: real producers' files, made by scripts/corpus/generate.ts)
// read as an import reads it, and checked against its text: front matter, blocks, markers, notes, back matter and
// the integrity invariant. Each difference is named.
const { entries, texts } = loadCorpus();
const results: CorpusResult[] = [];

describe("the import corpus", () => {
  it("holds at least 40 documents from every producer", () => {
    expect(entries.length).toBeGreaterThanOrEqual(40);
    expect(new Set(entries.map((e) => e.producer)).size).toBeGreaterThanOrEqual(16);
  });

  for (const entry of entries) {
    it(`reads ${entry.file} exactly`, async () => {
      const result = await readCorpusDocument(entry, texts.get(entry.text)!);
      results.push(result);
      expect(result.problems).toEqual([]);
    });
  }

  it("adds up to 100% on every line of the figures", () => {
    for (const line of corpusFigures(results)) {
      expect(line, line.group).toMatchObject({ exact: 100, recall: 100, precision: 100, frontMatter: 100, violations: 0 });
    }
  });
});

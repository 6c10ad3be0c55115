import { describe, expect, it } from "vitest";
import { corpusFigures, loadCorpus, readCorpusDocument, type CorpusResult } from "@/lib/testing/import-corpus";

// Every document of the corpus (corpus/manifest.json: real producers' files, made by scripts/corpus/generate.ts)
// read as an import reads it, and checked against its text: front matter, blocks in order, markers, notes, back
// matter and the integrity invariant. Each difference is named.
const { entries, texts } = loadCorpus();

const results: CorpusResult[] = [];

describe("the import corpus", () => {
  it("holds at least 40 documents from all 16 producers", () => {
    expect(entries.length).toBeGreaterThanOrEqual(40);
    expect(new Set(entries.map((e) => e.producer)).size).toBe(16);
  });

  for (const entry of entries) {
    it(`reads ${entry.file} exactly`, async () => {
      const result = await readCorpusDocument(entry, texts.get(entry.text)!);
      results.push(result);
      expect(result.problems).toEqual([]);
    });
  }

  it("has every line of the corpus figures at 100%", () => {
    for (const figures of corpusFigures(results)) {
      expect(figures).toMatchObject({ exact: 100, recall: 100, precision: 100, frontMatter: 100, violations: 0 });
    }
    expect(corpusFigures(results).find((f) => f.group === "all")!.documents).toBe(entries.length);
  });
});

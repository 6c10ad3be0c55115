/**
 * Reads the corpus of real producers' documents (corpus/) the way an import does, and checks each against what its
 * text says it holds: front matter, headings, paragraphs and lists in order, footnote markers where they stood,
 * notes, back matter, and the integrity invariant (every paragraph once in the body and never in a note; every note
 * in one citation). Used by the corpus test, which wants every document read exactly, and by `npm run bench`, which
 * prints the figures per format and producer.
 */
import fs from "node:fs";
import path from "node:path";
import { extractFile } from "../sources/extract";
import { parseDocument, type ParsedDocument } from "../sources/parse-document";

/** What a corpus text says it holds (corpus/texts/<slug>.json; the generator's spec has more, for the producers). */
type Inline = string;
type Block = { heading: Inline } | { paragraph: Inline } | { list: Inline[] };
export type CorpusText = {
  title: string;
  authors: string[];
  /** YYYY-MM-DD */
  date: string;
  publisher: string;
  body: Block[];
  notes: Record<string, Inline>;
  back: Block[];
};

export type CorpusEntry = { file: string; text: string; producer: string; format: string; notesAcrossPages?: string[] };
export type CorpusResult = {
  entry: CorpusEntry;
  exact: boolean;
  front: { correct: number; total: number };
  notes: { expected: number; found: number; correct: number };
  violations: number;
  /** Every difference, in words, first ones first. */
  problems: string[];
  ms: number;
};

export const CORPUS_ROOT = path.join(process.cwd(), "corpus");

/** The corpus's documents and texts; none when the corpus has not been generated (corpus/manifest.json). */
export function loadCorpus(root = CORPUS_ROOT): { entries: CorpusEntry[]; texts: Map<string, CorpusText> } {
  if (!fs.existsSync(path.join(root, "manifest.json"))) return { entries: [], texts: new Map() };
  const manifest = JSON.parse(fs.readFileSync(path.join(root, "manifest.json"), "utf8")) as { documents: CorpusEntry[] };
  const texts = new Map<string, CorpusText>();
  for (const entry of manifest.documents) {
    if (!texts.has(entry.text)) {
      texts.set(entry.text, JSON.parse(fs.readFileSync(path.join(root, "texts", `${entry.text}.json`), "utf8")) as CorpusText);
    }
  }
  return { entries: manifest.documents, texts };
}

const squash = (s: string) => s.replace(/\s+/g, " ").trim();

/** Where two texts first differ, with some context: “…read…” / “…expected…”. */
function difference(got: string, want: string): string {
  let i = 0;
  while (i < got.length && i < want.length && got[i] === want[i]) i++;
  const from = Math.max(0, i - 40);
  return `at ${i}: read “…${got.slice(from, i + 40)}…”, expected “…${want.slice(from, i + 40)}…”`;
}

/** Inline markup as the reader sees it: no note references, emphasis or link syntax. */
export function plainInline(inline: string): string {
  return squash(
    inline
      .replace(/\[\^[^\]\s]+\]/g, "")
      .replace(/\[([^\]]+)\]\([^)\s]*\)/g, "$1")
      .replace(/\*\*([^*]+)\*\*/g, "$1")
      .replace(/(?<![*\w])\*([^*]+)\*(?![*\w])/g, "$1"),
  );
}

type Shape = { kind: "heading" | "paragraph" | "list"; text: string };

function expectedShapes(blocks: Block[]): Shape[] {
  return blocks.map((b) =>
    "heading" in b
      ? { kind: "heading", text: plainInline(b.heading) }
      : "paragraph" in b
        ? { kind: "paragraph", text: plainInline(b.paragraph) }
        : { kind: "list", text: b.list.map(plainInline).join(" / ") },
  );
}

function actualShapes(body: string): Shape[] {
  return body
    .split(/\n{2,}/)
    .filter((b) => b.trim())
    .map((b) => {
      if (/^#{1,6}\s/.test(b)) return { kind: "heading", text: squash(b.replace(/^#{1,6}\s+/, "")) };
      const lines = b.split("\n");
      if (lines.every((l) => /^\s*- /.test(l))) return { kind: "list", text: lines.map((l) => squash(l.replace(/^\s*- /, ""))).join(" / ") };
      return { kind: "paragraph", text: squash(b) };
    });
}

/** Each note reference with the 24 characters of text before it, in reading order. */
function expectedMarkers(blocks: Block[]): string[] {
  const out: string[] = [];
  const inlines = blocks.flatMap((b) => ("paragraph" in b ? [b.paragraph] : "list" in b ? b.list : []));
  for (const inline of inlines) {
    for (const m of inline.matchAll(/\[\^([^\]\s]+)\]/g)) out.push(`${m[1]}@${plainInline(inline.slice(0, m.index)).slice(-24)}`);
  }
  return out;
}

function actualMarkers(doc: ParsedDocument): string[] {
  return doc.markers.map((m) => {
    const before = doc.body.slice(0, m.offset);
    const block = before.slice(before.lastIndexOf("\n\n") + 1).replace(/^#{1,6}\s+/, "");
    return `${m.label}@${squash(block.replace(/^\s*- /gm, "")).slice(-24)}`;
  });
}

export function checkDocument(text: CorpusText, doc: ParsedDocument): Omit<CorpusResult, "entry" | "ms"> {
  const problems: string[] = [];
  let violations = 0;

  const front = [
    ["title", doc.title, text.title],
    ["authors", doc.authors.join("; "), text.authors.join("; ")],
    ["date", doc.publishedOn, text.date],
    ["publisher", doc.publisher, text.publisher],
  ] as const;
  let frontCorrect = 0;
  for (const [field, got, want] of front) {
    if (squash(got ?? "") === squash(want)) frontCorrect++;
    else problems.push(`${field}: read “${got ?? ""}”, expected “${want}”`);
  }

  const want = expectedShapes(text.body);
  const got = actualShapes(doc.body);
  const length = Math.max(want.length, got.length);
  for (let i = 0; i < length; i++) {
    const w = want[i];
    const g = got[i];
    if (w && g && w.kind === g.kind && w.text === g.text) continue;
    problems.push(
      w && g && w.kind === g.kind
        ? `${w.kind} ${i + 1} ${difference(g.text, w.text)}`
        : `block ${i + 1}: read ${g ? `${g.kind} “${g.text.slice(0, 90)}”` : "nothing"}, expected ${w ? `${w.kind} “${w.text.slice(0, 90)}”` : "nothing"}`,
    );
    break;
  }

  const wantMarkers = expectedMarkers(text.body);
  const gotMarkers = actualMarkers(doc);
  const missingMarkers = wantMarkers.filter((m) => !gotMarkers.includes(m));
  const extraMarkers = gotMarkers.filter((m) => !wantMarkers.includes(m));
  if (missingMarkers.length || extraMarkers.length) {
    problems.push(`markers: missing ${missingMarkers.slice(0, 3).join(" | ") || "none"}; unexpected ${extraMarkers.slice(0, 3).join(" | ") || "none"}`);
  }

  const wantNotes = new Map(Object.entries(text.notes).map(([label, note]) => [label, plainInline(note)]));
  const gotNotes = new Map(doc.citations.map((c) => [c.label, squash(c.text)]));
  let correct = 0;
  for (const [label, note] of wantNotes) {
    const found = gotNotes.get(label);
    if (found === note) correct++;
    else problems.push(found === undefined ? `note ${label}: not found` : `note ${label} ${difference(found, note)}`);
  }
  for (const label of gotNotes.keys()) if (!wantNotes.has(label)) problems.push(`note ${label}: read, but the document has no such note`);

  // The integrity invariant.
  const body = squash(doc.body.replace(/^#{1,6}\s+/gm, "").replace(/^\s*- /gm, ""));
  for (const shape of want) {
    for (const piece of shape.kind === "list" ? shape.text.split(" / ") : [shape.text]) {
      const times = body.split(piece).length - 1;
      const inNote = doc.citations.some((c) => squash(c.text).includes(piece));
      if (times !== 1 || inNote) {
        violations++;
        if (violations <= 3) problems.push(`integrity: “${piece.slice(0, 60)}…” is in the body ${times} times${inNote ? " and in a note" : ""}`);
      }
    }
  }
  for (const [label, note] of wantNotes) {
    if (body.includes(note)) {
      violations++;
      problems.push(`integrity: note ${label} is in the body`);
    }
  }
  const back = squash(doc.backMatter.replace(/^#{1,6}\s+/gm, ""));
  for (const shape of expectedShapes(text.back)) {
    if (!back.includes(shape.text)) {
      problems.push(`back matter: “${shape.text.slice(0, 60)}” is not in the back matter`);
      break;
    }
  }

  return {
    exact: problems.length === 0,
    front: { correct: frontCorrect, total: front.length },
    notes: { expected: wantNotes.size, found: gotNotes.size, correct },
    violations,
    problems,
  };
}

/** Reads one corpus document as an import would (extractFile, then parseDocument with the format's hints). */
export async function readCorpusDocument(entry: CorpusEntry, text: CorpusText, root = CORPUS_ROOT): Promise<CorpusResult> {
  const bytes = new Uint8Array(fs.readFileSync(path.join(root, entry.file)));
  const started = performance.now();
  const extracted = await extractFile({ name: path.basename(entry.file), type: "", bytes });
  const doc = parseDocument(extracted.text, { hints: extracted.hints });
  const ms = performance.now() - started;
  return { entry, ms, ...checkDocument(text, doc) };
}

/** The corpus figures per format and producer: documents read exactly, notes recall and precision, front matter. */
export function corpusFigures(results: CorpusResult[]) {
  const groups = new Map<string, CorpusResult[]>();
  for (const r of results) {
    const key = `${r.entry.format} · ${r.entry.producer}`;
    groups.set(key, [...(groups.get(key) ?? []), r]);
  }
  groups.set("all", results);
  return [...groups.entries()].map(([group, rs]) => {
    const sum = (f: (r: CorpusResult) => number) => rs.reduce((n, r) => n + f(r), 0);
    const pct = (a: number, b: number) => (b === 0 ? 100 : Math.round((1000 * a) / b) / 10);
    return {
      group,
      documents: rs.length,
      exact: pct(sum((r) => (r.exact ? 1 : 0)), rs.length),
      recall: pct(sum((r) => r.notes.correct), sum((r) => r.notes.expected)),
      precision: pct(sum((r) => r.notes.correct), sum((r) => r.notes.found)),
      frontMatter: pct(sum((r) => r.front.correct), sum((r) => r.front.total)),
      violations: sum((r) => r.violations),
    };
  });
}

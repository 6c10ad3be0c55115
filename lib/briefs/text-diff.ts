import { diffLines, diffWordsWithSpace } from "diff";

export type DiffPart = { kind: "same" | "added" | "removed"; text: string };

/** Above this many characters a word diff gets slow; a line diff is shown instead. */
const WORD_DIFF_LIMIT = 20_000;

/**
 * A readable difference between two texts (jsdiff): changed lines, and
 * within a changed paragraph the words that changed. Long unchanged runs are
 * kept whole; the viewer folds them.
 */
export function diffTexts(before: string, after: string): DiffPart[] {
  const parts: DiffPart[] = [];
  const lines = diffLines(before, after);
  for (let i = 0; i < lines.length; i++) {
    const part = lines[i]!;
    const next = lines[i + 1];
    // A removal followed by an addition is an edit: show it word by word when small enough.
    if (part.removed && next?.added && part.value.length + next.value.length <= WORD_DIFF_LIMIT) {
      for (const word of diffWordsWithSpace(part.value, next.value)) push(parts, word.added ? "added" : word.removed ? "removed" : "same", word.value);
      i++;
      continue;
    }
    push(parts, part.added ? "added" : part.removed ? "removed" : "same", part.value);
  }
  return parts;
}

function push(parts: DiffPart[], kind: DiffPart["kind"], text: string) {
  const last = parts[parts.length - 1];
  if (last?.kind === kind) last.text += text;
  else if (text) parts.push({ kind, text });
}

/** How much changed, for a one-line summary: "+12 / −3 words". */
export function diffStats(parts: DiffPart[]): { added: number; removed: number } {
  const words = (text: string) => text.split(/\s+/).filter(Boolean).length;
  return {
    added: parts.filter((p) => p.kind === "added").reduce((n, p) => n + words(p.text), 0),
    removed: parts.filter((p) => p.kind === "removed").reduce((n, p) => n + words(p.text), 0),
  };
}

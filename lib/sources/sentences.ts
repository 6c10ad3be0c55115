/**
 * Which footnote markers a claim leans on, decided by sentence: a note usually
 * closes the sentence it supports (`…since 1958.³`), so a selection of part of
 * that sentence should still offer it. Works on one block of text (a paragraph)
 * with offsets relative to it; sentences never cross blocks.
 */

export type TextMarker = { label: string; offset: number };
type Sentence = { start: number; end: number };

const segmenter = new Intl.Segmenter("en", { granularity: "sentence" });

/** The text's sentences, each with the spaces that follow it. */
export function splitSentences(text: string): Sentence[] {
  return [...segmenter.segment(text)].map((s) => ({ start: s.index, end: s.index + s.segment.length }));
}

/** The sentence holding the character at `at`, clamped to the text. */
function sentenceAt(sentences: readonly Sentence[], at: number): number {
  const index = sentences.findIndex((s) => at < s.end);
  return index === -1 ? sentences.length - 1 : index;
}

/**
 * A marker belongs to the sentence of the last word or stop before it, so one
 * standing after a full stop, or after the space that follows it, stays with the
 * sentence it closes rather than the next one.
 */
function markerSentence(text: string, sentences: readonly Sentence[], offset: number): number {
  let at = Math.min(offset, text.length) - 1;
  while (at > 0 && /\s/.test(text[at]!)) at--;
  return sentenceAt(sentences, Math.max(at, 0));
}

/**
 * The labels of the markers in the sentences that [start, end) touches, from the
 * sentence holding its first character to the one holding its last, in the
 * order they stand, each once.
 */
export function markersInSentences(text: string, markers: readonly TextMarker[], start: number, end: number): string[] {
  const sentences = splitSentences(text);
  if (sentences.length === 0) return [];
  const first = sentenceAt(sentences, start);
  const last = sentenceAt(sentences, Math.max(start, end - 1));
  const labels: string[] = [];
  for (const marker of [...markers].sort((a, b) => a.offset - b.offset)) {
    const index = markerSentence(text, sentences, marker.offset);
    if (index >= first && index <= last && !labels.includes(marker.label)) labels.push(marker.label);
  }
  return labels;
}

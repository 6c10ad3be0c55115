import { maskNonProse, splitSentences } from "./sentences";

/**
 * Estimative language after US Intelligence Community Directive 203: a
 * likelihood is said with one of seven terms (each with its paired synonym),
 * and a confidence level is said apart from it. This module marks sentences
 * that (1) use a likelihood term off that scale, (2) hedge with "may",
 * "might", "could" and the like without saying how likely, or (3) put a
 * confidence level and a likelihood term in the same sentence. Pure.
 */
export const STANDARD_SCALE = [
  { terms: ["almost no chance", "remote"], range: "1–5%" },
  { terms: ["very unlikely", "highly improbable"], range: "5–20%" },
  { terms: ["unlikely", "improbable"], range: "20–45%" },
  { terms: ["roughly even chance", "roughly even odds"], range: "45–55%" },
  { terms: ["likely", "probable"], range: "55–80%" },
  { terms: ["very likely", "highly probable"], range: "80–95%" },
  { terms: ["almost certain", "nearly certain"], range: "95–99%" },
] as const;

export type MarkKind = "non-standard" | "hedge" | "mixed";

export type EstimativeMark = {
  /** Stable while the sentence is unchanged: what a dismissal is stored under. */
  key: string;
  kind: MarkKind;
  /** The words that drew the mark, as written. */
  term: string;
  sentence: string;
  /** Where the term stands in the text. */
  start: number;
  end: number;
  explanation: string;
};

type Pattern = { re: RegExp; type: "standard" | "non-standard" | "hedge" | "confidence"; suggest?: string };

const w = (source: string) => new RegExp(`(?<![\\p{L}-])(?:${source})(?![\\p{L}-])`, "giu");

/** Longer phrases first matters only for equal starts; overlaps are resolved by length below. */
const PATTERNS: Pattern[] = [
  // The scale, with its paired synonyms.
  { re: w("almost no chance|remote (?:chance|possibility|prospect|likelihood)|(?:is|are|was|were|remains?|seems?) remote"), type: "standard" },
  { re: w("very unlikely|highly improbable|unlikely|improbable"), type: "standard" },
  { re: w("roughly (?:an )?even (?:chance|odds)"), type: "standard" },
  { re: w("very likely|highly probable|likely|probable"), type: "standard" },
  { re: w("almost certain(?:ly)?|nearly certain(?:ly)?"), type: "standard" },
  // Likelihood said off the scale.
  { re: w("probably"), type: "non-standard", suggest: "likely" },
  { re: w("possibly|perhaps|maybe|conceivabl[ey]|it is conceivable|it's conceivable"), type: "non-standard", suggest: "unlikely, or roughly even chance" },
  { re: w("chances are|odds are"), type: "non-standard", suggest: "likely" },
  { re: w("in all (?:likelihood|probability)|presumably"), type: "non-standard", suggest: "very likely" },
  { re: w("doubtful"), type: "non-standard", suggest: "unlikely" },
  { re: w("(?:an? )?(?:good|fair|real|strong|decent|high|reasonable|distinct|serious) (?:chance|possibility|likelihood|probability|odds)"), type: "non-standard", suggest: "likely" },
  { re: w("(?:an? )?(?:slim|small|low|slight|outside) (?:chance|possibility|likelihood|probability)"), type: "non-standard", suggest: "unlikely" },
  { re: w("(?:highly|extremely|quite|fairly|reasonably|somewhat|more than|rather) (?:un)?likely|most (?:un)?likely|more likely than not"), type: "non-standard", suggest: "likely, very likely, unlikely or very unlikely" },
  { re: w("(?:an? )?even (?:chance|odds)|50[/-]50|fifty-fifty|(?:a )?toss-up|(?:a )?coin (?:flip|toss)"), type: "non-standard", suggest: "roughly even chance" },
  { re: w("virtually certain(?:ly)?|(?:un)?doubtedly|definitely|certainly|surely|without (?:a )?doubt|no doubt"), type: "non-standard", suggest: "almost certain" },
  // Hedges that leave the likelihood unsaid.
  { re: w("could possibly|might possibly|may possibly|it is possible that|it's possible that|there is a possibility that|may or may not|may well|might well|could well"), type: "hedge" },
  { re: w("may|might|could"), type: "hedge" },
  // Confidence levels.
  { re: w("(?:high|moderate|medium|low|some|great|considerable|little)(?:ly)? confiden(?:ce|t)|(?:are|am|is|remain) (?:highly |fairly |quite )?confident|confidently"), type: "confidence" },
];

const SCALE_WORDS = STANDARD_SCALE.map((s) => s.terms[0]).join(", ");

type Hit = { type: Pattern["type"]; suggest?: string; start: number; end: number; text: string };

/** The likelihood, hedge and confidence phrases of a sentence, longest first where they overlap. */
function hits(sentence: string): Hit[] {
  const all: Hit[] = [];
  for (const pattern of PATTERNS) {
    for (const match of sentence.matchAll(pattern.re)) {
      if (!isMeant(pattern, match, sentence)) continue;
      all.push({ type: pattern.type, suggest: pattern.suggest, start: match.index, end: match.index + match[0].length, text: match[0] });
    }
  }
  all.sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start));
  const kept: Hit[] = [];
  for (const hit of all) {
    const last = kept[kept.length - 1];
    if (last && hit.start < last.end) {
      if (hit.end - hit.start > last.end - last.start) kept[kept.length - 1] = hit;
      continue;
    }
    kept.push(hit);
  }
  return kept;
}

/** Leaves out the words that only look like hedges: the month of May, "military might", "could not". */
function isMeant(pattern: Pattern, match: RegExpMatchArray, sentence: string): boolean {
  if (pattern.type !== "hedge") return true;
  const word = match[0];
  const before = sentence.slice(0, match.index).trimEnd();
  const after = sentence.slice(match.index! + word.length);
  if (word === "May") {
    if (/^\s*\d/.test(after) || /^,?\s*\d{4}/.test(after)) return false;
    if (/(?:\d|\bin|\bof|\bearly|\blate|\bmid-?|\bsince|\buntil|\bby|\bthis|\blast|\bnext|\bfrom|\bto|\bbefore|\bafter|\bon|\bthrough)$/i.test(before)) return false;
  }
  if (/^might$/i.test(word) && /\b(?:its|their|his|her|our|military|economic|naval|industrial|financial|full|all|the)$/i.test(before)) return false;
  if (/^could$/i.test(word) && /^\s*(?:not|never|n't)\b/i.test(after)) return false;
  return true;
}

const HASH_SEED = 0x811c9dc5;
/** FNV-1a: a short, stable fingerprint of a sentence and its term. */
function fingerprint(text: string): string {
  let hash = HASH_SEED;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, "0");
}

const normalise = (text: string) => text.toLowerCase().replace(/[*_`>#|]/g, "").replace(/\s+/g, " ").trim();

/** The marks of a brief's Markdown, in reading order; claim tokens, code and addresses are not read. */
export function estimativeMarks(markdown: string): EstimativeMark[] {
  const marks: EstimativeMark[] = [];
  const masked = maskNonProse(markdown);
  for (const sentence of splitSentences(masked)) {
    const original = markdown.slice(sentence.start, sentence.end);
    const found = hits(sentence.text);
    const mark = (kind: MarkKind, hit: Hit, explanation: string) => {
      const term = original.slice(hit.start, hit.end);
      marks.push({
        key: `${kind}:${fingerprint(`${normalise(term)}|${normalise(original)}`)}`,
        kind,
        term,
        sentence: original,
        start: sentence.start + hit.start,
        end: sentence.start + hit.end,
        explanation,
      });
    };
    for (const hit of found) {
      if (hit.type === "non-standard") {
        mark(
          "non-standard",
          hit,
          `“${hit.text}” is not a term of the standard likelihood scale (${SCALE_WORDS}). Say how likely with one of them — here perhaps “${hit.suggest}”.`,
        );
      } else if (hit.type === "hedge") {
        mark(
          "hedge",
          hit,
          `“${hit.text}” hedges without saying how likely this is. State it plainly, or give the likelihood with a term of the standard scale (${SCALE_WORDS}).`,
        );
      }
    }
    const confidence = found.find((h) => h.type === "confidence");
    const likelihood = found.find((h) => h.type === "standard" || h.type === "non-standard");
    if (confidence && likelihood) {
      const span: Hit = { type: "confidence", start: Math.min(confidence.start, likelihood.start), end: Math.max(confidence.end, likelihood.end), text: "" };
      mark(
        "mixed",
        span,
        `This sentence gives a confidence level (“${confidence.text}”) and a likelihood (“${likelihood.text}”) together. Keep them in separate sentences: confidence is about the evidence and reasoning, likelihood about the event.`,
      );
    }
  }
  return marks;
}

/** The marks nobody has dismissed. */
export function openMarks(marks: EstimativeMark[], dismissed: Iterable<string>): EstimativeMark[] {
  const set = new Set(dismissed);
  return marks.filter((mark) => !set.has(mark.key));
}

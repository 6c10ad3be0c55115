import DiffMatchPatch from "diff-match-patch";

/**
 * Anchors claims in a source's body with W3C Web Annotation selectors and finds them
 * again in a revised body, the way Hypothesis does: position, then quote and context,
 * then fuzzy matching. Pure: no I/O. Offsets are UTF-16 code units, as JS strings index.
 */

export type TextQuoteSelector = { type: "TextQuoteSelector"; exact: string; prefix: string; suffix: string };
export type TextPositionSelector = { type: "TextPositionSelector"; start: number; end: number };
export type Anchor = { exact: string; prefix: string; suffix: string; start: number; end: number };
export type Reanchored = { start: number; end: number; exact: string; method: "position" | "quote" | "fuzzy" };

export const CONTEXT_LENGTH = 32;

export class AnchorError extends Error {
  override name = "AnchorError";
}

/** diff-match-patch's bitap matcher takes patterns of at most this many characters. */
const MAX_BITS = 32;
/** How far around the old position a quote is first looked for before the whole body is searched. */
const NEARBY = 4096;
/** Verbatim pieces of quote and context that point the fuzzy search to where the passage went. */
const SEED_LENGTH = 16;
const MAX_SEEDS = 8;
const MAX_SEED_HITS = 50;
const MAX_CANDIDATES = 3;
const MIN_SIMILARITY = 0.75;
const MAX_LENGTH_CHANGE = 0.3;
const WHITESPACE = /\s/;

const isHigh = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLow = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/** Builds the selectors for body[start, end), trimmed of surrounding whitespace. */
export function describeRange(body: string, start: number, end: number): Anchor {
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > body.length) {
    throw new AnchorError("The selection is outside the source's text. Reload the page and select again.");
  }
  if (end <= start) throw new AnchorError("Select some text of the source to make a claim.");
  [start, end] = trim(body, start, end);
  if (end === start) throw new AnchorError("The selection holds only spaces or line breaks. Select some words.");
  // Never cut an emoji or other astral character in half.
  if (isLow(body.charCodeAt(start)) && isHigh(body.charCodeAt(start - 1))) start--;
  if (isHigh(body.charCodeAt(end - 1)) && isLow(body.charCodeAt(end))) end++;

  let from = Math.max(0, start - CONTEXT_LENGTH);
  if (isLow(body.charCodeAt(from)) && from < start) from++;
  let to = Math.min(body.length, end + CONTEXT_LENGTH);
  if (isHigh(body.charCodeAt(to - 1)) && to > end) to--;
  return { exact: body.slice(start, end), prefix: body.slice(from, start), suffix: body.slice(end, to), start, end };
}

function trim(body: string, start: number, end: number): [number, number] {
  while (start < end && WHITESPACE.test(body[start]!)) start++;
  while (end > start && WHITESPACE.test(body[end - 1]!)) end--;
  return [start, end];
}

export function toSelectors(anchor: Anchor): [TextQuoteSelector, TextPositionSelector] {
  return [
    { type: "TextQuoteSelector", exact: anchor.exact, prefix: anchor.prefix, suffix: anchor.suffix },
    { type: "TextPositionSelector", start: anchor.start, end: anchor.end },
  ];
}

/** Finds where an anchor sits in a (possibly revised) body; null when its words are gone (the claim is orphaned). */
export function reanchor(body: string, anchor: Anchor): Reanchored | null {
  const { exact, prefix, suffix, start, end } = anchor;
  if (!exact) return null;
  // The common case: nothing moved. Checked without scanning the body.
  if (
    start >= prefix.length &&
    body.slice(start, end) === exact &&
    body.slice(start - prefix.length, start) === prefix &&
    body.slice(end, end + suffix.length) === suffix
  ) {
    return { start, end, exact, method: "position" };
  }
  const quoted = findQuote(body, anchor);
  if (quoted !== null) {
    return { start: quoted, end: quoted + exact.length, exact, method: quoted === start ? "position" : "quote" };
  }
  return findFuzzy(body, anchor);
}

/** The occurrence of the exact quote whose context fits best, the nearest to the old position on a tie. */
function findQuote(body: string, anchor: Anchor): number | null {
  const { exact, prefix, suffix, start } = anchor;
  // Occurrences that kept their whole context beat all others, so when there are some, only they compete.
  const whole = prefix + exact + suffix;
  if (whole !== exact) {
    const kept = nearest(body, whole, start - prefix.length);
    if (kept !== null) return kept + prefix.length;
  }
  let best: number | null = null;
  let bestScore = -1;
  for (let at = body.indexOf(exact); at !== -1; at = body.indexOf(exact, at + 1)) {
    const score = contextScore(body, anchor, at);
    if (score > bestScore || (score === bestScore && Math.abs(at - start) < Math.abs(best! - start))) {
      best = at;
      bestScore = score;
    }
  }
  return best;
}

/** The occurrence of `text` nearest to `to`, looked for close by first since quotes mostly move a little. */
function nearest(body: string, text: string, to: number): number | null {
  const from = Math.max(0, to - NEARBY);
  const close = nearestIn(body.slice(from, to + NEARBY + text.length), text, to - from);
  // Anything outside the window is further away than NEARBY.
  return close === null ? nearestIn(body, text, to) : from + close;
}

function nearestIn(body: string, text: string, to: number): number | null {
  let best: number | null = null;
  for (let at = body.indexOf(text); at !== -1; at = body.indexOf(text, at + 1)) {
    if (best === null || Math.abs(at - to) < Math.abs(best - to)) best = at;
    if (at > to) break;
  }
  return best;
}

/** How many characters of the stored prefix and suffix the text around `at` keeps (edit distance, not equality). */
function contextScore(body: string, anchor: Anchor, at: number): number {
  const { prefix, suffix, exact } = anchor;
  const before = body.slice(Math.max(0, at - prefix.length), at);
  const after = body.slice(at + exact.length, at + exact.length + suffix.length);
  const keptBefore = before === prefix ? prefix.length : prefix.length - editDistance(prefix, before);
  const keptAfter = after === suffix ? suffix.length : suffix.length - editDistance(suffix, after);
  return keptBefore + keptAfter;
}

const contextRow = new Int32Array(CONTEXT_LENGTH + 1);

/** Levenshtein distance; contexts are short, so one row is reused rather than allocated per occurrence. */
function editDistance(a: string, b: string): number {
  const row = b.length < contextRow.length ? contextRow : new Int32Array(b.length + 1);
  for (let j = 0; j <= b.length; j++) row[j] = j;
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j]!;
      row[j] = Math.min(above + 1, row[j - 1]! + 1, diagonal + (a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length]!;
}

type Span = { start: number; end: number };

/**
 * Approximate matching for a quote whose words changed: near the old position, then where
 * pieces of the quote and its context still occur verbatim. Bitap over the whole body
 * would find the rest but costs a few hundred milliseconds per claim on a long source.
 */
function findFuzzy(body: string, anchor: Anchor): Reanchored | null {
  // Bitap then searches ±400 characters (threshold × distance) around each place it is pointed to.
  const dmp = Object.assign(new DiffMatchPatch(), { Match_Threshold: 0.4, Match_Distance: 1000, Diff_Timeout: 0.5 });
  const attempt = (hint: number) => {
    const span = anchor.exact.length <= MAX_BITS ? locateShort(dmp, body, anchor, hint) : locateLong(dmp, body, anchor, hint);
    return span && refine(dmp, body, anchor, span);
  };
  const found = attempt(anchor.start);
  if (found) return found;
  for (const hint of seedHints(body, anchor)) {
    // The first attempt already searched around the old position.
    if (Math.abs(hint - anchor.start) <= SEED_LENGTH) continue;
    const elsewhere = attempt(hint);
    if (elsewhere) return elsewhere;
  }
  return null;
}

/**
 * Where the quote probably starts now, judged by evenly spaced pieces of it and its context
 * that still occur verbatim in the body; places where several pieces agree come first.
 */
function seedHints(body: string, anchor: Anchor): number[] {
  const { prefix, exact, suffix } = anchor;
  const text = prefix + exact + suffix;
  const count = Math.min(MAX_SEEDS, Math.floor(text.length / SEED_LENGTH));
  const step = count > 1 ? (text.length - SEED_LENGTH) / (count - 1) : 0;
  const votes: { at: number; seed: number }[] = [];
  for (let seed = 0; seed < count; seed++) {
    const offset = Math.round(seed * step);
    const piece = text.slice(offset, offset + SEED_LENGTH);
    const hits: number[] = [];
    for (let at = body.indexOf(piece); at !== -1 && hits.length <= MAX_SEED_HITS; at = body.indexOf(piece, at + 1)) {
      hits.push(at - offset + prefix.length);
    }
    // A piece found all over the body says nothing about where the quote is.
    if (hits.length <= MAX_SEED_HITS) votes.push(...hits.map((at) => ({ at, seed })));
  }
  votes.sort((a, b) => a.at - b.at);

  const tolerance = SEED_LENGTH + Math.ceil(exact.length * MAX_LENGTH_CHANGE);
  const clusters: { hint: number; seeds: number }[] = [];
  for (let first = 0; first < votes.length; ) {
    let last = first;
    while (last + 1 < votes.length && votes[last + 1]!.at - votes[last]!.at <= tolerance) last++;
    const cluster = votes.slice(first, last + 1);
    const seeds = new Set(cluster.map((vote) => vote.seed)).size;
    clusters.push({ hint: cluster[Math.floor(cluster.length / 2)]!.at, seeds });
    first = last + 1;
  }
  const needed = count >= 4 ? 2 : 1;
  return clusters
    .filter((cluster) => cluster.seeds >= needed)
    .sort((a, b) => b.seeds - a.seeds || Math.abs(a.hint - anchor.start) - Math.abs(b.hint - anchor.start))
    .slice(0, MAX_CANDIDATES)
    .map((cluster) => cluster.hint);
}

/** A short quote is matched together with as much of its context as fits in the bitap pattern. */
function locateShort(dmp: DiffMatchPatch, body: string, anchor: Anchor, hint: number): Span | null {
  const { exact, prefix, suffix } = anchor;
  const room = MAX_BITS - exact.length;
  const after = Math.min(suffix.length, room - Math.min(prefix.length, Math.floor(room / 2)));
  const before = Math.min(prefix.length, room - after);
  const pattern = prefix.slice(prefix.length - before) + exact + suffix.slice(0, after);
  const at = matchNear(dmp, body, pattern, hint - before);
  return at < 0 ? null : { start: at + before, end: at + before + exact.length };
}

/** A long quote is matched by its first and last MAX_BITS characters, which must stay about as far apart. */
function locateLong(dmp: DiffMatchPatch, body: string, anchor: Anchor, hint: number): Span | null {
  const { exact } = anchor;
  const head = matchNear(dmp, body, exact.slice(0, MAX_BITS), hint);
  const tail = matchNear(dmp, body, exact.slice(-MAX_BITS), (head < 0 ? hint : head) + exact.length - MAX_BITS);
  if (head >= 0 && tail >= 0 && similarLength(exact.length, tail + MAX_BITS - head)) {
    return { start: head, end: tail + MAX_BITS };
  }
  if (head >= 0) return { start: head, end: Math.min(body.length, head + exact.length) };
  if (tail >= 0) return { start: Math.max(0, tail + MAX_BITS - exact.length), end: tail + MAX_BITS };
  return null;
}

/**
 * Bitap around `hint`, on the only stretch of the body it could match in: given the whole
 * body, diff-match-patch allocates arrays as long as the body for every error level.
 */
function matchNear(dmp: DiffMatchPatch, body: string, pattern: string, hint: number): number {
  const reach = Math.ceil(dmp.Match_Threshold * dmp.Match_Distance) + pattern.length;
  const at = Math.max(0, Math.min(hint, body.length));
  const from = Math.max(0, at - reach);
  const found = dmp.match_main(body.slice(from, at + reach + pattern.length), pattern, at - from);
  return found < 0 ? -1 : from + found;
}

/**
 * Settles a located span's boundaries by diffing the stored context and quote against the
 * text around it, then checks the new quote is still close enough to the old one.
 */
function refine(dmp: DiffMatchPatch, body: string, anchor: Anchor, span: Span): Reanchored | null {
  const { exact, prefix, suffix } = anchor;
  // Slack for a misplaced span, only on sides that have context to realign on.
  const slack = 8 + Math.ceil(exact.length * MAX_LENGTH_CHANGE);
  const from = Math.max(0, span.start - prefix.length - (prefix ? slack : 0));
  const to = Math.min(body.length, span.end + suffix.length + (suffix ? slack : 0));
  const diffs = dmp.diff_main(prefix + exact + suffix, body.slice(from, to));
  dmp.diff_cleanupSemantic(diffs);
  const mapped = [mapBoundary(diffs, prefix.length, "start"), mapBoundary(diffs, prefix.length + exact.length, "end")];
  const [start, end] = trim(body, from + mapped[0]!, from + mapped[1]!);
  if (end <= start) return null;
  const text = body.slice(start, end);
  if (!similarLength(exact.length, text.length)) return null;
  const distance = dmp.diff_levenshtein(dmp.diff_main(exact, text));
  if (1 - distance / Math.max(exact.length, text.length) < MIN_SIMILARITY) return null;
  return { start, end, exact: text, method: "fuzzy" };
}

function similarLength(old: number, now: number): boolean {
  return Math.abs(now - old) <= old * MAX_LENGTH_CHANGE;
}

/**
 * Where text1's offset `loc` falls in text2 as the start or the end of the quote: text inserted
 * at the boundary stays outside, text replacing the quote's first or last characters comes in.
 */
function mapBoundary(diffs: DiffMatchPatch.Diff[], loc: number, edge: "start" | "end"): number {
  let old = 0;
  let now = 0;
  for (const [index, [op, text]] of diffs.entries()) {
    if (op === DiffMatchPatch.DIFF_INSERT) {
      now += text.length;
      continue;
    }
    if (edge === "start" ? old + text.length > loc : old + text.length >= loc) {
      if (op === DiffMatchPatch.DIFF_EQUAL) return now + loc - old;
      const next = diffs[index + 1];
      const replaced = edge === "end" && old + text.length === loc && next?.[0] === DiffMatchPatch.DIFF_INSERT;
      return now + (replaced ? next[1].length : 0);
    }
    old += text.length;
    if (op === DiffMatchPatch.DIFF_EQUAL) now += text.length;
  }
  return now;
}

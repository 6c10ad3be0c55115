/**
 * Orders the claims the database found alike in wording, adding the facts
 * (amounts, dates) they share, and says why each is suggested. Pure: the
 * scores come in from SQL (trigram similarity, full-text rank).
 */
import { extractFacts, sharedFacts, type Fact } from "./facts";
import type { RelationKindName } from "./schemas";

export type SuggestionCandidate = {
  id: string;
  exact: string;
  paraphrase: string;
  /** pg_trgm similarity of the best-matching pair of quote and paraphrase, 0–1. */
  similarity: number;
  /** ts_rank of the claim's words against the candidate's, normalised to 0–1. */
  textRank: number;
};

export type RankedSuggestion = {
  id: string;
  score: number;
  reasons: string[];
  shared: Fact[];
  kind: Extract<RelationKindName, "corroborates" | "duplicates">;
};

export const SUGGESTION_LIMIT = 8;
/** Wording this alike is the same claim entered twice. */
export const DUPLICATE_SIMILARITY = 0.8;
const SHOWN_SIMILARITY = 0.2;
const MIN_SCORE = 0.12;

const round = (n: number) => Math.round(n * 100) / 100;

/** "shares 1958, US$90 million". */
export const describeShared = (facts: Fact[]) => `shares ${facts.map((f) => f.label).join(", ")}`;

/** The candidates worth showing, best first, at most `limit`. */
export function rankSuggestions(claim: { exact: string; paraphrase: string }, candidates: SuggestionCandidate[], limit = SUGGESTION_LIMIT): RankedSuggestion[] {
  const own = extractFacts(`${claim.exact}\n${claim.paraphrase}`);
  const ranked = candidates.map((candidate) => {
    const shared = own.length ? sharedFacts(own, extractFacts(`${candidate.exact}\n${candidate.paraphrase}`)) : [];
    const similarity = clamp(candidate.similarity);
    const factScore = Math.min(shared.length, 2) / 2;
    const score = round(0.55 * similarity + 0.2 * clamp(candidate.textRank) + 0.25 * factScore);
    const reasons: string[] = [];
    if (similarity >= SHOWN_SIMILARITY) reasons.push(`similar wording ${similarity.toFixed(2)}`);
    if (shared.length) reasons.push(describeShared(shared));
    if (!reasons.length && candidate.textRank > 0) reasons.push("uses the same terms");
    const kind: RankedSuggestion["kind"] = similarity >= DUPLICATE_SIMILARITY ? "duplicates" : "corroborates";
    return { id: candidate.id, score, reasons, shared, kind };
  });
  return ranked
    .filter((s) => s.score >= MIN_SCORE || s.shared.length > 0)
    .sort((a, b) => b.score - a.score || b.shared.length - a.shared.length || a.id.localeCompare(b.id))
    .slice(0, limit);
}

const clamp = (n: number) => (Number.isFinite(n) ? Math.min(1, Math.max(0, n)) : 0);

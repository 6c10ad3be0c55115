import { cohenKappa } from "./cohen";
import { krippendorffAlpha, type Alpha } from "./krippendorff";

/** One review as agreement reads it: who judged which claim, when, with what verdict and grade. */
export type RatedReview<V extends string = string> = {
  claimId: string;
  reviewerId: string;
  createdAt: Date;
  verdict: V;
  /** The credibility (1–6) the reviewer gave, or null. */
  credibility: number | null;
};

export type PairAgreement = { a: string; b: string; kappa: number | null; claims: number };

export type Agreement = { verdict: Alpha; credibility: Alpha; pairs: PairAgreement[] };

type Person = { id: string; name: string };

/** Agreement as a project reads it: reviewers named, α without the count of values. */
export type ProjectAgreement = {
  verdict: { alpha: number | null; units: number };
  credibility: { alpha: number | null; units: number };
  pairs: { a: Person; b: Person; kappa: number | null; claims: number }[];
};

/**
 * Agreement between reviewers over a project's reviews. Each reviewer counts once per claim, with their latest
 * review (a reviewer who changed their mind is judged on what they think now); the grade is that review's, so a
 * latest review without a grade gives no grade. Verdicts: nominal α; grades: ordinal α; Cohen's κ on verdicts
 * for each pair of reviewers over the claims both reviewed. Pairs are ordered by reviewer id.
 */
export function computeAgreement<V extends string>(reviews: readonly RatedReview<V>[]): Agreement {
  const latest = new Map<string, Map<string, RatedReview<V>>>();
  for (const review of reviews) {
    const byReviewer = latest.get(review.claimId) ?? new Map<string, RatedReview<V>>();
    latest.set(review.claimId, byReviewer);
    const kept = byReviewer.get(review.reviewerId);
    if (!kept || kept.createdAt.getTime() <= review.createdAt.getTime()) byReviewer.set(review.reviewerId, review);
  }
  const claims = [...latest.values()].map((byReviewer) => [...byReviewer.values()]);
  const verdict = krippendorffAlpha(claims.map((rs) => rs.map((r) => r.verdict)), "nominal");
  const credibility = krippendorffAlpha(
    claims.map((rs) => rs.flatMap((r) => (r.credibility === null ? [] : [r.credibility]))),
    "ordinal",
  );

  const reviewers = [...new Set(reviews.map((r) => r.reviewerId))].sort();
  const pairs: PairAgreement[] = [];
  for (let i = 0; i < reviewers.length; i++) {
    for (let j = i + 1; j < reviewers.length; j++) {
      const a = reviewers[i]!;
      const b = reviewers[j]!;
      const shared = [...latest.values()].flatMap((byReviewer) => {
        const x = byReviewer.get(a);
        const y = byReviewer.get(b);
        return x && y ? [[x.verdict, y.verdict] as const] : [];
      });
      if (shared.length === 0) continue;
      const { kappa, n } = cohenKappa(shared);
      pairs.push({ a, b, kappa, claims: n });
    }
  }
  return { verdict, credibility, pairs };
}

/** Krippendorff's reading of α: at least .800 reliable, from .667 tentative conclusions only, below that not reliable. */
export function readAlpha(alpha: number | null): "reliable" | "tentative" | "unreliable" | "undefined" {
  if (alpha === null) return "undefined";
  if (alpha >= 0.8) return "reliable";
  if (alpha >= 0.667) return "tentative";
  return "unreliable";
}

import "server-only";
import { requireProjectAccess } from "@/lib/authz/require-project-access";
import { db } from "@/lib/db";
import { computeAgreement, type ProjectAgreement } from "./agreement";

/**
 * How far the project's reviewers agree: Krippendorff's α on verdicts (nominal) and on credibility grades
 * (ordinal) over the claims two or more of them reviewed, and Cohen's κ on verdicts for each pair of reviewers
 * over the claims both reviewed (lib/agreement/agreement.ts). Any member may read it. One query reads every
 * review of the project.
 */
export async function getAgreement(options: { userId: string; projectId: string }): Promise<ProjectAgreement> {
  await requireProjectAccess({ ...options, action: "project.read" });
  const reviews = await db.review.findMany({
    where: { claim: { projectId: options.projectId } },
    select: { claimId: true, reviewerId: true, createdAt: true, verdict: true, credibility: true, reviewer: { select: { id: true, name: true } } },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  });
  const people = new Map(reviews.map((r) => [r.reviewerId, r.reviewer]));
  const { verdict, credibility, pairs } = computeAgreement(reviews);
  return {
    verdict: { alpha: verdict.alpha, units: verdict.units },
    credibility: { alpha: credibility.alpha, units: credibility.units },
    pairs: pairs
      .map((pair) => ({ a: people.get(pair.a)!, b: people.get(pair.b)!, kappa: pair.kappa, claims: pair.claims }))
      .sort((x, y) => y.claims - x.claims || x.a.name.localeCompare(y.a.name) || x.b.name.localeCompare(y.b.name)),
  };
}

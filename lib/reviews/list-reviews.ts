import "server-only";
import { requireProjectAccess } from "@/lib/authz/require-project-access";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { hiddenVerdictClaimIds } from "./blind-review";

/**
 * Every review of a claim, oldest first: the order in which they took effect. Under blind review, a reviewer who
 * has not given their verdict gets none of them, only how many are hidden.
 */
export async function listReviews(options: { userId: string; projectId: string; claimId: string }) {
  await requireProjectAccess({ userId: options.userId, projectId: options.projectId, action: "project.read" });
  const claim = await db.claim.findFirst({ where: { id: options.claimId, projectId: options.projectId }, select: { id: true } });
  if (!claim) throw notFound("Claim");
  const [reviews, hidden] = await Promise.all([
    db.review.findMany({
      where: { claimId: claim.id },
      select: {
        id: true,
        verdict: true,
        rationale: true,
        evidenceUrl: true,
        credibility: true,
        claimRevision: true,
        createdAt: true,
        reviewer: { select: { id: true, name: true } },
        citation: { select: { id: true, label: true, text: true } },
      },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    }),
    hiddenVerdictClaimIds(db, { ...options, claimIds: [claim.id] }),
  ]);
  return hidden.has(claim.id) ? { reviews: [], hidden: reviews.length } : { reviews, hidden: 0 };
}

export type ClaimReview = Awaited<ReturnType<typeof listReviews>>["reviews"][number];

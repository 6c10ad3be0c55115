import "server-only";
import { requireProjectAccess } from "@/lib/authz/require-project-access";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { hiddenVerdictClaimIds, shownStatus } from "@/lib/reviews/blind-review";
import { toSelectors } from "./anchoring";

/**
 * One claim with its selectors (W3C Web Annotation), themes, citations and history. Under blind review, a
 * reviewer who has not given their verdict reads a reviewed status as "REVIEWED" (`verdictsHidden`), here and in
 * its past versions.
 */
export async function getClaim(options: { userId: string; projectId: string; claimId: string }) {
  await requireProjectAccess({ userId: options.userId, projectId: options.projectId, action: "project.read" });
  const claim = await db.claim.findFirst({
    where: { id: options.claimId, projectId: options.projectId },
    include: {
      source: { select: { id: true, title: true, reliability: true, version: true, marking: true, retractedAt: true, retractionNote: true, retractedBy: { select: { name: true } } } },
      author: { select: { id: true, name: true } },
      assignee: { select: { id: true, name: true } },
      credibilityOverriddenBy: { select: { name: true } },
      themes: { select: { theme: { select: { id: true, name: true, colour: true } } }, orderBy: { position: "asc" } },
      citations: { select: { citation: { select: { id: true, label: true, text: true, url: true } } } },
      versions: { orderBy: { revision: "desc" }, select: { revision: true, paraphrase: true, status: true, createdAt: true, editor: { select: { name: true } } } },
    },
  });
  if (!claim) throw notFound("Claim");
  const verdictsHidden = (await hiddenVerdictClaimIds(db, { userId: options.userId, projectId: options.projectId, claimIds: [claim.id] })).has(claim.id);
  const { themes, citations, status, versions, ...rest } = claim;
  return {
    ...rest,
    status: shownStatus(status, verdictsHidden),
    versions: versions.map((v) => ({ ...v, status: shownStatus(v.status, verdictsHidden) })),
    verdictsHidden,
    themes: themes.map((t) => t.theme),
    citations: citations.map((c) => c.citation),
    selectors: toSelectors(claim),
  };
}

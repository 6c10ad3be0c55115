import "server-only";
import { requireProjectAccess } from "@/lib/authz/require-project-access";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { findClaimDependents } from "./find-dependents";

/** What depends on a claim: the briefs citing it, and the claims relying on it as corroboration or a duplicate. */
export async function listClaimDependents(options: { userId: string; projectId: string; claimId: string }) {
  await requireProjectAccess({ userId: options.userId, projectId: options.projectId, action: "project.read" });
  if (typeof options.claimId !== "string" || options.claimId.length > 64) throw notFound("Claim");
  const claim = await db.claim.findFirst({ where: { id: options.claimId, projectId: options.projectId }, select: { id: true } });
  if (!claim) throw notFound("Claim");
  return findClaimDependents(db, { projectId: options.projectId, claimIds: [claim.id] });
}

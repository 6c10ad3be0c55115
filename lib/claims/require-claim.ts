import "server-only";
import { requireProjectAccess } from "@/lib/authz/require-project-access";
import { can } from "@/lib/authz/permissions";
import type { Tx } from "@/lib/db";
import { forbidden, notFound } from "@/lib/errors";

/** A claim of this project the user may change: its author (analyst or owner) or an owner. */
export async function requireEditableClaim(tx: Tx, options: { userId: string; projectId: string; claimId: string }) {
  const access = await requireProjectAccess({ userId: options.userId, projectId: options.projectId, action: "project.read", tx });
  const claim = await tx.claim.findFirst({
    where: { id: options.claimId, projectId: options.projectId },
    include: { themes: { orderBy: { position: "asc" } }, citations: true },
  });
  if (!claim) throw notFound("Claim");
  const own = claim.authorId === options.userId && can(access.role, "claim.update_own");
  if (!own && !can(access.role, "claim.update_any")) throw forbidden("Only the claim's author or a project owner can change it.");
  return claim;
}

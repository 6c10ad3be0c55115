import "server-only";
import { requireProjectAccess } from "@/lib/authz/require-project-access";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { readClaimRelations } from "./read-relations";

/** The claims a claim is related to, both ways round, each with its source and origins. */
export async function listClaimRelations(options: { userId: string; projectId: string; claimId: string }) {
  const { userId, projectId, claimId } = options;
  return db.$transaction(async (tx) => {
    await requireProjectAccess({ userId, projectId, action: "project.read", tx });
    const claim = await tx.claim.findFirst({ where: { id: claimId, projectId }, select: { id: true } });
    if (!claim) throw notFound("Claim");
    return { relations: await readClaimRelations(tx, { projectId, claimId }) };
  });
}

import "server-only";
import { requireProjectAccess } from "@/lib/authz/require-project-access";
import { db } from "@/lib/db";
import type { ClaimStatus } from "@/lib/generated/prisma/enums";

export async function countClaimsByStatus(options: { userId: string; projectId: string }) {
  await requireProjectAccess({ ...options, action: "project.read" });
  const rows = await db.claim.groupBy({ by: ["status"], where: { projectId: options.projectId }, _count: { _all: true } });
  const counts: Record<ClaimStatus, number> = { DRAFT: 0, IN_REVIEW: 0, VERIFIED: 0, DISPUTED: 0, NEEDS_EVIDENCE: 0 };
  for (const row of rows) counts[row.status] = row._count._all;
  return counts;
}

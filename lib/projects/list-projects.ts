import "server-only";
import { db } from "@/lib/db";
import type { ClaimStatus, MemberRole } from "@/lib/generated/prisma/enums";

export type ProjectSummary = {
  id: string;
  name: string;
  description: string;
  role: MemberRole;
  updatedAt: Date;
  counts: { sources: number; briefs: number; members: number; claims: number; claimsByStatus: Record<ClaimStatus, number> };
};

const emptyStatusCounts = (): Record<ClaimStatus, number> => ({
  DRAFT: 0,
  IN_REVIEW: 0,
  VERIFIED: 0,
  DISPUTED: 0,
  NEEDS_EVIDENCE: 0,
});

/** The user's projects with their counts: two queries whatever the number of projects. */
export async function listProjects(options: { userId: string }): Promise<ProjectSummary[]> {
  const memberships = await db.membership.findMany({
    where: { userId: options.userId },
    select: {
      role: true,
      project: {
        select: {
          id: true,
          name: true,
          description: true,
          updatedAt: true,
          _count: { select: { sources: true, briefs: true, memberships: true } },
        },
      },
    },
    orderBy: { project: { updatedAt: "desc" } },
  });
  const projectIds = memberships.map((m) => m.project.id);
  const claimCounts = projectIds.length
    ? await db.claim.groupBy({ by: ["projectId", "status"], where: { projectId: { in: projectIds } }, _count: { _all: true } })
    : [];

  const byProject = new Map<string, Record<ClaimStatus, number>>();
  for (const row of claimCounts) {
    const counts = byProject.get(row.projectId) ?? emptyStatusCounts();
    counts[row.status] = row._count._all;
    byProject.set(row.projectId, counts);
  }

  return memberships.map(({ role, project }) => {
    const claimsByStatus = byProject.get(project.id) ?? emptyStatusCounts();
    return {
      id: project.id,
      name: project.name,
      description: project.description,
      role,
      updatedAt: project.updatedAt,
      counts: {
        sources: project._count.sources,
        briefs: project._count.briefs,
        members: project._count.memberships,
        claims: Object.values(claimsByStatus).reduce((a, b) => a + b, 0),
        claimsByStatus,
      },
    };
  });
}

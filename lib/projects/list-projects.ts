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

/**
 * The user's projects with their counts: a fixed number of queries whatever
 * the number of projects, each counting only these projects' rows (a relation
 * `_count` here would group whole tables).
 */
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
        },
      },
    },
    orderBy: { project: { updatedAt: "desc" } },
  });
  const projectIds = memberships.map((m) => m.project.id);
  const inProjects = { projectId: { in: projectIds } };
  const [claimCounts, sourceCounts, briefCounts, memberCounts] = projectIds.length
    ? await Promise.all([
        db.claim.groupBy({ by: ["projectId", "status"], where: inProjects, _count: { _all: true } }),
        db.source.groupBy({ by: ["projectId"], where: inProjects, _count: { _all: true } }),
        db.brief.groupBy({ by: ["projectId"], where: inProjects, _count: { _all: true } }),
        db.membership.groupBy({ by: ["projectId"], where: inProjects, _count: { _all: true } }),
      ])
    : [[], [], [], []];
  const countOf = (rows: { projectId: string; _count: { _all: number } }[]) =>
    new Map(rows.map((r) => [r.projectId, r._count._all]));
  const sources = countOf(sourceCounts);
  const briefs = countOf(briefCounts);
  const members = countOf(memberCounts);

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
        sources: sources.get(project.id) ?? 0,
        briefs: briefs.get(project.id) ?? 0,
        members: members.get(project.id) ?? 0,
        claims: Object.values(claimsByStatus).reduce((a, b) => a + b, 0),
        claimsByStatus,
      },
    };
  });
}

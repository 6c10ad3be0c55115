import "server-only";
import { requireProjectAccess } from "@/lib/authz/require-project-access";
import { CLAIM_ORDER, claimsWhere } from "@/lib/claims/list-claims";
import { claimFiltersSchema } from "@/lib/claims/schemas";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { parseInput } from "@/lib/validation";

const BATCH = 500;

export const EXPORT_CLAIM_FIELDS = {
  id: true,
  exact: true,
  prefix: true,
  suffix: true,
  start: true,
  end: true,
  sourceVersion: true,
  orphaned: true,
  paraphrase: true,
  credibility: true,
  status: true,
  createdAt: true,
  updatedAt: true,
  source: { select: { id: true, title: true, url: true, reliability: true } },
  author: { select: { id: true, name: true } },
  assignee: { select: { id: true, name: true } },
  themes: { select: { theme: { select: { name: true } } }, orderBy: { position: "asc" } },
} satisfies Prisma.ClaimSelect;

export type ExportClaim = Prisma.ClaimGetPayload<{ select: typeof EXPORT_CLAIM_FIELDS }>;

/**
 * The claims of a project under the board's filters (its sort too; the page is ignored),
 * checked and prepared at once so that a refusal comes before the first byte, then read
 * in batches by cursor so that 20,000 claims never sit in memory together.
 */
export async function openClaimExport(options: { userId: string; projectId: string; filters?: Record<string, unknown> }) {
  await requireProjectAccess({ ...options, action: "project.read" });
  const filters = parseInput(claimFiltersSchema, options.filters ?? {});
  const { where } = await claimsWhere(options.projectId, options.userId, filters);
  const orderBy = [...CLAIM_ORDER[filters.sort], { id: "asc" as const }];
  const [project, total] = await Promise.all([
    db.project.findUniqueOrThrow({ where: { id: options.projectId }, select: { id: true, name: true } }),
    db.claim.count({ where }),
  ]);

  async function* claims(): AsyncGenerator<ExportClaim[]> {
    let cursor: string | undefined;
    for (;;) {
      const rows = await db.claim.findMany({
        where,
        select: EXPORT_CLAIM_FIELDS,
        orderBy,
        take: BATCH,
        ...(cursor ? { cursor: { id: cursor }, skip: 1 } : {}),
      });
      if (rows.length) yield rows;
      if (rows.length < BATCH) return;
      cursor = rows.at(-1)!.id;
    }
  }
  return { project, total, filters, claims };
}

/** Where a claim's page is: absolute when the address the request came to is known. */
export const claimPageUrl = (baseUrl: string, projectId: string, claimId: string) => `${baseUrl}/projects/${projectId}/claims/${claimId}`;
export const sourcePageUrl = (baseUrl: string, projectId: string, sourceId: string) => `${baseUrl}/projects/${projectId}/sources/${sourceId}`;

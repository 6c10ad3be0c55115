import "server-only";
import { requireProjectAccess } from "@/lib/authz/require-project-access";
import { db } from "@/lib/db";
import { hiddenVerdictClaimIds } from "@/lib/reviews/blind-review";
import type { Prisma } from "@/lib/generated/prisma/client";
import { parseInput } from "@/lib/validation";
import { activityFiltersSchema, type ActivityFilters } from "./schemas";

const PAGE_SIZE = 50;

const ACTIVITY_FIELDS = {
  id: true,
  action: true,
  objectType: true,
  objectId: true,
  before: true,
  after: true,
  createdAt: true,
  actor: { select: { id: true, name: true, email: true } },
} as const;

export const ACTIVITY_ORDER = [{ createdAt: "desc" }, { id: "desc" }] satisfies Prisma.ActivityOrderByWithRelationInput[];

/** The where clause of a project's trail under the given filters; dates are whole UTC days. */
export function activityWhere(projectId: string, filters: ActivityFilters): Prisma.ActivityWhereInput {
  const createdAt: Prisma.DateTimeFilter = {};
  if (filters.from) createdAt.gte = new Date(`${filters.from}T00:00:00Z`);
  if (filters.to) createdAt.lt = new Date(Date.parse(`${filters.to}T00:00:00Z`) + 86_400_000);
  return {
    projectId,
    ...(filters.actor ? { actorId: filters.actor } : {}),
    ...(filters.type ? { objectType: filters.type } : {}),
    ...(filters.object ? { objectId: filters.object } : {}),
    ...(filters.from || filters.to ? { createdAt } : {}),
  };
}

/**
 * The project's audit trail, newest first, filtered, a page at a time (keyset on id). Under blind review, the
 * verdicts a reviewer may not read yet (lib/reviews/blind-review.ts) are left out of their page.
 */
export async function listActivity(options: { userId: string; projectId: string; filters?: Record<string, unknown> }) {
  await requireProjectAccess({ ...options, action: "activity.read" });
  const filters = parseInput(activityFiltersSchema, options.filters ?? {});
  const rows = await db.activity.findMany({
    where: activityWhere(options.projectId, filters),
    select: ACTIVITY_FIELDS,
    orderBy: ACTIVITY_ORDER,
    take: PAGE_SIZE + 1,
    ...(filters.before ? { cursor: { id: filters.before }, skip: 1 } : {}),
  });
  const page = rows.slice(0, PAGE_SIZE);
  const reviewed = page.filter((row) => row.action === "review.create").map((row) => row.objectId);
  const hidden = await hiddenVerdictClaimIds(db, { userId: options.userId, projectId: options.projectId, claimIds: [...new Set(reviewed)] });
  return {
    items: hidden.size ? page.filter((row) => !(row.action === "review.create" && hidden.has(row.objectId))) : page,
    nextCursor: rows.length > PAGE_SIZE ? rows[PAGE_SIZE - 1]!.id : null,
  };
}

export { ACTIVITY_FIELDS };

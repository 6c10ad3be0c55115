import "server-only";
import { requireProjectAccess } from "@/lib/authz/require-project-access";
import { db } from "@/lib/db";
import { parseInput } from "@/lib/validation";
import { warningFiltersSchema } from "./schemas";
import { toWarning, WARNING_FIELDS } from "./warning-fields";

const LIMIT = 500;

/**
 * A project's impact warnings, newest first: those of one brief or claim,
 * and with `open` only those nobody has acknowledged yet.
 */
export async function listWarnings(options: { userId: string; projectId: string; filters?: Record<string, unknown> }) {
  const filters = parseInput(warningFiltersSchema, options.filters ?? {});
  await requireProjectAccess({ userId: options.userId, projectId: options.projectId, action: "project.read" });
  const rows = await db.impactWarning.findMany({
    where: {
      projectId: options.projectId,
      ...(filters.briefId ? { briefId: filters.briefId } : {}),
      ...(filters.claimId ? { claimId: filters.claimId } : {}),
      ...(filters.open ? { acknowledgedAt: null } : {}),
    },
    select: WARNING_FIELDS,
    orderBy: [{ createdAt: "desc" }, { id: "asc" }],
    take: LIMIT,
  });
  return { warnings: rows.map(toWarning) };
}

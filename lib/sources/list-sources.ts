import "server-only";
import { requireProjectAccess } from "@/lib/authz/require-project-access";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { parseInput } from "@/lib/validation";
import { NOT_GRADED, sourceFiltersSchema } from "./schemas";

const ORDER: Record<string, Prisma.SourceOrderByWithRelationInput[]> = {
  added: [{ createdAt: "desc" }],
  published: [{ publishedOn: { sort: "desc", nulls: "last" } }, { createdAt: "desc" }],
  title: [{ title: "asc" }],
  claims: [{ claims: { _count: "desc" } }, { createdAt: "desc" }],
  // Sources not graded yet come after F: they still need someone to look.
  reliability: [{ reliability: { sort: "asc", nulls: "last" } }, { createdAt: "desc" }],
};

/** The project's sources, filtered and sorted, with counts of claims and citations. */
export async function listSources(options: { userId: string; projectId: string; filters?: Record<string, unknown> }) {
  await requireProjectAccess({ ...options, action: "project.read" });
  const filters = parseInput(sourceFiltersSchema, options.filters ?? {});
  const where: Prisma.SourceWhereInput = {
    projectId: options.projectId,
    ...(filters.kind ? { kind: filters.kind } : {}),
    ...(filters.reliability ? { reliability: filters.reliability === NOT_GRADED ? null : filters.reliability } : {}),
    ...(filters.publisher ? { publisher: { contains: filters.publisher, mode: "insensitive" } } : {}),
    ...(filters.from || filters.to
      ? {
          publishedOn: {
            ...(filters.from ? { gte: new Date(`${filters.from}T00:00:00Z`) } : {}),
            ...(filters.to ? { lte: new Date(`${filters.to}T00:00:00Z`) } : {}),
          },
        }
      : {}),
  };
  const sources = await db.source.findMany({
    where,
    select: {
      id: true,
      title: true,
      authors: true,
      publisher: true,
      publishedOn: true,
      kind: true,
      reliability: true,
      version: true,
      referenceOnly: true,
      retractedAt: true,
      createdAt: true,
      _count: { select: { claims: true, citations: true } },
    },
    orderBy: ORDER[filters.sort],
    take: 500,
  });
  return { sources, filters };
}

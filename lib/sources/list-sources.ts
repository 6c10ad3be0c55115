import "server-only";
import { requireProjectAccess } from "@/lib/authz/require-project-access";
import { db } from "@/lib/db";

export async function listSources(options: { userId: string; projectId: string }) {
  await requireProjectAccess({ ...options, action: "project.read" });
  return db.source.findMany({
    where: { projectId: options.projectId },
    select: {
      id: true,
      title: true,
      authors: true,
      publisher: true,
      publishedOn: true,
      kind: true,
      reliability: true,
      version: true,
      createdAt: true,
      _count: { select: { claims: true, citations: true } },
    },
    orderBy: { createdAt: "desc" },
  });
}

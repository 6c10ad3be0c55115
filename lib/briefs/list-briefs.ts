import "server-only";
import { requireProjectAccess } from "@/lib/authz/require-project-access";
import { db } from "@/lib/db";

export async function listBriefs(options: { userId: string; projectId: string }) {
  await requireProjectAccess({ ...options, action: "project.read" });
  return db.brief.findMany({
    where: { projectId: options.projectId },
    select: { id: true, title: true, status: true, version: true, updatedAt: true, author: { select: { name: true } } },
    orderBy: { updatedAt: "desc" },
  });
}

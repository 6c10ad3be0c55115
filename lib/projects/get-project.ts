import "server-only";
import { requireProjectAccess } from "@/lib/authz/require-project-access";
import { db } from "@/lib/db";

/** A project the user is a member of, with their role; "not found" otherwise. */
export async function getProject(options: { userId: string; projectId: string }) {
  const access = await requireProjectAccess({ ...options, action: "project.read" });
  const project = await db.project.findUniqueOrThrow({
    where: { id: options.projectId },
    select: { id: true, name: true, description: true, reviewPolicy: true, citationStyle: true, marking: true, blindReview: true, revision: true, createdAt: true, updatedAt: true },
  });
  return { ...project, role: access.role };
}

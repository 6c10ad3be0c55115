import "server-only";
import { recordActivity } from "@/lib/activity/record-activity";
import { requireProjectAccess } from "@/lib/authz/require-project-access";
import { db } from "@/lib/db";
import { conflict, isUniqueViolation } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { projectSchema, type ProjectInput } from "./schemas";

export async function updateProject(options: { userId: string; projectId: string; input: ProjectInput }) {
  const { name, description } = parseInput(projectSchema, options.input);
  try {
    return await db.$transaction(async (tx) => {
      await requireProjectAccess({ ...options, action: "project.update", tx });
      const before = await tx.project.findUniqueOrThrow({ where: { id: options.projectId } });
      const project = await tx.project.update({ where: { id: options.projectId }, data: { name, description } });
      await recordActivity(tx, {
        projectId: project.id,
        actorId: options.userId,
        action: "project.update",
        objectType: "Project",
        objectId: project.id,
        before: { name: before.name, description: before.description },
        after: { name, description },
      });
      return project;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw conflict("The project's creator already has a project with this name.", "name");
    throw error;
  }
}

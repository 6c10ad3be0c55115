import "server-only";
import { recordActivity } from "@/lib/activity/record-activity";
import { db } from "@/lib/db";
import { conflict, isUniqueViolation } from "@/lib/errors";
import { parseInput, type Input } from "@/lib/validation";
import { DEFAULT_THEMES } from "./default-themes";
import { projectSchema } from "./schemas";

/** Creates a project with its creator as owner and the default theme codebook. */
export async function createProject(options: { userId: string; input: Input<typeof projectSchema> }) {
  const { name, description } = parseInput(projectSchema, options.input);
  try {
    return await db.$transaction(async (tx) => {
      const project = await tx.project.create({
        data: {
          name,
          description,
          createdById: options.userId,
          memberships: { create: { userId: options.userId, role: "OWNER" } },
          themes: { createMany: { data: DEFAULT_THEMES.map((t) => ({ ...t })) } },
        },
      });
      await recordActivity(tx, {
        projectId: project.id,
        actorId: options.userId,
        action: "project.create",
        objectType: "Project",
        objectId: project.id,
        after: { name, description },
      });
      return project;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw conflict("You already have a project with this name.", "name");
    throw error;
  }
}

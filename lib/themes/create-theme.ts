import "server-only";
import { recordActivity } from "@/lib/activity/record-activity";
import { requireProjectAccess } from "@/lib/authz/require-project-access";
import { db } from "@/lib/db";
import { conflict, isUniqueViolation } from "@/lib/errors";
import { parseInput, type Input } from "@/lib/validation";
import { assertNameFree, assertPlacement, lockCodebook, themeIn } from "./codebook-lock";
import { createThemeSchema } from "./schemas";

/** Adds a theme to the project's codebook, at the top or under a parent. */
export async function createTheme(options: { userId: string; projectId: string; input: Input<typeof createThemeSchema> }) {
  const input = parseInput(createThemeSchema, options.input);
  const { userId, projectId } = options;
  try {
    return await db.$transaction(async (tx) => {
      await requireProjectAccess({ userId, projectId, action: "theme.manage", tx });
      const themes = await lockCodebook(tx, projectId);
      assertNameFree(themes, input.name);
      const parent = input.parentId ? themeIn(themes, input.parentId, "The parent theme") : null;
      assertPlacement(themes, null, input.parentId);
      const theme = await tx.theme.create({
        data: { projectId, name: input.name, colour: input.colour, description: input.description, parentId: input.parentId },
        select: { id: true, name: true, colour: true, description: true, parentId: true },
      });
      await recordActivity(tx, {
        projectId,
        actorId: userId,
        action: "theme.create",
        objectType: "Theme",
        objectId: theme.id,
        after: { name: theme.name, colour: theme.colour, description: theme.description, parentId: theme.parentId, parentName: parent?.name ?? null },
      });
      return theme;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw conflict(`A theme named “${input.name}” already exists in this project.`, "name");
    throw error;
  }
}

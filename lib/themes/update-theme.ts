import "server-only";
import { recordActivity } from "@/lib/activity/record-activity";
import { requireProjectAccess } from "@/lib/authz/require-project-access";
import { db } from "@/lib/db";
import { conflict, isUniqueViolation } from "@/lib/errors";
import { checkRevision } from "@/lib/revisions/check-revision";
import { parseInput, type Input } from "@/lib/validation";
import { assertNameFree, assertPlacement, lockCodebook, themeIn, type CodebookTheme } from "./codebook-lock";
import { updateThemeSchema } from "./schemas";

type Changes = Partial<Pick<CodebookTheme, "name" | "colour" | "description" | "parentId">>;

/**
 * Renames, recolours, describes or moves a theme (only the fields sent
 * change). Moving refuses a parent inside the theme's own subtree.
 */
export async function updateTheme(options: { userId: string; projectId: string; themeId: string; input: Input<typeof updateThemeSchema>; expectedRevision?: number }) {
  const input = parseInput(updateThemeSchema, options.input);
  const { userId, projectId, themeId } = options;
  try {
    return await db.$transaction(async (tx) => {
      await requireProjectAccess({ userId, projectId, action: "theme.manage", tx });
      const themes = await lockCodebook(tx, projectId);
      const theme = themeIn(themes, themeId);
      const { revision } = await tx.theme.findUniqueOrThrow({ where: { id: theme.id }, select: { revision: true } });
      await checkRevision(tx, { objectType: "Theme", objectId: theme.id, label: `The theme “${theme.name}”`, current: revision, expected: options.expectedRevision });

      const changes: Changes = {};
      if (input.name !== undefined && input.name !== theme.name) {
        assertNameFree(themes, input.name, theme.id);
        changes.name = input.name;
      }
      if (input.colour !== undefined && input.colour !== theme.colour) changes.colour = input.colour;
      if (input.description !== undefined && input.description !== theme.description) changes.description = input.description;
      let parentName: string | null = null;
      if (input.parentId !== undefined && input.parentId !== theme.parentId) {
        if (input.parentId !== null && input.parentId !== theme.id) parentName = themeIn(themes, input.parentId, "The parent theme").name;
        assertPlacement(themes, theme.id, input.parentId);
        changes.parentId = input.parentId;
      }

      const keys = Object.keys(changes) as (keyof Changes)[];
      if (keys.length === 0) return { ...theme, revision };
      const updated = await tx.theme.update({
        where: { id: theme.id },
        data: { ...changes, revision: { increment: 1 } },
        select: { id: true, name: true, colour: true, description: true, parentId: true, revision: true },
      });
      await recordActivity(tx, {
        projectId,
        actorId: userId,
        action: "theme.update",
        objectType: "Theme",
        objectId: theme.id,
        before: Object.fromEntries(keys.map((k) => [k, theme[k]])),
        after: { ...changes, ...("parentId" in changes ? { parentName } : {}), name: updated.name },
      });
      return updated;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw conflict(`A theme named “${input.name}” already exists in this project.`, "name");
    throw error;
  }
}

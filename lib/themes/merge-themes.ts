import "server-only";
import { recordActivity } from "@/lib/activity/record-activity";
import { requireProjectAccess } from "@/lib/authz/require-project-access";
import { db } from "@/lib/db";
import { invalid } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { lockCodebook, themeIn } from "./codebook-lock";
import { moveClaimLinks } from "./move-claim-links";
import { mergeThemesSchema } from "./schemas";
import { descendantIds } from "./tree";

/**
 * Merges a theme into another, in one transaction: its claims move to the
 * target (a claim tagged with both keeps one link), its sub-themes move under
 * the target, and the merged theme is deleted. A target inside the merged
 * theme's own subtree first takes the merged theme's place, so no cycle forms.
 */
export async function mergeThemes(options: { userId: string; projectId: string; themeId: string; input: { targetId?: unknown } }) {
  const { targetId } = parseInput(mergeThemesSchema, options.input);
  const { userId, projectId, themeId } = options;
  return db.$transaction(async (tx) => {
    await requireProjectAccess({ userId, projectId, action: "theme.manage", tx });
    const themes = await lockCodebook(tx, projectId);
    const source = themeIn(themes, themeId);
    const target = themeIn(themes, targetId, "The theme to merge into");
    if (source.id === target.id) {
      throw invalid("A theme cannot be merged into itself.", { targetId: ["Choose another theme to merge into."] });
    }

    let targetParentId = target.parentId;
    if (descendantIds(themes, source.id).has(target.id)) {
      targetParentId = source.parentId;
      await tx.theme.update({ where: { id: target.id }, data: { parentId: targetParentId } });
    }
    const { moved, alreadyTagged } = await moveClaimLinks(tx, source.id, target.id);
    const children = await tx.theme.updateMany({ where: { parentId: source.id, projectId }, data: { parentId: target.id } });
    await tx.theme.delete({ where: { id: source.id } });

    const summary = { claimsMoved: moved, claimsAlreadyTagged: alreadyTagged, subThemesMoved: children.count };
    await recordActivity(tx, {
      projectId,
      actorId: userId,
      action: "theme.merge",
      objectType: "Theme",
      objectId: source.id,
      before: { name: source.name, colour: source.colour, description: source.description, parentId: source.parentId },
      after: { targetId: target.id, targetName: target.name, ...summary },
    });
    return { target: { ...target, parentId: targetParentId }, ...summary };
  });
}

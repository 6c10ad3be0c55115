import "server-only";
import { recordActivity } from "@/lib/activity/record-activity";
import { requireProjectAccess } from "@/lib/authz/require-project-access";
import { db } from "@/lib/db";
import { conflict, invalid } from "@/lib/errors";
import { parseInput, type Input } from "@/lib/validation";
import { checkRevision } from "@/lib/revisions/check-revision";
import { lockCodebook, themeIn } from "./codebook-lock";
import { moveClaimLinks } from "./move-claim-links";
import { deleteThemeSchema } from "./schemas";

/**
 * Deletes a theme. One that tags claims is refused unless `reassignTo` names
 * the theme its claims move to. Its sub-themes move up to its own parent.
 */
export async function deleteTheme(options: { userId: string; projectId: string; themeId: string; input?: Input<typeof deleteThemeSchema>; expectedRevision?: number }) {
  const { reassignTo } = parseInput(deleteThemeSchema, options.input ?? {});
  const { userId, projectId, themeId } = options;
  return db.$transaction(async (tx) => {
    await requireProjectAccess({ userId, projectId, action: "theme.manage", tx });
    const themes = await lockCodebook(tx, projectId);
    const theme = themeIn(themes, themeId);
    if (options.expectedRevision !== undefined) {
      const { revision } = await tx.theme.findUniqueOrThrow({ where: { id: theme.id }, select: { revision: true } });
      await checkRevision(tx, { objectType: "Theme", objectId: theme.id, label: `The theme “${theme.name}”`, current: revision, expected: options.expectedRevision });
    }
    const target = reassignTo ? themeIn(themes, reassignTo, "The theme to move its claims to") : null;
    if (target?.id === theme.id) {
      const message = "Choose another theme to move its claims to.";
      throw invalid(message, { reassignTo: [message] });
    }

    const used = await tx.claimTheme.count({ where: { themeId: theme.id } });
    if (used > 0 && !target) {
      throw conflict(
        `“${theme.name}” tags ${used} ${used === 1 ? "claim" : "claims"}. Choose a theme to move ${used === 1 ? "it" : "them"} to, or merge it into another theme.`,
        "reassignTo",
      );
    }
    const links = target ? await moveClaimLinks(tx, theme.id, target.id) : { moved: 0, alreadyTagged: 0 };
    const children = await tx.theme.updateMany({ where: { parentId: theme.id, projectId }, data: { parentId: theme.parentId } });
    await tx.theme.delete({ where: { id: theme.id } });

    const summary = { claimsMoved: links.moved, claimsAlreadyTagged: links.alreadyTagged, subThemesMoved: children.count };
    await recordActivity(tx, {
      projectId,
      actorId: userId,
      action: "theme.delete",
      objectType: "Theme",
      objectId: theme.id,
      before: { name: theme.name, colour: theme.colour, description: theme.description, parentId: theme.parentId },
      after: target ? { reassignedTo: target.id, reassignedToName: target.name, ...summary } : summary,
    });
    return summary;
  });
}

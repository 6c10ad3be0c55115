import "server-only";
import type { Tx } from "@/lib/db";

/**
 * Moves every claim tagged with `fromId` to `toId`, in three statements
 * whatever the number of claims. A claim tagged with both keeps one link, at
 * the lower (earlier) of its two positions, so its highlight colour follows
 * whichever theme the analyst put first. Returns how many claims were moved
 * and how many already carried the target.
 */
export async function moveClaimLinks(tx: Tx, fromId: string, toId: string): Promise<{ moved: number; alreadyTagged: number }> {
  await tx.$executeRaw`
    UPDATE "ClaimTheme" AS target SET position = LEAST(target.position, source.position)
    FROM "ClaimTheme" AS source
    WHERE source."themeId" = ${fromId} AND target."themeId" = ${toId} AND target."claimId" = source."claimId"`;
  const alreadyTagged = await tx.$executeRaw`
    DELETE FROM "ClaimTheme" AS source
    USING "ClaimTheme" AS target
    WHERE source."themeId" = ${fromId} AND target."themeId" = ${toId} AND target."claimId" = source."claimId"`;
  const moved = await tx.$executeRaw`UPDATE "ClaimTheme" SET "themeId" = ${toId} WHERE "themeId" = ${fromId}`;
  return { moved, alreadyTagged };
}

import "server-only";
import { recordActivity } from "@/lib/activity/record-activity";
import { can } from "@/lib/authz/permissions";
import { requireProjectAccess } from "@/lib/authz/require-project-access";
import { db } from "@/lib/db";
import { forbidden, invalid, notFound } from "@/lib/errors";
import { z } from "zod";
import { assignClaims } from "@/lib/reviews/assign-claims";
import { routeReviews } from "@/lib/reviews/route-review";
import { canMove, nextStatus } from "@/lib/reviews/transitions";
import { parseInput, type Input } from "@/lib/validation";
import { lockClaims } from "./lock-claim";

const bulkSchema = z.object({
  claimIds: z.array(z.string().max(64)).min(1, "Select at least one claim.").max(500, "Select at most 500 claims at once."),
  operation: z.enum(["add-theme", "remove-theme", "submit", "assign"], { error: "Choose what to do with the selected claims." }),
  themeId: z.string().max(64).optional(),
  /** For "assign": the reviewer, or blank to unassign. */
  assigneeId: z.string().max(64).nullish(),
  /** The revision of each claim as the board showed it: a claim changed since is skipped, and reported. */
  revisions: z.record(z.string().max(64), z.coerce.number().int().min(1)).optional(),
});

type Skipped = { id: string; currentRevision: number };

/**
 * Board actions on many claims at once, all or nothing: tag or untag a theme
 * (analysts and owners), submit one's drafts (and claims sent back) for
 * review, or assign them to a reviewer. Given the revisions the board
 * showed, a claim changed since is left alone and listed in `skipped`.
 */
export async function bulkUpdateClaims(options: { userId: string; projectId: string; input: Input<typeof bulkSchema> }) {
  const input = parseInput(bulkSchema, options.input);
  const { userId, projectId } = options;
  if (input.operation === "assign") {
    const { changed } = await assignClaims({ userId, projectId, input: { claimIds: input.claimIds, assigneeId: input.assigneeId } });
    return { changed, skipped: [] as Skipped[] };
  }
  const stale = (claim: { id: string; revision: number }) => {
    const seen = input.revisions?.[claim.id];
    return seen !== undefined && seen !== claim.revision;
  };
  return db.$transaction(async (tx) => {
    const access = await requireProjectAccess({ userId, projectId, action: "project.read", tx });
    const claims = await tx.claim.findMany({ where: { id: { in: input.claimIds }, projectId }, select: { id: true, authorId: true, status: true } });
    if (claims.length !== new Set(input.claimIds).size) throw notFound("Claim");

    if (input.operation === "submit") {
      if (!can(access.role, "claim.create")) throw forbidden();
      const others = claims.filter((c) => c.authorId !== userId && !can(access.role, "claim.update_any"));
      if (others.length) throw forbidden("You can only submit your own claims for review.");
      // Claims already in review or verified are left as they are; the others move, each with its own trail row.
      await lockClaims(tx, { projectId, claimIds: claims.map((c) => c.id) });
      const current = await tx.claim.findMany({
        where: { id: { in: claims.map((c) => c.id) } },
        select: { id: true, status: true, paraphrase: true, revision: true },
        orderBy: { id: "asc" },
      });
      const skipped = current.filter(stale).map((c) => ({ id: c.id, currentRevision: c.revision }));
      const movable = current.filter((c) => !stale(c) && canMove(c.status, "submit"));
      for (const claim of movable) {
        const status = nextStatus(claim.status, "submit") ?? claim.status;
        await tx.claim.update({ where: { id: claim.id }, data: { status } });
        await recordActivity(tx, {
          projectId,
          actorId: userId,
          action: "claim.submit",
          objectType: "Claim",
          objectId: claim.id,
          before: { status: claim.status },
          after: { status, paraphrase: claim.paraphrase },
        });
      }
      await routeReviews(tx, { projectId, actorId: userId, claimIds: movable.map((c) => c.id) });
      return { changed: movable.length, skipped };
    }

    if (!can(access.role, "theme.manage")) throw forbidden();
    if (!input.themeId) throw invalid("Choose a theme.", { themeId: ["Choose a theme."] });
    const theme = await tx.theme.findFirst({ where: { id: input.themeId, projectId }, select: { id: true, name: true } });
    if (!theme) throw invalid("A chosen theme does not exist in this project.", { themeId: ["A chosen theme does not exist in this project."] });
    // Tagging changes what each claim says, as an edit does: a new revision, the previous one kept.
    await lockClaims(tx, { projectId, claimIds: claims.map((c) => c.id) });
    const current = await tx.claim.findMany({
      where: { id: { in: claims.map((c) => c.id) } },
      select: {
        id: true,
        revision: true,
        exact: true,
        paraphrase: true,
        note: true,
        credibility: true,
        status: true,
        themes: { select: { themeId: true }, orderBy: { position: "asc" } },
        citations: { select: { citationId: true } },
      },
      orderBy: { id: "asc" },
    });
    const skipped = current.filter(stale).map((c) => ({ id: c.id, currentRevision: c.revision }));
    const tagged = (c: (typeof current)[number]) => c.themes.some((t) => t.themeId === theme.id);
    const affected = current.filter((c) => !stale(c) && (input.operation === "add-theme" ? !tagged(c) : tagged(c)));
    const ids = affected.map((c) => c.id);
    await tx.claimVersion.createMany({
      data: affected.map((c) => ({
        claimId: c.id,
        revision: c.revision,
        exact: c.exact,
        paraphrase: c.paraphrase,
        note: c.note,
        credibility: c.credibility,
        status: c.status,
        themeIds: c.themes.map((t) => t.themeId),
        citationIds: c.citations.map((x) => x.citationId),
        editorId: userId,
      })),
    });
    const result =
      input.operation === "add-theme"
        ? await tx.claimTheme.createMany({ data: ids.map((claimId) => ({ claimId, themeId: theme.id, position: 99 })), skipDuplicates: true })
        : await tx.claimTheme.deleteMany({ where: { claimId: { in: ids }, themeId: theme.id } });
    await tx.claim.updateMany({ where: { id: { in: ids } }, data: { revision: { increment: 1 } } });
    await recordActivity(tx, {
      projectId,
      actorId: userId,
      action: input.operation === "add-theme" ? "claim.bulk_tag" : "claim.bulk_untag",
      objectType: "Theme",
      objectId: theme.id,
      after: { theme: theme.name, claims: result.count },
    });
    return { changed: result.count, skipped };
  });
}

import "server-only";
import type { Db, Tx } from "@/lib/db";
import { notFound } from "@/lib/errors";

/** What a comment is about: a claim or a brief of the project, never both. */
export type CommentTargetInput = { claimId?: string | null; briefId?: string | null };

export type CommentTarget = { claimId: string | null; briefId: string | null; authorId: string };

/** The claim or brief a comment belongs to; another project's answers "not found". */
export async function requireCommentTarget(tx: Db | Tx, options: { projectId: string } & CommentTargetInput): Promise<CommentTarget> {
  const { projectId, claimId, briefId } = options;
  if (claimId && !briefId) {
    const claim = await tx.claim.findFirst({ where: { id: claimId, projectId }, select: { id: true, authorId: true } });
    if (!claim) throw notFound("Claim");
    return { claimId: claim.id, briefId: null, authorId: claim.authorId };
  }
  if (briefId && !claimId) {
    const brief = await tx.brief.findFirst({ where: { id: briefId, projectId }, select: { id: true, authorId: true } });
    if (!brief) throw notFound("Brief");
    return { claimId: null, briefId: brief.id, authorId: brief.authorId };
  }
  throw notFound(briefId ? "Brief" : "Claim");
}

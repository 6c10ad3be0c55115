import "server-only";
import { requireProjectAccess, type ProjectAccess } from "@/lib/authz/require-project-access";
import type { Tx } from "@/lib/db";
import { notFound } from "@/lib/errors";

/**
 * A live comment of this project, for a member who may comment. Another
 * project's comment, and a deleted one, answer "not found".
 */
export async function requireComment(tx: Tx, options: { userId: string; projectId: string; commentId: string }) {
  const access: ProjectAccess = await requireProjectAccess({ userId: options.userId, projectId: options.projectId, action: "comment.create", tx });
  const comment = await tx.comment.findFirst({
    where: { id: options.commentId, projectId: options.projectId, deletedAt: null },
    select: { id: true, authorId: true, body: true, revision: true, claimId: true, briefId: true, parentId: true, mentions: { select: { userId: true } } },
  });
  if (!comment) throw notFound("Comment");
  return { access, comment };
}

import "server-only";
import { requireProjectAccess } from "@/lib/authz/require-project-access";
import { db } from "@/lib/db";
import { requireCommentTarget, type CommentTargetInput } from "./require-comment-target";

export type CommentView = {
  id: string;
  parentId: string | null;
  author: { id: string; name: string };
  /** Empty once deleted. */
  body: string;
  revision: number;
  createdAt: Date;
  updatedAt: Date;
  edited: boolean;
  deleted: boolean;
  /** Who the body's mention tokens point at, by their current names. */
  mentions: { id: string; name: string }[];
};

export type CommentThreadView = CommentView & { replies: CommentView[] };

/** The discussion of a claim or brief: top-level comments oldest first, each with its replies in order. */
export async function listComments(options: { userId: string; projectId: string } & CommentTargetInput) {
  const { userId, projectId } = options;
  await requireProjectAccess({ userId, projectId, action: "project.read" });
  const target = await requireCommentTarget(db, { projectId, claimId: options.claimId, briefId: options.briefId });
  const rows = await db.comment.findMany({
    where: { projectId, claimId: target.claimId, briefId: target.briefId },
    select: {
      id: true,
      parentId: true,
      body: true,
      revision: true,
      createdAt: true,
      updatedAt: true,
      deletedAt: true,
      author: { select: { id: true, name: true } },
      mentions: { select: { user: { select: { id: true, name: true } } } },
    },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  });
  const threads: CommentThreadView[] = [];
  const byId = new Map<string, CommentThreadView>();
  for (const row of rows) {
    const view: CommentView = {
      id: row.id,
      parentId: row.parentId,
      author: row.author,
      body: row.deletedAt ? "" : row.body,
      revision: row.revision,
      createdAt: row.createdAt,
      updatedAt: row.updatedAt,
      edited: !row.deletedAt && row.updatedAt.getTime() > row.createdAt.getTime(),
      deleted: !!row.deletedAt,
      mentions: row.mentions.map((m) => m.user),
    };
    const parent = row.parentId ? byId.get(row.parentId) : undefined;
    if (parent) parent.replies.push(view);
    else {
      const thread = { ...view, replies: [] };
      byId.set(row.id, thread);
      threads.push(thread);
    }
  }
  return { threads, count: rows.filter((r) => !r.deletedAt).length };
}

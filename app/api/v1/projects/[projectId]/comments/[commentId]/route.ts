import { apiRoute, readJson } from "@/lib/api/handler";
import { revisionHeader, tagged } from "@/lib/api/revisions";
import { deleteComment } from "@/lib/comments/delete-comment";
import { updateComment } from "@/lib/comments/update-comment";

type Params = { projectId: string; commentId: string };

/** { body }: edit one's own comment. `If-Match: "<revision>"` refuses a stale edit with 409. */
export const PATCH = apiRoute<Params>(async ({ user, params, request }) => {
  const comment = await updateComment({ userId: user.id, ...params, input: await readJson(request), expectedRevision: revisionHeader(request) });
  return tagged({ comment }, comment.revision);
});

/** Its author, or a project owner; the comment stays as "Comment deleted". */
export const DELETE = apiRoute<Params>(async ({ user, params, request }) => {
  await deleteComment({ userId: user.id, ...params, expectedRevision: revisionHeader(request) });
});

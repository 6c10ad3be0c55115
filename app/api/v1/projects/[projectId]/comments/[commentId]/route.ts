import { apiRoute, readJson } from "@/lib/api/handler";
import { deleteComment } from "@/lib/comments/delete-comment";
import { updateComment } from "@/lib/comments/update-comment";

type Params = { projectId: string; commentId: string };

/** { body }: edit one's own comment. */
export const PATCH = apiRoute<Params>(async ({ user, params, request }) => ({
  comment: await updateComment({ userId: user.id, ...params, input: await readJson(request) }),
}));

/** Its author, or a project owner; the comment stays as "Comment deleted". */
export const DELETE = apiRoute<Params>(async ({ user, params }) => {
  await deleteComment({ userId: user.id, ...params });
});

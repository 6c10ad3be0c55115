import { apiRoute, readJson } from "@/lib/api/handler";
import { createComment } from "@/lib/comments/create-comment";
import { listComments } from "@/lib/comments/list-comments";

type Params = { projectId: string; briefId: string };

/** The brief's threads, oldest first, each with its replies. */
export const GET = apiRoute<Params>(async ({ user, params }) => listComments({ userId: user.id, ...params }));

/** { body, parentId? }: Markdown; mention members with `@[Name](user:<id>)`. */
export const POST = apiRoute<Params>(
  async ({ user, params, request }) => ({ comment: await createComment({ userId: user.id, ...params, input: await readJson(request) }) }),
  { status: 201 },
);

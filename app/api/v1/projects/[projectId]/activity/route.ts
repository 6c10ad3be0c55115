import { listActivity } from "@/lib/activity/list-activity";
import { apiRoute } from "@/lib/api/handler";

type Params = { projectId: string };

export const GET = apiRoute<Params>(async ({ user, params, request }) =>
  listActivity({
    userId: user.id,
    projectId: params.projectId,
    before: request.nextUrl.searchParams.get("before") ?? undefined,
  }),
);

import { listActivity } from "@/lib/activity/list-activity";
import { apiRoute } from "@/lib/api/handler";

type Params = { projectId: string };

/** ?actor=&type=&object=&from=YYYY-MM-DD&to=YYYY-MM-DD&before=<cursor> */
export const GET = apiRoute<Params>(async ({ user, params, request }) =>
  listActivity({ userId: user.id, projectId: params.projectId, filters: Object.fromEntries(request.nextUrl.searchParams) }),
);

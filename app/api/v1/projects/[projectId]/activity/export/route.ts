import { exportActivityCsv } from "@/lib/activity/export-activity";
import { apiRoute } from "@/lib/api/handler";
import { downloadResponse } from "@/lib/api/download";

type Params = { projectId: string };

/** The activity trail as CSV (same filters as the list). Owners only. */
export const GET = apiRoute<Params>(async ({ user, params, request }) => {
  const csv = await exportActivityCsv({ userId: user.id, projectId: params.projectId, filters: Object.fromEntries(request.nextUrl.searchParams) });
  return downloadResponse({ name: "activity.csv", type: "text/csv; charset=utf-8", body: csv });
});

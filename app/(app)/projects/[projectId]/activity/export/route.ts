import { exportActivityCsv } from "@/lib/activity/export-activity";
import { downloadResponse, sessionDownload } from "@/lib/api/download";

/** The activity trail as CSV, under the filters of the page's URL, for the project's owners. */
export async function GET(request: Request, context: { params: Promise<{ projectId: string }> }) {
  const { projectId } = await context.params;
  const filters = Object.fromEntries(new URL(request.url).searchParams);
  return sessionDownload(async (user) => {
    const csv = await exportActivityCsv({ userId: user.id, projectId, filters });
    return downloadResponse({ name: "activity.csv", type: "text/csv; charset=utf-8", body: csv });
  });
}

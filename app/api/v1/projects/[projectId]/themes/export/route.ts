import { downloadResponse } from "@/lib/api/download";
import { apiRoute } from "@/lib/api/handler";
import { exportCodebook } from "@/lib/themes/export-codebook";

type Params = { projectId: string };

/** The codebook as a file: `?format=json` (default) or `?format=qdc` (REFI-QDA). */
export const GET = apiRoute<Params>(async ({ user, params, request }) => {
  const file = await exportCodebook({
    userId: user.id,
    projectId: params.projectId,
    format: request.nextUrl.searchParams.get("format") ?? "json",
  });
  return downloadResponse({ name: file.filename, type: file.contentType, body: file.body });
});

import { apiRoute } from "@/lib/api/handler";
import { downloadResponse } from "@/lib/api/download-response";
import { exportProject } from "@/lib/backup/export-project";

type Params = { projectId: string };

/** The whole project as a Claimwork backup file. Owners only. */
export const GET = apiRoute<Params>(async ({ user, params }) => {
  const file = await exportProject({ userId: user.id, projectId: params.projectId });
  return downloadResponse({ name: file.filename, type: file.contentType, body: file.body });
});

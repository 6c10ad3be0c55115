import { downloadResponse, sessionDownload } from "@/lib/api/download";
import { exportProject } from "@/lib/backup/export-project";

/** The project as a backup file, for its owners in the browser. */
export async function GET(_request: Request, context: { params: Promise<{ projectId: string }> }) {
  const { projectId } = await context.params;
  return sessionDownload(async (user) => {
    const file = await exportProject({ userId: user.id, projectId });
    return downloadResponse({ name: file.filename, type: file.contentType, body: file.body });
  });
}

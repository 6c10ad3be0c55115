import { downloadResponse, sessionDownload } from "@/lib/api/download";
import { exportCodebook } from "@/lib/themes/export-codebook";

/** The codebook as a download (?format=json or qdc) for the signed-in member. */
export async function GET(request: Request, context: { params: Promise<{ projectId: string }> }) {
  const { projectId } = await context.params;
  const format = new URL(request.url).searchParams.get("format") ?? "json";
  return sessionDownload(async (user) => {
    const file = await exportCodebook({ userId: user.id, projectId, format });
    return downloadResponse({ name: file.filename, type: file.contentType, body: file.body });
  });
}

import { downloadResponse, sessionDownload } from "@/lib/api/download";
import { getOriginalFile } from "@/lib/sources/get-original-file";

/** The file a source version was imported from, always as a download, never rendered. */
export async function GET(request: Request, context: { params: Promise<{ projectId: string; sourceId: string }> }) {
  const { projectId, sourceId } = await context.params;
  const version = Number(new URL(request.url).searchParams.get("version")) || undefined;
  return sessionDownload(async (user) => {
    const file = await getOriginalFile({ userId: user.id, projectId, sourceId, version });
    return downloadResponse({ name: file.name, type: "application/octet-stream", body: Buffer.from(file.bytes) });
  });
}

import { downloadResponse, sessionDownload } from "@/lib/api/download";
import { getDocxTemplate } from "@/lib/docx-template/get-docx-template";

/** The project's Word template as uploaded, for its owners in the browser. */
export async function GET(_request: Request, context: { params: Promise<{ projectId: string }> }) {
  const { projectId } = await context.params;
  return sessionDownload(async (user) => {
    const file = await getDocxTemplate({ userId: user.id, projectId });
    return downloadResponse({ name: file.name, type: file.type, body: Buffer.from(file.bytes) });
  });
}

import { downloadResponse, sessionDownload } from "@/lib/api/download";
import { exportBrief } from "@/lib/briefs/export-brief";

/** The brief as a download: ?format=docx|pdf|md|html, &appendix=1 for the table of claims used, &sources=1 for the Sources annex (ICD 206), &style=<citation style>, &notes=footnotes|endnotes, &redact=1 to withhold the claims marked above the brief. */
export async function GET(request: Request, context: { params: Promise<{ projectId: string; briefId: string }> }) {
  const { projectId, briefId } = await context.params;
  const query = new URL(request.url).searchParams;
  return sessionDownload(async (user) => {
    const file = await exportBrief({
      userId: user.id,
      projectId,
      briefId,
      format: query.get("format"),
      appendix: query.get("appendix") === "1",
      sourcesAnnex: query.get("sources") === "1",
      style: query.get("style"),
      notes: query.get("notes"),
      redact: query.get("redact") === "1",
    });
    return downloadResponse({ name: file.name, type: file.contentType, body: typeof file.body === "string" ? file.body : new Uint8Array(file.body) });
  });
}

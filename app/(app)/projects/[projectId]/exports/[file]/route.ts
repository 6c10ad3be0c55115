import { downloadResponse, sessionDownload } from "@/lib/api/download";
import { exportProjectFile } from "@/lib/exports/export-project-file";

/**
 * The project's data as a file for the signed-in member: claims.csv and claims.jsonld
 * (under the claims board's filters, from the query), sources.csl.json and sources.bib.
 */
export async function GET(request: Request, context: { params: Promise<{ projectId: string; file: string }> }) {
  const { projectId, file } = await context.params;
  const url = new URL(request.url);
  return sessionDownload(async (user) => {
    const result = await exportProjectFile({ userId: user.id, projectId, file, filters: Object.fromEntries(url.searchParams), baseUrl: url.origin });
    return downloadResponse(result);
  });
}

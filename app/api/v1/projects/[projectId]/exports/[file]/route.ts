import { downloadResponse } from "@/lib/api/download";
import { apiRoute } from "@/lib/api/handler";
import { exportProjectFile } from "@/lib/exports/export-project-file";

type Params = { projectId: string; file: string };

/** `claims.csv`, `claims.jsonld` (with the claims board's filters), `sources.csl.json`, `sources.bib`. */
export const GET = apiRoute<Params>(async ({ user, params, request }) => {
  const result = await exportProjectFile({
    userId: user.id,
    projectId: params.projectId,
    file: params.file,
    filters: Object.fromEntries(request.nextUrl.searchParams),
    baseUrl: request.nextUrl.origin,
  });
  return downloadResponse(result);
});

import { downloadResponse } from "@/lib/api/download-response";
import { apiRoute } from "@/lib/api/handler";
import { exportBrief } from "@/lib/briefs/export-brief";

type Params = { projectId: string; briefId: string };

/**
 * ?format=docx|pdf|md|html&appendix=1&sources=1&style=<citation style id>&notes=footnotes|endnotes&redact=1 — the style defaults
 * to the project's, the notes to the brief's placement; 409 while another export of the same brief runs, or when the
 * brief is marked below a claim it cites (details { required, claimIds }) and redact=1 does not withhold those claims.
 */
export const GET = apiRoute<Params>(async ({ user, params, request }) => {
  const query = request.nextUrl.searchParams;
  const file = await exportBrief({
    userId: user.id,
    ...params,
    format: query.get("format"),
    appendix: query.get("appendix") === "1",
    sourcesAnnex: query.get("sources") === "1",
    style: query.get("style"),
    notes: query.get("notes"),
    redact: query.get("redact") === "1",
  });
  return downloadResponse({ name: file.name, type: file.contentType, body: typeof file.body === "string" ? file.body : new Uint8Array(file.body) });
});

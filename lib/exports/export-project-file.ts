import "server-only";
import { Readable } from "node:stream";
import { notFound } from "@/lib/errors";
import { exportClaimsCsv, exportClaimsJsonLd } from "./export-claims";
import { exportSourcesBibtex, exportSourcesCsl } from "./export-sources";

/** The project files one can download, by the name in the address. */
export const PROJECT_EXPORTS = ["claims.csv", "claims.jsonld", "sources.csl.json", "sources.bib"] as const;

type Options = { userId: string; projectId: string; file: string; filters?: Record<string, unknown>; baseUrl?: string };

/**
 * One export of a project's data, as a web stream or a string, for a download route (the
 * session's or the API's). Each export checks the user's rights itself.
 */
export async function exportProjectFile(options: Options): Promise<{ name: string; type: string; body: ReadableStream | string }> {
  const { file } = options;
  switch (file) {
    case "claims.csv":
      return { name: file, type: "text/csv; charset=utf-8", body: Readable.toWeb(await exportClaimsCsv(options)) as ReadableStream };
    case "claims.jsonld":
      return { name: file, type: "application/ld+json; profile=\"http://www.w3.org/ns/anno.jsonld\"", body: Readable.toWeb(await exportClaimsJsonLd(options)) as ReadableStream };
    case "sources.csl.json":
      return { name: file, type: "application/vnd.citationstyles.csl+json; charset=utf-8", body: await exportSourcesCsl(options) };
    case "sources.bib":
      return { name: file, type: "application/x-bibtex; charset=utf-8", body: await exportSourcesBibtex(options) };
    default:
      throw notFound("This export");
  }
}

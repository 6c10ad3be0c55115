import "server-only";
import { Readable } from "node:stream";
import { stringify } from "csv-stringify";
import { inertCell } from "@/lib/activity/export-activity";
import { CREDIBILITY_LABELS } from "@/lib/claims/schemas";
import { CLAIM_STATUS_LABELS } from "@/lib/claims/status-labels";
import { gradeText } from "@/lib/sources/labels";
import { ANNO_CONTEXT, claimAnnotation } from "./claim-annotation";
import { claimPageUrl, openClaimExport, sourcePageUrl } from "./read-claims";

type Options = {
  userId: string;
  projectId: string;
  filters?: Record<string, unknown>;
  /** The app's address ("https://claimwork.example.org"), for links to claim pages; urn: ids without it. */
  baseUrl?: string;
};

const COLUMNS = [
  "id",
  "quote",
  "paraphrase",
  "themes",
  "status",
  "credibility",
  "source",
  "source_reliability",
  "source_url",
  "author",
  "reviewer",
  "created",
  "updated",
  "url",
];

const links = (options: Options) => ({
  claim: (id: string) => (options.baseUrl ? claimPageUrl(options.baseUrl, options.projectId, id) : `urn:claimwork:claim:${id}`),
  source: (id: string, version: number) => (options.baseUrl ? `${sourcePageUrl(options.baseUrl, options.projectId, id)}?version=${version}` : `urn:claimwork:source:${id}:${version}`),
  user: (id: string) => `urn:claimwork:user:${id}`,
});

/**
 * The board's claims (whole project, or under its filters) as CSV, one row per claim;
 * themes joined with "; ". Cells a spreadsheet would run as formulas get an apostrophe.
 */
export async function exportClaimsCsv(options: Options) {
  const { claims } = await openClaimExport(options);
  const link = links(options);
  const csv = stringify({ header: true, columns: COLUMNS, cast: { string: inertCell } });
  void (async () => {
    try {
      for await (const batch of claims()) {
        for (const c of batch) {
          const ok = csv.write([
            c.id,
            c.exact,
            c.paraphrase,
            c.themes.map((t) => t.theme.name).join("; "),
            c.status,
            String(c.credibility),
            c.source.title,
            gradeText(c.source.reliability),
            c.source.url ?? "",
            c.author.name,
            c.assignee?.name ?? "",
            c.createdAt.toISOString(),
            c.updatedAt.toISOString(),
            link.claim(c.id),
          ]);
          if (!ok) await new Promise((resolve) => csv.once("drain", resolve));
        }
      }
      csv.end();
    } catch (error) {
      csv.destroy(error as Error);
    }
  })();
  return csv;
}

/**
 * The same claims as W3C Web Annotations, in one AnnotationCollection whose first (and
 * only) AnnotationPage holds them all; written batch by batch as the JSON goes out.
 */
export async function exportClaimsJsonLd(options: Options): Promise<Readable> {
  const { project, total, claims } = await openClaimExport(options);
  const link = links(options);
  const collection = {
    "@context": ANNO_CONTEXT,
    id: options.baseUrl ? `${options.baseUrl}/projects/${options.projectId}/claims` : `urn:claimwork:project:${options.projectId}:claims`,
    type: "AnnotationCollection",
    label: `Claims of ${project.name}`,
    total,
  };
  async function* chunks() {
    const head = JSON.stringify(collection, null, 2);
    yield `${head.slice(0, -2)},\n  "first": {\n    "type": "AnnotationPage",\n    "startIndex": 0,\n    "items": [`;
    let first = true;
    for await (const batch of claims()) {
      const items = batch.map((c) => {
        const annotation = claimAnnotation(c, { claim: link.claim(c.id), source: link.source(c.source.id, c.sourceVersion), user: link.user }, {
          status: CLAIM_STATUS_LABELS[c.status],
          credibility: CREDIBILITY_LABELS[c.credibility] ?? "",
        });
        return JSON.stringify(annotation);
      });
      yield `${first ? "\n" : ",\n"}${items.join(",\n")}`;
      first = false;
    }
    yield `\n    ]\n  }\n}\n`;
  }
  return Readable.from(chunks());
}

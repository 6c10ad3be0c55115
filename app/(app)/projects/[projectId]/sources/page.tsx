import type { Metadata } from "next";
import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { buttonClass } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { can } from "@/lib/authz/permissions";
import { formatDate } from "@/lib/format";
import { SOURCE_KIND_LABELS } from "@/lib/sources/labels";
import { listSources } from "@/lib/sources/list-sources";
import { loadProject, orNotFound } from "../_lib/load-project";
import { ReferencesImport } from "./_components/references-import";
import { RetractedBadge } from "@/components/impact/retracted-badge";
import { ReliabilityBadge } from "./_components/reliability-badge";
import { SourceFilters } from "./_components/source-filters";

export const metadata: Metadata = { title: "Sources" };

export default async function SourcesPage({
  params,
  searchParams,
}: {
  params: Promise<{ projectId: string }>;
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const { projectId } = await params;
  const { user, project } = await loadProject(projectId);
  const { sources, filters } = await orNotFound(listSources({ userId: user.id, projectId, filters: await searchParams }));
  const filtered = Boolean(filters.kind || filters.reliability || filters.publisher || filters.from || filters.to);
  const canImport = can(project.role, "source.create");

  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <SourceFilters projectId={projectId} filters={filters} />
        <div className="flex flex-wrap items-center gap-2 text-sm" data-testid="source-exports">
          <a href={`/projects/${projectId}/exports/sources.csl.json`} download className="rounded-md border border-stone-300 bg-white px-3 py-1.5 hover:bg-stone-50" title="Every source and its footnotes, for Zotero, Pandoc and citation processors">
            Export CSL-JSON
          </a>
          <a href={`/projects/${projectId}/exports/sources.bib`} download className="rounded-md border border-stone-300 bg-white px-3 py-1.5 hover:bg-stone-50" title="Every source and its footnotes, for LaTeX and reference managers">
            Export BibTeX
          </a>
          {canImport ? (
            <Link href={`/projects/${projectId}/sources/new`} className={buttonClass("primary")}>
              Import a source
            </Link>
          ) : null}
        </div>
      </div>
      {canImport ? <ReferencesImport projectId={projectId} /> : null}

      {sources.length === 0 ? (
        filtered ? (
          <EmptyState title="No source matches these filters">
            <Link href={`/projects/${projectId}/sources`} className="text-blue-700 hover:underline">
              Clear the filters
            </Link>
          </EmptyState>
        ) : (
          <EmptyState title="No sources yet">
            Sources are the commentaries, reports and statements this project reads. Each keeps its footnotes as citations, so every
            claim can be traced to the words it came from.{canImport ? null : " Analysts and owners can add them."}
          </EmptyState>
        )
      ) : (
        <div className="overflow-x-auto rounded-lg border border-stone-200 bg-white">
          <table className="w-full border-collapse text-left" data-testid="source-list">
            <caption className="sr-only">Sources of {project.name}</caption>
            <thead className="border-b border-stone-200 text-xs tracking-wide text-stone-500 uppercase">
              <tr>
                <th className="px-3 py-2 font-medium">Title</th>
                <th className="px-3 py-2 font-medium">Kind</th>
                <th className="px-3 py-2 font-medium">Publisher</th>
                <th className="px-3 py-2 font-medium">Published</th>
                <th className="px-3 py-2 font-medium">Reliability</th>
                <th className="px-3 py-2 text-right font-medium">Notes</th>
                <th className="px-3 py-2 text-right font-medium">Claims</th>
              </tr>
            </thead>
            <tbody>
              {sources.map((source) => (
                <tr key={source.id} className="border-b border-stone-100 last:border-0">
                  <td className="px-3 py-2">
                    <Link href={`/projects/${projectId}/sources/${source.id}`} className="font-medium text-stone-900 hover:text-blue-700 hover:underline">
                      {source.title}
                    </Link>
                    {source.referenceOnly ? (
                      <span className="ml-2 align-middle" title="Imported from a reference manager: details to cite, no text until a file is attached">
                        <Badge tone="violet">Reference only</Badge>
                      </span>
                    ) : null}
                    {source.retractedAt ? (
                      <span className="ml-2 align-middle">
                        <RetractedBadge retractedAt={source.retractedAt} />
                      </span>
                    ) : null}
                    {source.authors.length ? <span className="block text-xs text-stone-500">{source.authors.join(", ")}</span> : null}
                    {source.version > 1 ? <span className="text-xs text-stone-500">version {source.version}</span> : null}
                  </td>
                  <td className="px-3 py-2">{SOURCE_KIND_LABELS[source.kind]}</td>
                  <td className="px-3 py-2">{source.publisher ?? "—"}</td>
                  <td className="px-3 py-2 whitespace-nowrap">{source.publishedOn ? formatDate(source.publishedOn) : "—"}</td>
                  <td className="px-3 py-2">
                    <ReliabilityBadge grade={source.reliability} />
                  </td>
                  <td className="px-3 py-2 text-right tabular-nums">{source._count.citations}</td>
                  <td className="px-3 py-2 text-right tabular-nums">{source._count.claims}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}

import type { Metadata } from "next";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { can } from "@/lib/authz/permissions";
import { RELIABILITY_LABELS, SOURCE_KIND_LABELS } from "@/lib/sources/labels";
import { listSources } from "@/lib/sources/list-sources";
import { formatDate } from "@/lib/format";
import { loadProject, orNotFound } from "../_lib/load-project";

export const metadata: Metadata = { title: "Sources" };

export default async function SourcesPage({ params }: { params: Promise<{ projectId: string }> }) {
  const { projectId } = await params;
  const { user, project } = await loadProject(projectId);
  const sources = await orNotFound(listSources({ userId: user.id, projectId }));

  if (sources.length === 0) {
    return (
      <EmptyState title="No sources yet">
        Sources are the commentaries, reports and statements this project reads. Each keeps its footnotes as citations,
        so every claim can be traced to the words it came from.
        {can(project.role, "source.create") ? null : " Analysts and owners can add them."}
      </EmptyState>
    );
  }

  return (
    <table className="w-full border-collapse overflow-hidden rounded-lg bg-white text-left shadow-xs">
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
              <span className="font-medium text-stone-900">{source.title}</span>
              {source.authors.length ? <span className="block text-xs text-stone-500">{source.authors.join(", ")}</span> : null}
            </td>
            <td className="px-3 py-2">{SOURCE_KIND_LABELS[source.kind]}</td>
            <td className="px-3 py-2">{source.publisher ?? "—"}</td>
            <td className="px-3 py-2 whitespace-nowrap">{source.publishedOn ? formatDate(source.publishedOn) : "—"}</td>
            <td className="px-3 py-2">
              <span title={RELIABILITY_LABELS[source.reliability]}>
                <Badge tone={source.reliability <= "C" ? "green" : source.reliability === "F" ? "neutral" : "amber"}>
                  {source.reliability}
                </Badge>
              </span>
            </td>
            <td className="px-3 py-2 text-right tabular-nums">{source._count.citations}</td>
            <td className="px-3 py-2 text-right tabular-nums">{source._count.claims}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

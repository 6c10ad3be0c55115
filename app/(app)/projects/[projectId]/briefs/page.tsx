import type { Metadata } from "next";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { listBriefs } from "@/lib/briefs/list-briefs";
import { formatDate } from "@/lib/format";
import { loadProject, orNotFound } from "../_lib/load-project";

export const metadata: Metadata = { title: "Briefs" };

export default async function BriefsPage({ params }: { params: Promise<{ projectId: string }> }) {
  const { projectId } = await params;
  const { user } = await loadProject(projectId);
  const briefs = await orNotFound(listBriefs({ userId: user.id, projectId }));

  if (briefs.length === 0) {
    return (
      <EmptyState title="No briefs yet">
        A brief is drafted from reviewed claims. Each claim it uses brings its citation along, so every sentence can be
        traced back to its source and footnote.
      </EmptyState>
    );
  }
  return (
    <ul className="divide-y divide-stone-100 rounded-lg border border-stone-200 bg-white">
      {briefs.map((brief) => (
        <li key={brief.id} className="flex items-center justify-between px-4 py-3">
          <div>
            <p className="font-medium">{brief.title}</p>
            <p className="text-xs text-stone-500">
              {brief.author.name} · updated {formatDate(brief.updatedAt)} · version {brief.version}
            </p>
          </div>
          <Badge tone={brief.status === "APPROVED" ? "green" : brief.status === "IN_REVIEW" ? "amber" : "neutral"}>
            {brief.status.replace("_", " ").toLowerCase()}
          </Badge>
        </li>
      ))}
    </ul>
  );
}

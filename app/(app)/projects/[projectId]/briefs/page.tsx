import type { Metadata } from "next";
import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { can } from "@/lib/authz/permissions";
import { listBriefs } from "@/lib/briefs/list-briefs";
import { formatDate } from "@/lib/format";
import { loadProject, orNotFound } from "../_lib/load-project";
import { BriefStatusBadge } from "./_components/brief-status-badge";
import { NewBriefForm } from "./_components/new-brief-form";

export const metadata: Metadata = { title: "Briefs" };

export default async function BriefsPage({ params }: { params: Promise<{ projectId: string }> }) {
  const { projectId } = await params;
  const { user, project } = await loadProject(projectId);
  const briefs = await orNotFound(listBriefs({ userId: user.id, projectId }));
  const canCreate = can(project.role, "brief.create");

  return (
    <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_320px]">
      <section aria-label="Briefs">
        {briefs.length === 0 ? (
          <EmptyState title="No briefs yet">
            A brief is drafted from reviewed claims. Each claim it uses brings its citation along, so every sentence can be
            traced back to its source and footnote.
          </EmptyState>
        ) : (
          <ul className="divide-y divide-stone-100 rounded-lg border border-stone-200 bg-white">
            {briefs.map((brief) => (
              <li key={brief.id} className="flex items-center justify-between gap-3 px-4 py-3">
                <div className="min-w-0">
                  <Link href={`/projects/${projectId}/briefs/${brief.id}`} className="font-medium text-blue-800 hover:underline">
                    {brief.title}
                  </Link>
                  <p className="text-xs text-stone-500">
                    {brief.author.name} · updated {formatDate(brief.updatedAt)} · version {brief.version} · {brief.claims} claim
                    {brief.claims === 1 ? "" : "s"}
                    {brief.audience ? ` · for ${brief.audience}` : ""}
                  </p>
                </div>
                <div className="flex shrink-0 items-center gap-2">
                  {brief.warnings > 0 ? (
                    <Badge tone="amber">
                      {brief.warnings} warning{brief.warnings === 1 ? "" : "s"}
                    </Badge>
                  ) : null}
                  <BriefStatusBadge status={brief.status} />
                </div>
              </li>
            ))}
          </ul>
        )}
      </section>
      {canCreate ? (
        <aside className="rounded-lg border border-stone-200 bg-white p-4">
          <NewBriefForm projectId={projectId} />
        </aside>
      ) : null}
    </div>
  );
}

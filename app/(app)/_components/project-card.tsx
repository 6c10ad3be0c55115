import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { ROLE_LABELS } from "@/lib/authz/permissions";
import type { ProjectSummary } from "@/lib/projects/list-projects";
import { CLAIM_STATUS_LABELS } from "@/lib/claims/status-labels";

const plural = (n: number, word: string) => `${n.toLocaleString("en")} ${word}${n === 1 ? "" : "s"}`;

export function ProjectCard({ project }: { project: ProjectSummary }) {
  const { counts } = project;
  return (
    <Link
      href={`/projects/${project.id}`}
      className="block rounded-lg border border-stone-200 bg-white p-4 transition-colors hover:border-blue-300"
    >
      <div className="flex items-start justify-between gap-4">
        <div>
          <h2 className="text-base font-semibold text-stone-900">{project.name}</h2>
          {project.description ? <p className="mt-1 line-clamp-2 text-stone-600">{project.description}</p> : null}
        </div>
        <Badge tone="blue">{ROLE_LABELS[project.role]}</Badge>
      </div>
      <dl className="mt-3 flex flex-wrap gap-x-5 gap-y-1 text-stone-600">
        <div>
          <dt className="sr-only">Sources</dt>
          <dd>{plural(counts.sources, "source")}</dd>
        </div>
        <div>
          <dt className="sr-only">Claims</dt>
          <dd>
            {plural(counts.claims, "claim")}
            {counts.claims > 0 ? (
              <span className="text-stone-500">
                {" "}
                (
                {Object.entries(counts.claimsByStatus)
                  .filter(([, n]) => n > 0)
                  .map(([status, n]) => `${n} ${CLAIM_STATUS_LABELS[status as keyof typeof CLAIM_STATUS_LABELS].toLowerCase()}`)
                  .join(", ")}
                )
              </span>
            ) : null}
          </dd>
        </div>
        <div>
          <dt className="sr-only">Briefs</dt>
          <dd>{plural(counts.briefs, "brief")}</dd>
        </div>
        <div>
          <dt className="sr-only">Members</dt>
          <dd>{plural(counts.members, "member")}</dd>
        </div>
      </dl>
    </Link>
  );
}

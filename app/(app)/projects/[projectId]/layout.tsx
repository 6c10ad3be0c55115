import { Badge } from "@/components/ui/badge";
import { can, ROLE_LABELS } from "@/lib/authz/permissions";
import { listReviewQueue } from "@/lib/reviews/list-review-queue";
import { loadProject } from "./_lib/load-project";
import { ProjectTabs } from "./_components/project-tabs";

export default async function ProjectLayout({
  children,
  params,
}: {
  children: React.ReactNode;
  params: Promise<{ projectId: string }>;
}) {
  const { projectId } = await params;
  const { user, project } = await loadProject(projectId);
  const reviews = can(project.role, "claim.review") ? await listReviewQueue({ userId: user.id, projectId, take: 0 }) : null;
  return (
    <div>
      <div className="mb-4 flex flex-wrap items-start justify-between gap-3">
        <div>
          <h1 className="text-xl font-semibold" data-testid="project-name">
            {project.name}
          </h1>
          {project.description ? <p className="mt-1 max-w-prose text-stone-600">{project.description}</p> : null}
        </div>
        <div className="flex items-center gap-3">
          <form method="get" action={`/projects/${project.id}/search`} role="search">
            <label htmlFor="project-search" className="sr-only">
              Search this project
            </label>
            <input
              id="project-search"
              name="q"
              type="search"
              placeholder="Search sources and notes…"
              className="w-64 rounded-md border border-stone-300 bg-white px-2.5 py-1.5 text-sm"
            />
          </form>
          <Badge tone="blue">{ROLE_LABELS[project.role]}</Badge>
        </div>
      </div>
      <ProjectTabs projectId={project.id} showSettings={can(project.role, "project.update")} reviewCount={reviews?.total} />
      <div className="pt-6">{children}</div>
    </div>
  );
}

import type { Metadata } from "next";
import { requireUser } from "@/lib/auth";
import { listProjects } from "@/lib/projects/list-projects";
import { listReviewQueue } from "@/lib/reviews/list-review-queue";
import { CreateProjectForm } from "./_components/create-project-form";
import { ProjectCard } from "./_components/project-card";
import { RestoreProjectForm } from "./_components/restore-project-form";
import { ReviewQueue } from "./_components/review-queue";

export const metadata: Metadata = { title: "Projects" };

export default async function HomePage() {
  const user = await requireUser();
  const [projects, queue] = await Promise.all([listProjects({ userId: user.id }), listReviewQueue({ userId: user.id, take: 10 })]);
  return (
    <div className="grid gap-8 lg:grid-cols-[1fr_320px]">
      <section aria-labelledby="projects-heading">
        <h1 id="projects-heading" className="mb-4 text-xl font-semibold">
          Your projects
        </h1>
        {projects.length === 0 ? (
          <p className="rounded-lg border border-dashed border-stone-300 bg-white p-6 text-stone-600">
            You are not in any project yet. Create one, or ask a colleague to add you to theirs.
          </p>
        ) : (
          <ul className="grid gap-3" data-testid="project-list">
            {projects.map((project) => (
              <li key={project.id}>
                <ProjectCard project={project} />
              </li>
            ))}
          </ul>
        )}
      </section>
      <div className="space-y-6">
        {projects.length > 0 ? <ReviewQueue queue={queue} /> : null}
        <aside aria-labelledby="new-project-heading" className="h-fit rounded-lg border border-stone-200 bg-white p-5">
          <h2 id="new-project-heading" className="mb-3 text-base font-semibold">
            New project
          </h2>
          <CreateProjectForm />
        </aside>
        <aside aria-labelledby="restore-project-heading" className="h-fit rounded-lg border border-stone-200 bg-white p-5">
          <h2 id="restore-project-heading" className="mb-3 text-base font-semibold">
            Restore a project
          </h2>
          <RestoreProjectForm />
        </aside>
      </div>
    </div>
  );
}

import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { buttonClass } from "@/components/ui/button";
import { can } from "@/lib/authz/permissions";
import { loadProject } from "../_lib/load-project";
import { ProjectSettingsForm } from "./_components/project-settings-form";

export const metadata: Metadata = { title: "Project settings" };

export default async function ProjectSettingsPage({ params }: { params: Promise<{ projectId: string }> }) {
  const { projectId } = await params;
  const { project } = await loadProject(projectId);
  if (!can(project.role, "project.update")) notFound();
  return (
    <div className="max-w-xl space-y-6">
      <section aria-labelledby="settings-heading" className="rounded-lg border border-stone-200 bg-white p-5">
        <h2 id="settings-heading" className="mb-3 text-base font-semibold">
          Project details
        </h2>
        <ProjectSettingsForm projectId={project.id} name={project.name} description={project.description} revision={project.revision} />
      </section>
      {can(project.role, "project.backup") ? (
        <section aria-labelledby="backup-heading" className="rounded-lg border border-stone-200 bg-white p-5">
          <h2 id="backup-heading" className="mb-2 text-base font-semibold">
            Backup
          </h2>
          <p className="mb-3 text-sm text-stone-600">
            One file with everything in this project: sources and their uploaded files, citations, themes, claims, reviews, comments, briefs and
            the activity trail. Restore it from the home page, here or on another Claimwork, as a new project.
          </p>
          <a href={`/projects/${project.id}/backup`} className={buttonClass("secondary")} download>
            Download backup
          </a>
        </section>
      ) : null}
    </div>
  );
}

import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { can } from "@/lib/authz/permissions";
import { loadProject } from "../_lib/load-project";
import { ProjectSettingsForm } from "./_components/project-settings-form";

export const metadata: Metadata = { title: "Project settings" };

export default async function ProjectSettingsPage({ params }: { params: Promise<{ projectId: string }> }) {
  const { projectId } = await params;
  const { project } = await loadProject(projectId);
  if (!can(project.role, "project.update")) notFound();
  return (
    <section aria-labelledby="settings-heading" className="max-w-xl rounded-lg border border-stone-200 bg-white p-5">
      <h2 id="settings-heading" className="mb-3 text-base font-semibold">
        Project details
      </h2>
      <ProjectSettingsForm projectId={project.id} name={project.name} description={project.description} />
    </section>
  );
}

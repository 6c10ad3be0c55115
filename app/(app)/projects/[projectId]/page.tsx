import { redirect } from "next/navigation";
import { loadProject } from "./_lib/load-project";

export default async function ProjectPage({ params }: { params: Promise<{ projectId: string }> }) {
  const { projectId } = await params;
  await loadProject(projectId);
  redirect(`/projects/${projectId}/sources`);
}

import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { can } from "@/lib/authz/permissions";
import { env } from "@/lib/env";
import { loadProject } from "../../_lib/load-project";
import { ImportForm } from "./_components/import-form";

export const metadata: Metadata = { title: "Import a source" };

export default async function ImportSourcePage({ params }: { params: Promise<{ projectId: string }> }) {
  const { projectId } = await params;
  const { project } = await loadProject(projectId);
  if (!can(project.role, "source.create")) notFound();
  return (
    <div className="max-w-3xl">
      <Link href={`/projects/${projectId}/sources`} className="text-blue-700 hover:underline">
        ← Sources
      </Link>
      <h2 className="mt-2 mb-1 text-lg font-semibold">Import a source</h2>
      <p className="mb-5 max-w-prose text-stone-600">
        Paste the text, or upload a .txt, .md, .html, .docx or .pdf file (up to {env().MAX_UPLOAD_MB} MB). Footnotes — ¹ ² ³, [1] or [^1]
        markers with their notes at the end or at the foot of each page — become the source&apos;s citations. Leave a detail empty to
        take it from the document.
      </p>
      <ImportForm projectId={projectId} />
    </div>
  );
}

import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { buttonClass } from "@/components/ui/button";
import { can } from "@/lib/authz/permissions";
import { instanceMarkings } from "@/lib/markings/instance-markings";
import { loadProject } from "../_lib/load-project";
import { REVIEW_POLICY_LABELS } from "@/lib/reviews/review-policies";
import { describeDocxTemplate } from "@/lib/docx-template/get-docx-template";
import { env } from "@/lib/env";
import { DocxTemplateForm } from "./_components/docx-template-form";
import { BlindReviewForm } from "./_components/blind-review-form";
import { CitationStyleForm } from "./_components/citation-style-form";
import { ProjectSettingsForm } from "./_components/project-settings-form";
import { MarkingForm } from "./_components/marking-form";
import { ReviewPolicyForm } from "./_components/review-policy-form";

export const metadata: Metadata = { title: "Project settings" };

export default async function ProjectSettingsPage({ params }: { params: Promise<{ projectId: string }> }) {
  const { projectId } = await params;
  const { user, project } = await loadProject(projectId);
  if (!can(project.role, "project.update")) notFound();
  const template = await describeDocxTemplate({ userId: user.id, projectId: project.id });
  return (
    <div className="max-w-xl space-y-6">
      <section aria-labelledby="settings-heading" className="rounded-lg border border-stone-200 bg-white p-5">
        <h2 id="settings-heading" className="mb-3 text-base font-semibold">
          Project details
        </h2>
        <ProjectSettingsForm projectId={project.id} name={project.name} description={project.description} revision={project.revision} />
      </section>
      <section aria-labelledby="review-policy-heading" className="rounded-lg border border-stone-200 bg-white p-5">
        <h2 id="review-policy-heading" className="mb-1 text-base font-semibold">
          Review policy
        </h2>
        <p className="mb-3 text-sm text-stone-600">How a claim sent for review finds its reviewer. Nobody reviews their own claim.</p>
        <ReviewPolicyForm
          projectId={project.id}
          policy={project.reviewPolicy}
          policies={Object.entries(REVIEW_POLICY_LABELS).map(([value, p]) => ({ value, ...p }))}
        />
      </section>
      <section aria-labelledby="blind-review-heading" className="rounded-lg border border-stone-200 bg-white p-5">
        <h2 id="blind-review-heading" className="mb-1 text-base font-semibold">
          Blind review
        </h2>
        <p className="mb-3 text-sm text-stone-600">
          Independent verdicts: a second reviewer is not swayed by the first. The agreement between reviewers is measured on the Reviews tab.
        </p>
        <BlindReviewForm projectId={project.id} blindReview={project.blindReview} />
      </section>
      <section aria-labelledby="citation-style-heading" className="rounded-lg border border-stone-200 bg-white p-5">
        <h2 id="citation-style-heading" className="mb-1 text-base font-semibold">
          Citation style
        </h2>
        <p className="mb-3 text-sm text-stone-600">How briefs cite their claims and sources in the preview and in exports. An export can still choose another.</p>
        <CitationStyleForm projectId={project.id} citationStyle={project.citationStyle} />
      </section>
      {instanceMarkings().length || project.marking ? (
        <section aria-labelledby="marking-heading" className="rounded-lg border border-stone-200 bg-white p-5">
          <h2 id="marking-heading" className="mb-1 text-base font-semibold">
            Handling marking
          </h2>
          <p className="mb-3 text-sm text-stone-600">Printed at the top and bottom of every page of an exported brief.</p>
          <MarkingForm projectId={project.id} marking={project.marking} markings={instanceMarkings()} />
        </section>
      ) : null}
      <section aria-labelledby="docx-template-heading" className="rounded-lg border border-stone-200 bg-white p-5">
        <h2 id="docx-template-heading" className="mb-1 text-base font-semibold">
          Word template
        </h2>
        <p className="mb-3 text-sm text-stone-600">Briefs exported as DOCX take the house style of this Word document.</p>
        <DocxTemplateForm
          projectId={project.id}
          maxMb={env().MAX_UPLOAD_MB}
          template={template ? { name: template.name, size: template.size, uploadedBy: template.uploadedBy, uploadedAt: template.createdAt.toISOString() } : null}
        />
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

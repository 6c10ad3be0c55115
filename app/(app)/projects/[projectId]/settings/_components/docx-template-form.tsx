"use client";

import { useActionState } from "react";
import { buttonClass } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialFormState } from "@/lib/actions/form-state";
import { removeDocxTemplateAction, uploadDocxTemplateAction } from "../docx-template-actions";

type Template = { name: string; size: number; uploadedAt: string; uploadedBy: string };

const kilobytes = (bytes: number) => `${Math.max(1, Math.round(bytes / 1024)).toLocaleString("en")} KB`;

/** The project's Word template: upload or replace it, download it, remove it. */
export function DocxTemplateForm({ projectId, template, maxMb }: { projectId: string; template: Template | null; maxMb: number }) {
  const [uploadState, upload] = useActionState(uploadDocxTemplateAction, initialFormState);
  const [removeState, remove] = useActionState(removeDocxTemplateAction, initialFormState);
  return (
    <div className="space-y-3">
      {template ? (
        <div className="flex flex-wrap items-center gap-3 rounded-md border border-stone-200 p-3 text-sm" data-testid="docx-template">
          <span className="min-w-0 flex-1">
            <span className="block font-medium break-all">{template.name}</span>
            <span className="block text-stone-600">
              {kilobytes(template.size)}, uploaded by {template.uploadedBy} on{" "}
              {new Date(template.uploadedAt).toLocaleDateString("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" })}
            </span>
          </span>
          <a href={`/projects/${projectId}/settings/docx-template`} className={buttonClass("secondary")} download>
            Download
          </a>
          <form action={remove}>
            <input type="hidden" name="projectId" value={projectId} />
            <SubmitButton variant="secondary" pendingText="Removing…">
              Remove
            </SubmitButton>
          </form>
        </div>
      ) : (
        <p className="text-sm text-stone-600">No template: DOCX exports use Claimwork&apos;s own styles.</p>
      )}
      <FormMessage state={removeState} success={removeState.message} />
      <form action={upload} className="space-y-2" noValidate>
        <input type="hidden" name="projectId" value={projectId} />
        <label className="block text-sm font-medium" htmlFor="docx-template-file">
          {template ? "Replace with another .docx" : "Word template (.docx)"}
        </label>
        <input
          id="docx-template-file"
          name="file"
          type="file"
          accept=".docx,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
          className="block w-full text-sm"
          aria-describedby="docx-template-help"
          aria-invalid={uploadState.fieldErrors?.file ? true : undefined}
        />
        <p id="docx-template-help" className="text-xs text-stone-600">
          Up to {maxMb} MB. Its styles (headings, Normal, footnote text), fonts, and its header and footer are used; the brief&apos;s text, notes and
          bibliography are Claimwork&apos;s.
        </p>
        <FormMessage state={uploadState} success={uploadState.message} />
        <SubmitButton variant="secondary" pendingText="Uploading…">
          {template ? "Replace template" : "Upload template"}
        </SubmitButton>
      </form>
    </div>
  );
}

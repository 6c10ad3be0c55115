"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { TextAreaField, TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { useKeptForm } from "@/components/ui/use-kept-form";
import { initialFormState, type FormState } from "@/lib/actions/form-state";
import { importSourceAction, previewImportAction } from "../../actions";
import { MetadataFields } from "../../_components/metadata-fields";

export function ImportForm({ projectId }: { projectId: string }) {
  const [previewState, preview] = useActionState(previewImportAction, initialFormState);
  const [importState, runImport] = useActionState(importSourceAction, initialFormState);
  const last: FormState = importState.ok === false ? importState : previewState;
  const errors = importState.fieldErrors ?? previewState.fieldErrors;
  const duplicate = importState.data?.duplicateSourceId ? importState.data : undefined;

  // "Read the document" previews; every other submit imports. The chosen file stays either way.
  const { onSubmit, pending } = useKeptForm((formData) =>
    formData.get("intent") === "preview" ? preview(formData) : runImport(formData),
  );

  return (
    <form onSubmit={onSubmit} className="space-y-5" noValidate aria-busy={pending}>
      <input type="hidden" name="projectId" value={projectId} />
      <fieldset className="space-y-3 rounded-lg border border-stone-200 bg-white p-4">
        <legend className="px-1 font-semibold">Document</legend>
        <TextField
          label="File"
          name="file"
          type="file"
          accept=".txt,.md,.markdown,.html,.htm,.docx,.pdf,text/plain,text/markdown,text/html,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
          errors={errors?.file}
        />
        <p className="text-center text-xs tracking-wide text-stone-500 uppercase">or</p>
        <TextAreaField label="Paste text or Markdown" name="text" rows={8} defaultValue={previewState.values?.text} errors={errors?.text} />
        <Button type="submit" name="intent" value="preview" variant="secondary" disabled={pending}>
          {pending ? "Reading…" : "Read the document"}
        </Button>
      </fieldset>

      <fieldset className="rounded-lg border border-stone-200 bg-white p-4" key={JSON.stringify(previewState.values ?? {})}>
        <legend className="px-1 font-semibold">Details</legend>
        <MetadataFields values={previewState.values ?? {}} errors={errors} titleHint="Found in the document when left empty." />
      </fieldset>

      <div aria-live="polite">
        {previewState.ok && !importState.message ? (
          <p className="rounded-md bg-blue-50 px-3 py-2 text-blue-900" data-testid="import-preview">
            {previewState.message}
          </p>
        ) : null}
      </div>
      <FormMessage state={last} />
      {duplicate ? (
        <Button type="submit" name="onDuplicate" value="new-version" variant="secondary" disabled={pending}>
          Import as a new version of “{duplicate.duplicateTitle}”
        </Button>
      ) : null}
      <div className="flex gap-2">
        <Button type="submit" name="intent" value="import" disabled={pending}>
          {pending ? "Working…" : "Import source"}
        </Button>
      </div>
    </form>
  );
}

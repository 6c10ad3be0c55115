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
  const read = previewState.ok ? previewState.data : undefined;
  const origins = read
    ? Object.fromEntries(Object.entries(read).filter(([k]) => k.startsWith("origin.")).map(([k, v]) => [k.slice("origin.".length), v]))
    : {};
  const problems = read?.problems ? (JSON.parse(read.problems) as string[]) : [];

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
        {read?.readAs === "markdown" || previewState.values?.plainText ? (
          <label className="flex items-center gap-2 text-sm">
            <input type="checkbox" name="plainText" defaultChecked={previewState.values?.plainText === "on"} />
            Read as plain text (this file was read as Markdown)
          </label>
        ) : null}
        <Button type="submit" name="intent" value="preview" variant="secondary" disabled={pending}>
          {pending ? "Reading…" : "Read the document"}
        </Button>
      </fieldset>

      <div aria-live="polite">
        {read ? (
          <section aria-label="What was read" className="space-y-2 rounded-lg border border-stone-200 bg-white p-4 text-sm" data-testid="import-read">
            <p className="rounded-md bg-blue-50 px-3 py-2 text-blue-900" data-testid="import-preview">
              {previewState.message}
            </p>
            {read.series ? (
              <p>
                Series: <span className="font-medium">{read.series}</span> <span className="text-stone-500">(the label above the title; not part of the text)</span>
              </p>
            ) : null}
            {problems.length > 0 ? (
              <div className="rounded-md bg-amber-50 px-3 py-2 text-amber-900" data-testid="import-problems">
                <p className="font-medium">Check these places before you import:</p>
                <ul className="list-disc pl-5">
                  {problems.map((problem) => (
                    <li key={problem}>{problem}</li>
                  ))}
                </ul>
              </div>
            ) : null}
            {read.backMatter ? (
              <details data-testid="import-back-matter">
                <summary className="cursor-pointer text-stone-700">Back matter, kept apart from the text (about the author, disclaimers, copyright)</summary>
                <p className="mt-2 whitespace-pre-line text-stone-600">{read.backMatter.replace(/^## /gm, "")}</p>
              </details>
            ) : null}
          </section>
        ) : null}
      </div>

      <fieldset className="rounded-lg border border-stone-200 bg-white p-4" key={JSON.stringify(previewState.values ?? {})}>
        <legend className="px-1 font-semibold">Details</legend>
        <MetadataFields values={previewState.values ?? {}} errors={errors} origins={origins} titleHint="Found in the document when left empty." />
      </fieldset>

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

"use client";

import { useActionState, useState } from "react";
import { Button } from "@/components/ui/button";
import { TextAreaField, TextField } from "@/components/ui/field";
import { useKeptForm } from "@/components/ui/use-kept-form";
import { initialFormState } from "@/lib/actions/form-state";
import { importSourceAction, previewImportAction } from "../../actions";
import { MetadataFields } from "../../_components/metadata-fields";
import { ImportOutcome } from "./import-outcome";

export function ImportForm({ projectId }: { projectId: string }) {
  const [previewState, preview] = useActionState(previewImportAction, initialFormState);
  const [importState, runImport] = useActionState(importSourceAction, initialFormState);
  // A successful import leaves the page; what stays to show is the last preview or the last refusal.
  const [ran, setRan] = useState<"preview" | "import">();
  const last = ran === "import" ? importState : ran === "preview" ? previewState : undefined;
  const errors = last?.fieldErrors;
  const read = previewState.ok ? previewState.data : undefined;
  const origins = read
    ? Object.fromEntries(Object.entries(read).filter(([k]) => k.startsWith("origin.")).map(([k, v]) => [k.slice("origin.".length), v]))
    : {};
  const problems = read?.problems ? (JSON.parse(read.problems) as string[]) : [];

  // "Read the document" previews; every other submit imports. The chosen file stays either way.
  const { onSubmit, pending } = useKeptForm((formData) => {
    const intent = formData.get("intent") === "preview" ? "preview" : "import";
    setRan(intent);
    if (intent === "preview") preview(formData);
    else runImport(formData);
  });

  return (
    <form onSubmit={onSubmit} className="space-y-5" noValidate aria-busy={pending}>
      <input type="hidden" name="projectId" value={projectId} />
      <ImportOutcome projectId={projectId} state={last} pending={pending} />
      {read ? (
        <section aria-label="What was read" className="space-y-2 rounded-lg border border-stone-200 bg-white p-4 text-sm" data-testid="import-read">
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

      <fieldset className="rounded-lg border border-stone-200 bg-white p-4" key={JSON.stringify(previewState.values ?? {})}>
        <legend className="px-1 font-semibold">Details</legend>
        <MetadataFields values={previewState.values ?? {}} errors={errors} origins={origins} titleHint="Found in the document when left empty." />
      </fieldset>

      <div className="flex gap-2">
        <Button type="submit" name="intent" value="import" disabled={pending}>
          {pending ? "Working…" : "Import source"}
        </Button>
      </div>
    </form>
  );
}

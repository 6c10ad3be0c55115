"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { TextAreaField, TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { useKeptForm } from "@/components/ui/use-kept-form";
import { initialFormState } from "@/lib/actions/form-state";
import { addVersionAction } from "../../actions";

/** The first text of a reference-only source: a file, or pasted text. */
export function AttachFileForm({ projectId, sourceId }: { projectId: string; sourceId: string }) {
  const [state, action] = useActionState(addVersionAction, initialFormState);
  const { onSubmit, pending } = useKeptForm(action);
  return (
    <form onSubmit={onSubmit} className="space-y-3" noValidate>
      <input type="hidden" name="projectId" value={projectId} />
      <input type="hidden" name="sourceId" value={sourceId} />
      <TextField label="File" name="file" type="file" accept=".txt,.md,.markdown,.html,.htm,.docx,.pdf" errors={state.fieldErrors?.file} />
      <TextAreaField label="or paste its text" name="text" rows={4} errors={state.fieldErrors?.text} />
      <FormMessage state={state} success={state.message} />
      <Button type="submit" disabled={pending}>
        {pending ? "Attaching…" : "Attach"}
      </Button>
    </form>
  );
}

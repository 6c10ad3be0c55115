"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { TextAreaField, TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { useKeptForm } from "@/components/ui/use-kept-form";
import { initialFormState } from "@/lib/actions/form-state";
import { importCodebookAction } from "../actions";

export function ImportCodebookForm({ projectId }: { projectId: string }) {
  const [state, action] = useActionState(importCodebookAction, initialFormState);
  const { onSubmit, pending } = useKeptForm(action);

  return (
    <form onSubmit={onSubmit} className="space-y-3" noValidate aria-labelledby="import-codebook-heading" aria-busy={pending}>
      <input type="hidden" name="projectId" value={projectId} />
      <TextField label="Codebook file" name="file" type="file" accept=".json,.qdc,.qde,.xml,application/json,application/xml,text/xml" errors={state.fieldErrors?.file} />
      <TextAreaField label="Or paste it" name="text" rows={3} defaultValue={state.ok === false ? state.values?.text : undefined} errors={state.fieldErrors?.text} />
      <p className="text-xs text-stone-500">
        Claimwork JSON or a REFI-QDA codebook (.qdc) from ATLAS.ti, MAXQDA, NVivo or QualCoder. Themes are matched by name: missing ones are
        added, matching ones take the file&apos;s parent, colour and description, and nothing is deleted.
      </p>
      <FormMessage state={state} success={state.message} />
      <Button type="submit" variant="secondary" disabled={pending}>
        {pending ? "Importing…" : "Import codebook"}
      </Button>
    </form>
  );
}

"use client";

import { useActionState } from "react";
import { TextAreaField, TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialFormState } from "@/lib/actions/form-state";
import { createBriefAction } from "../actions";

export function NewBriefForm({ projectId }: { projectId: string }) {
  const [state, action] = useActionState(createBriefAction, initialFormState);
  const values = state.ok === false ? state.values : undefined;
  return (
    <form action={action} className="space-y-3" noValidate aria-labelledby="new-brief-heading">
      <h2 id="new-brief-heading" className="font-semibold">
        New brief
      </h2>
      <input type="hidden" name="projectId" value={projectId} />
      <TextField label="Title" name="title" required maxLength={200} defaultValue={values?.title} errors={state.fieldErrors?.title} />
      <TextAreaField label="Summary" name="summary" rows={3} maxLength={2000} defaultValue={values?.summary} errors={state.fieldErrors?.summary} />
      <TextField
        label="Intended audience"
        name="audience"
        maxLength={200}
        defaultValue={values?.audience}
        errors={state.fieldErrors?.audience}
        hint="For example: Ministry of Foreign Affairs, Asia desk."
      />
      <FormMessage state={state} />
      <SubmitButton pendingText="Creating…">Create brief</SubmitButton>
    </form>
  );
}

"use client";

import { useActionState } from "react";
import { FormMessage } from "@/components/ui/form-message";
import { TextAreaField, TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialFormState } from "@/lib/actions/form-state";
import { createProjectAction } from "../home-actions";

export function CreateProjectForm() {
  const [state, action] = useActionState(createProjectAction, initialFormState);
  return (
    <form action={action} className="space-y-3" noValidate>
      <TextField label="Name" name="name" required maxLength={120} placeholder="Laos–Japan CSP" defaultValue={state.values?.name} errors={state.fieldErrors?.name} />
      <TextAreaField label="Description" name="description" rows={3} maxLength={2000} defaultValue={state.values?.description} errors={state.fieldErrors?.description} />
      <FormMessage state={state} />
      <SubmitButton pendingText="Creating…">Create project</SubmitButton>
    </form>
  );
}

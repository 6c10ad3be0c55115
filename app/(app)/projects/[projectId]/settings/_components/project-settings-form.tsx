"use client";

import { useActionState } from "react";
import { RevisionGuard } from "@/components/ui/conflict-notice";
import { FormMessage } from "@/components/ui/form-message";
import { TextAreaField, TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialFormState } from "@/lib/actions/form-state";
import { updateProjectAction } from "../actions";

export function ProjectSettingsForm(props: { projectId: string; name: string; description: string; revision: number }) {
  const [state, action] = useActionState(updateProjectAction, initialFormState);
  return (
    <form action={action} className="space-y-3" noValidate>
      <input type="hidden" name="projectId" value={props.projectId} />
      <TextField label="Name" name="name" defaultValue={state.values?.name ?? props.name} required maxLength={120} errors={state.fieldErrors?.name} />
      <TextAreaField
        label="Description"
        name="description"
        defaultValue={state.values?.description ?? props.description}
        rows={4}
        maxLength={2000}
        errors={state.fieldErrors?.description}
      />
      <FormMessage state={state} success={state.message} />
      <RevisionGuard state={state} revision={props.revision} opened={{ name: props.name, description: props.description }} />
      <SubmitButton>Save</SubmitButton>
    </form>
  );
}

"use client";

import { useActionState } from "react";
import { FormMessage } from "@/components/ui/form-message";
import { SelectField, TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialFormState } from "@/lib/actions/form-state";
import { addMemberAction } from "../actions";
import { RoleOptions } from "./role-options";

export function AddMemberForm({ projectId }: { projectId: string }) {
  const [state, action] = useActionState(addMemberAction, initialFormState);
  return (
    <form action={action} className="space-y-3" noValidate>
      <input type="hidden" name="projectId" value={projectId} />
      <TextField label="Email" name="email" type="email" required placeholder="colleague@example.org" defaultValue={state.values?.email} errors={state.fieldErrors?.email} />
      <SelectField label="Role" name="role" defaultValue={state.values?.role ?? "ANALYST"} errors={state.fieldErrors?.role}>
        <RoleOptions />
      </SelectField>
      <p className="text-xs text-stone-500">
        Analysts add sources, claims and briefs; reviewers check claims; viewers read and comment.
      </p>
      <FormMessage state={state} success={state.message} />
      <SubmitButton pendingText="Adding…">Add member</SubmitButton>
    </form>
  );
}

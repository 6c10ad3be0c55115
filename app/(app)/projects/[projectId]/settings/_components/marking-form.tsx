"use client";

import { useActionState } from "react";
import { MarkingOptions } from "@/components/markings/marking-options";
import { SelectField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialFormState } from "@/lib/actions/form-state";
import { updateProjectMarkingAction } from "../actions";

/** The handling marking a new brief of the project starts with; set by its owners. */
export function MarkingForm(props: { projectId: string; marking: string | null; markings: string[] }) {
  const [state, action] = useActionState(updateProjectMarkingAction, initialFormState);
  return (
    <form action={action} className="space-y-3" noValidate>
      <input type="hidden" name="projectId" value={props.projectId} />
      <SelectField
        label="Marking of new briefs"
        name="marking"
        defaultValue={props.marking ?? ""}
        errors={state.fieldErrors?.marking}
        hint="Briefs already written keep their own marking."
        className="max-w-xs"
      >
        <MarkingOptions markings={props.markings} current={props.marking} none="None" />
      </SelectField>
      <FormMessage state={state} success={state.message} />
      <SubmitButton variant="secondary">Save marking</SubmitButton>
    </form>
  );
}

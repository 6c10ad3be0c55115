"use client";

import { useActionState } from "react";
import { MarkingOptions } from "@/components/markings/marking-options";
import { inputClass } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialFormState } from "@/lib/actions/form-state";
import { saveBriefMarkingAction } from "../../actions";

/** The brief's handling marking, printed at the top and bottom of every exported page. */
export function BriefMarkingForm(props: { projectId: string; briefId: string; marking: string | null; markings: string[] }) {
  const [state, action] = useActionState(saveBriefMarkingAction, initialFormState);
  return (
    <form action={action} className="flex flex-wrap items-end gap-2" noValidate aria-label="Marking of the brief">
      <input type="hidden" name="projectId" value={props.projectId} />
      <input type="hidden" name="briefId" value={props.briefId} />
      <label className="text-xs text-stone-600">
        Marking
        <select name="marking" defaultValue={props.marking ?? ""} className={`${inputClass} w-auto`} aria-invalid={state.fieldErrors?.marking ? true : undefined}>
          <MarkingOptions markings={props.markings} current={props.marking} none="None" />
        </select>
      </label>
      <SubmitButton variant="secondary">Set marking</SubmitButton>
      <div className="w-full">
        {state.fieldErrors?.marking ? <p className="text-xs text-red-700">{state.fieldErrors.marking[0]}</p> : null}
        <FormMessage state={state} success={state.message} />
      </div>
    </form>
  );
}

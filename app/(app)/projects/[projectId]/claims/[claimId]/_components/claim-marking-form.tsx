"use client";

import { useActionState } from "react";
import { MarkingOptions } from "@/components/markings/marking-options";
import { RevisionGuard } from "@/components/ui/conflict-notice";
import { inputClass } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialFormState } from "@/lib/actions/form-state";
import { updateClaimMarkingAction } from "../../actions";

/** The claim's own handling marking, when stricter than its source's. */
export function ClaimMarkingForm(props: { projectId: string; claimId: string; marking: string | null; revision: number; markings: string[] }) {
  const [state, action] = useActionState(updateClaimMarkingAction, initialFormState);
  return (
    <form action={action} className="flex flex-wrap items-end gap-2" noValidate aria-label="Marking of the claim">
      <input type="hidden" name="projectId" value={props.projectId} />
      <input type="hidden" name="claimId" value={props.claimId} />
      <label className="text-sm text-stone-700">
        Marking
        <select name="marking" defaultValue={props.marking ?? ""} className={`${inputClass} w-auto`} aria-invalid={state.fieldErrors?.marking ? true : undefined}>
          <MarkingOptions markings={props.markings} current={props.marking} />
        </select>
      </label>
      <SubmitButton variant="secondary">Save marking</SubmitButton>
      <div className="w-full">
        {state.fieldErrors?.marking ? <p className="text-xs text-red-700">{state.fieldErrors.marking[0]}</p> : null}
        <FormMessage state={state} success={state.message} />
        <RevisionGuard state={state} revision={props.revision} opened={{ marking: props.marking ?? "" }} />
      </div>
    </form>
  );
}

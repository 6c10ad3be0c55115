"use client";

import { useActionState } from "react";
import { inputClass } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialFormState } from "@/lib/actions/form-state";
import { CITATION_STYLES } from "@/lib/citations/styles";
import { updateCitationStyleAction } from "../actions";

/** The style the project's briefs are previewed and exported in, unless an export asks for another. */
export function CitationStyleForm(props: { projectId: string; citationStyle: string }) {
  const [state, action] = useActionState(updateCitationStyleAction, initialFormState);
  return (
    <form action={action} className="space-y-3" noValidate>
      <input type="hidden" name="projectId" value={props.projectId} />
      <label className="block text-sm font-medium text-stone-800">
        Citation style
        <select name="citationStyle" defaultValue={props.citationStyle} className={`${inputClass} mt-1`}>
          {CITATION_STYLES.map((style) => (
            <option key={style.id} value={style.id}>
              {style.title}
            </option>
          ))}
        </select>
      </label>
      {state.fieldErrors?.citationStyle ? <p className="text-sm text-red-700">{state.fieldErrors.citationStyle[0]}</p> : null}
      <FormMessage state={state} success={state.message} />
      <SubmitButton variant="secondary">Save citation style</SubmitButton>
    </form>
  );
}

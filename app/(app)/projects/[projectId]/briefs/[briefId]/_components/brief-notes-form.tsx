"use client";

import { useActionState } from "react";
import { inputClass } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialFormState } from "@/lib/actions/form-state";
import { saveBriefNotesAction } from "../../actions";

/** Where the brief's notes print: at the foot of the page that cites them, or together at the end. */
export function BriefNotesForm(props: { projectId: string; briefId: string; notePlacement: "FOOTNOTES" | "ENDNOTES" }) {
  const [state, action] = useActionState(saveBriefNotesAction, initialFormState);
  return (
    <form action={action} className="flex flex-wrap items-end gap-2" noValidate aria-label="Notes of the brief">
      <input type="hidden" name="projectId" value={props.projectId} />
      <input type="hidden" name="briefId" value={props.briefId} />
      <label className="text-xs text-stone-600">
        Notes
        <select name="notePlacement" defaultValue={props.notePlacement} className={`${inputClass} w-auto`}>
          <option value="FOOTNOTES">At the foot of each page</option>
          <option value="ENDNOTES">At the end</option>
        </select>
      </label>
      <SubmitButton variant="secondary">Set notes</SubmitButton>
      <div className="w-full">
        <FormMessage state={state} success={state.message} />
      </div>
    </form>
  );
}

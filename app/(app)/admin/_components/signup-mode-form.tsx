"use client";

import { useActionState } from "react";
import { SelectField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialFormState } from "@/lib/actions/form-state";
import { setSignupModeAction } from "../actions";

export function SignupModeForm({ mode, modes, requireTwoFactor }: { mode: string; modes: Record<string, string>; requireTwoFactor: boolean }) {
  const [state, action] = useActionState(setSignupModeAction, initialFormState);
  return (
    <form action={action} className="flex flex-wrap items-end gap-3">
      <SelectField label="Who may create an account" name="signupMode" defaultValue={mode} errors={state.fieldErrors?.signupMode}>
        {Object.entries(modes).map(([value, label]) => (
          <option key={value} value={value}>
            {label}
          </option>
        ))}
      </SelectField>
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" name="requireTwoFactor" defaultChecked={requireTwoFactor} />
        Everyone must sign in with a second factor
      </label>
      <SubmitButton pendingText="Saving…">Save</SubmitButton>
      <FormMessage state={state} success={state.message} />
    </form>
  );
}

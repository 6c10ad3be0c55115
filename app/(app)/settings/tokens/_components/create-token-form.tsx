"use client";

import { useActionState } from "react";
import { FormMessage } from "@/components/ui/form-message";
import { SelectField, TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialFormState } from "@/lib/actions/form-state";
import { createTokenAction } from "../actions";

export function CreateTokenForm() {
  const [state, action] = useActionState(createTokenAction, initialFormState);
  return (
    <form action={action} className="space-y-3" noValidate>
      <TextField label="Name" name="name" required maxLength={100} placeholder="Export script" defaultValue={state.values?.name} errors={state.fieldErrors?.name} />
      <SelectField label="Expires" name="expiresInDays" defaultValue={state.values?.expiresInDays ?? "90"} errors={state.fieldErrors?.expiresInDays}>
        <option value="7">in 7 days</option>
        <option value="30">in 30 days</option>
        <option value="90">in 90 days</option>
        <option value="365">in a year</option>
        <option value="0">never</option>
      </SelectField>
      <FormMessage state={state} />
      {state.ok && state.data?.token ? (
        <div className="space-y-1 rounded-md bg-green-50 p-3 text-green-900" aria-live="polite">
          <p className="font-medium">Token “{state.data.name}” created. Copy it now: it will not be shown again.</p>
          <input
            readOnly
            aria-label="New API token"
            data-testid="new-token"
            value={state.data.token}
            className="w-full rounded border border-green-300 bg-white px-2 py-1 font-mono text-xs"
            onFocus={(event) => event.currentTarget.select()}
          />
        </div>
      ) : null}
      <SubmitButton pendingText="Creating…">Create token</SubmitButton>
    </form>
  );
}

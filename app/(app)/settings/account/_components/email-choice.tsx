"use client";

import { useActionState } from "react";
import { SelectField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialFormState } from "@/lib/actions/form-state";
import { setEmailNotificationsAction } from "../actions";

export function EmailChoice({ choice }: { choice: string }) {
  const [state, action] = useActionState(setEmailNotificationsAction, initialFormState);
  return (
    <form action={action} className="flex flex-wrap items-end gap-3">
      <SelectField label="Unread notifications" name="choice" defaultValue={choice} errors={state.fieldErrors?.choice}>
        <option value="INSTANT">by email a few minutes after they arrive</option>
        <option value="DAILY">in a daily digest</option>
        <option value="OFF">never by email</option>
      </SelectField>
      <SubmitButton pendingText="Saving…">Save</SubmitButton>
      <FormMessage state={state} success={state.message} />
    </form>
  );
}

"use client";

import { useActionState } from "react";
import { TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialFormState } from "@/lib/actions/form-state";
import { changePasswordAction } from "../actions";

export function ChangePasswordForm() {
  const [state, action] = useActionState(changePasswordAction, initialFormState);
  const errors = state.fieldErrors ?? {};
  return (
    <form action={action} className="max-w-sm space-y-3" noValidate aria-labelledby="password-heading">
      <TextField label="Current password" name="currentPassword" type="password" autoComplete="current-password" required errors={errors.currentPassword} />
      <TextField
        label="New password"
        name="newPassword"
        type="password"
        autoComplete="new-password"
        required
        minLength={10}
        hint="At least 10 characters."
        errors={errors.newPassword}
      />
      <TextField label="New password, again" name="confirmPassword" type="password" autoComplete="new-password" required errors={errors.confirmPassword} />
      <FormMessage state={state} />
      <SubmitButton pendingText="Changing…">Change password</SubmitButton>
    </form>
  );
}

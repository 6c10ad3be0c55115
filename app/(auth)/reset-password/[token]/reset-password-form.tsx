"use client";

import { useActionState } from "react";
import { TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialFormState } from "@/lib/actions/form-state";
import { resetPasswordAction } from "./actions";

export function ResetPasswordForm({ token }: { token: string }) {
  const [state, action] = useActionState(resetPasswordAction, initialFormState);
  return (
    <form action={action} className="space-y-4" noValidate>
      <input type="hidden" name="token" value={token} />
      <TextField label="New password" name="newPassword" type="password" autoComplete="new-password" required hint="At least 10 characters." errors={state.fieldErrors?.newPassword} />
      <TextField label="New password, again" name="confirmPassword" type="password" autoComplete="new-password" required errors={state.fieldErrors?.confirmPassword} />
      <FormMessage state={state} />
      <SubmitButton className="w-full" pendingText="Saving…">
        Set the new password
      </SubmitButton>
    </form>
  );
}

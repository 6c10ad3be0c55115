"use client";

import { useActionState } from "react";
import { FormMessage } from "@/components/ui/form-message";
import { TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialFormState } from "@/lib/actions/form-state";
import { signUpAction } from "../../actions";

/** From an invitation link, the form carries its token and offers the invited address. */
export function SignUpForm({ invitation }: { invitation: { token: string; email: string } | null }) {
  const [state, action] = useActionState(signUpAction, initialFormState);
  return (
    <form action={action} className="space-y-4" noValidate>
      {invitation ? <input type="hidden" name="invitation" value={invitation.token} /> : null}
      <TextField label="Name" name="name" autoComplete="name" required autoFocus defaultValue={state.values?.name} errors={state.fieldErrors?.name} />
      <TextField label="Email" name="email" type="email" autoComplete="email" required defaultValue={state.values?.email ?? invitation?.email} errors={state.fieldErrors?.email} />
      <TextField
        label="Password"
        name="password"
        type="password"
        autoComplete="new-password"
        required
        hint="At least 10 characters."
        errors={state.fieldErrors?.password}
      />
      <FormMessage state={state} />
      <SubmitButton className="w-full" pendingText="Creating account…">
        Create account
      </SubmitButton>
    </form>
  );
}

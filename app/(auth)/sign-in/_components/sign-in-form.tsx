"use client";

import { useActionState } from "react";
import { FormMessage } from "@/components/ui/form-message";
import { TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialFormState } from "@/lib/actions/form-state";
import { signInAction } from "../../actions";

/** Email and password; then, for an account with two-factor sign-in, the code of its authenticator. */
export function SignInForm({ callbackUrl }: { callbackUrl: string }) {
  const [state, action] = useActionState(signInAction, initialFormState);
  const challenge = state.data?.challenge;
  if (challenge) {
    return (
      <form action={action} className="space-y-4" noValidate>
        <input type="hidden" name="callbackUrl" value={callbackUrl} />
        <input type="hidden" name="challenge" value={challenge} />
        <input type="hidden" name="email" value={state.values?.email ?? ""} />
        <p className="text-stone-600">Signing in as {state.values?.email}.</p>
        <TextField
          label="Authentication code"
          name="code"
          autoComplete="one-time-code"
          inputMode="numeric"
          required
          autoFocus
          hint="6 digits from your app, or a recovery code (xxxx-xxxx-xxxx)."
          errors={state.fieldErrors?.code}
        />
        <FormMessage state={state.fieldErrors ? {} : state} />
        <SubmitButton className="w-full" pendingText="Checking…">
          Verify
        </SubmitButton>
      </form>
    );
  }
  return (
    <form action={action} className="space-y-4" noValidate>
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <TextField label="Email" name="email" type="email" autoComplete="email" required autoFocus defaultValue={state.values?.email} errors={state.fieldErrors?.email} />
      <TextField
        label="Password"
        name="password"
        type="password"
        autoComplete="current-password"
        required
        errors={state.fieldErrors?.password}
      />
      <FormMessage state={state} />
      <SubmitButton className="w-full" pendingText="Signing in…">
        Sign in
      </SubmitButton>
    </form>
  );
}

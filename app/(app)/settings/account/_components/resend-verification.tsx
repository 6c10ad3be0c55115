"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { initialFormState } from "@/lib/actions/form-state";
import { resendVerificationAction } from "../actions";

export function ResendVerification() {
  const [state, action, pending] = useActionState(resendVerificationAction, initialFormState);
  return (
    <form action={action} className="mt-2 flex flex-wrap items-center gap-2 text-sm">
      <span className="text-stone-600">Invitations to your address can be accepted once it is confirmed.</span>
      <Button type="submit" variant="secondary" disabled={pending}>
        Email the link again
      </Button>
      <FormMessage state={state} success={state.message} />
    </form>
  );
}

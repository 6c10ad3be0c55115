"use client";

import Link from "next/link";
import { useActionState } from "react";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialFormState } from "@/lib/actions/form-state";
import { verifyEmailAction } from "./actions";

/** A button, not the link alone: mail scanners that open links must not confirm for the person. */
export function ConfirmForm({ token }: { token: string }) {
  const [state, action] = useActionState(verifyEmailAction, initialFormState);
  if (state.ok) {
    return (
      <div className="space-y-4">
        <FormMessage state={state} success={state.message} />
        <Link href="/" className="font-medium text-blue-700 hover:underline">
          Go to Claimwork
        </Link>
      </div>
    );
  }
  return (
    <form action={action} className="space-y-4">
      <input type="hidden" name="token" value={token} />
      <FormMessage state={state} />
      <SubmitButton className="w-full" pendingText="Confirming…">
        Confirm my address
      </SubmitButton>
    </form>
  );
}

"use client";

import { useActionState } from "react";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialFormState } from "@/lib/actions/form-state";
import { submitClaimAction, withdrawClaimAction } from "../actions";

/** The author's moves: submit (or resubmit) for review, or withdraw to draft. */
export function StatusActions(props: { projectId: string; claimId: string; canSubmit: boolean; canWithdraw: boolean }) {
  const [submitState, submit] = useActionState(submitClaimAction, initialFormState);
  const [withdrawState, withdraw] = useActionState(withdrawClaimAction, initialFormState);
  if (!props.canSubmit && !props.canWithdraw && !submitState.message && !withdrawState.message) return null;
  const hidden = (
    <>
      <input type="hidden" name="projectId" value={props.projectId} />
      <input type="hidden" name="claimId" value={props.claimId} />
    </>
  );
  return (
    <section aria-label="Status" className="space-y-2 rounded-lg border border-stone-200 bg-white p-4">
      <div className="flex flex-wrap gap-2">
        {props.canSubmit ? (
          <form action={submit}>
            {hidden}
            <SubmitButton pendingText="Submitting…">Submit for review</SubmitButton>
          </form>
        ) : null}
        {props.canWithdraw ? (
          <form action={withdraw}>
            {hidden}
            <SubmitButton variant="secondary" pendingText="Withdrawing…">
              Withdraw to draft
            </SubmitButton>
          </form>
        ) : null}
      </div>
      <FormMessage state={submitState} success={submitState.message} />
      <FormMessage state={withdrawState} success={withdrawState.message} />
    </section>
  );
}

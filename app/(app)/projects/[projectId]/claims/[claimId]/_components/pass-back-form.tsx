"use client";

import { useActionState } from "react";
import { TextAreaField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialFormState } from "@/lib/actions/form-state";
import { COMMENT_MAX } from "@/lib/reviews/schemas";
import { passBackClaimAction } from "../actions";

/** For the assignee: hand the claim back without a verdict, saying why. */
export function PassBackForm(props: { projectId: string; claimId: string }) {
  const [state, action] = useActionState(passBackClaimAction, initialFormState);
  return (
    <details className="rounded-lg border border-stone-200 bg-white p-4" open={state.ok === false}>
      <summary className="cursor-pointer font-semibold">Pass back</summary>
      <form action={action} className="mt-3 space-y-3" noValidate>
        <input type="hidden" name="projectId" value={props.projectId} />
        <input type="hidden" name="claimId" value={props.claimId} />
        <TextAreaField
          label="Comment for the author"
          name="comment"
          id="pass-back-comment"
          rows={3}
          required
          maxLength={COMMENT_MAX}
          defaultValue={state.ok === false ? state.values?.comment : ""}
          errors={state.fieldErrors?.comment}
          hint="The claim leaves your queue; the comment goes to its discussion."
        />
        <FormMessage state={state} success={state.message} />
        <SubmitButton variant="secondary" pendingText="Passing back…">
          Pass back
        </SubmitButton>
      </form>
    </details>
  );
}

"use client";

import { useActionState } from "react";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialFormState } from "@/lib/actions/form-state";
import { updateBlindReviewAction } from "../actions";

/** Blind review on or off: whether a reviewer reads others' verdicts on a claim before giving their own. */
export function BlindReviewForm(props: { projectId: string; blindReview: boolean }) {
  const [state, action] = useActionState(updateBlindReviewAction, initialFormState);
  return (
    <form action={action} className="space-y-3" noValidate>
      <input type="hidden" name="projectId" value={props.projectId} />
      <label className="flex items-start gap-2 text-sm">
        <input type="checkbox" name="blindReview" defaultChecked={props.blindReview} className="mt-1" aria-describedby="blind-review-hint" />
        <span>
          <span className="font-medium text-stone-800">Blind review</span>
          <span id="blind-review-hint" className="block text-xs text-stone-500">
            A reviewer sees the other reviewers&apos; verdicts, rationales and grades on a claim only once they have given their own. The claim&apos;s
            author and viewers see them as usual.
          </span>
        </span>
      </label>
      <FormMessage state={state} success={state.message} />
      <SubmitButton variant="secondary">Save blind review</SubmitButton>
    </form>
  );
}

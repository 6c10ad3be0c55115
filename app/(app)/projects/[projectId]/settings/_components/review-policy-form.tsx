"use client";

import { useActionState } from "react";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialFormState } from "@/lib/actions/form-state";
import { updateReviewPolicyAction } from "../actions";

type Policy = { value: string; label: string; description: string };

/** How claims sent for review find a reviewer: one choice for the project, set by its owners. */
export function ReviewPolicyForm(props: { projectId: string; policy: string; policies: Policy[] }) {
  const [state, action] = useActionState(updateReviewPolicyAction, initialFormState);
  return (
    <form action={action} className="space-y-3" noValidate>
      <input type="hidden" name="projectId" value={props.projectId} />
      <fieldset className="space-y-2">
        <legend className="sr-only">Review policy</legend>
        {props.policies.map((p) => (
          <label key={p.value} className="flex gap-3 rounded-md border border-stone-200 p-3 has-[:checked]:border-blue-500 has-[:checked]:bg-blue-50">
            <input type="radio" name="reviewPolicy" value={p.value} defaultChecked={p.value === props.policy} className="mt-1" />
            <span>
              <span className="block font-medium">{p.label}</span>
              <span className="block text-sm text-stone-600">{p.description}</span>
            </span>
          </label>
        ))}
      </fieldset>
      {state.fieldErrors?.reviewPolicy ? <p className="text-sm text-red-700">{state.fieldErrors.reviewPolicy[0]}</p> : null}
      <FormMessage state={state} success={state.message} />
      <SubmitButton variant="secondary">Save review policy</SubmitButton>
    </form>
  );
}

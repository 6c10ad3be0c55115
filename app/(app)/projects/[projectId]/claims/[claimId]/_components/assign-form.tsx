"use client";

import { useActionState } from "react";
import { SelectField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialFormState } from "@/lib/actions/form-state";
import { assignClaimAction } from "../actions";

/** Picks the reviewer among the members who may review and did not write the claim; an empty choice unassigns. */
export function AssignForm(props: { projectId: string; claimId: string; assigneeId: string | null; reviewers: { id: string; name: string }[]; isDraft: boolean }) {
  const [state, action] = useActionState(assignClaimAction, initialFormState);
  return (
    <form action={action} className="space-y-3 rounded-lg border border-stone-200 bg-white p-4" aria-labelledby="assign-heading" noValidate>
      <h2 id="assign-heading" className="font-semibold">
        Reviewer
      </h2>
      <input type="hidden" name="projectId" value={props.projectId} />
      <input type="hidden" name="claimId" value={props.claimId} />
      <SelectField
        label="Assign to"
        name="assigneeId"
        id="assign-reviewer"
        defaultValue={state.ok === false ? (state.values?.assigneeId ?? "") : (props.assigneeId ?? "")}
        errors={state.fieldErrors?.assigneeId}
        hint={props.isDraft ? "Assigning a draft also submits it for review." : undefined}
      >
        <option value="">Nobody</option>
        {props.reviewers.map((r) => (
          <option key={r.id} value={r.id}>
            {r.name}
          </option>
        ))}
      </SelectField>
      <FormMessage state={state} success={state.message} />
      <SubmitButton pendingText="Saving…" variant="secondary">
        Save reviewer
      </SubmitButton>
    </form>
  );
}

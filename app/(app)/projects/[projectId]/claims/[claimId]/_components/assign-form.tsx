"use client";

import { useActionState } from "react";
import { SelectField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialFormState } from "@/lib/actions/form-state";
import { assignClaimAction } from "../actions";

/** Picks the reviewer among the members who may review and did not write the claim; an empty choice unassigns. */
export function AssignForm(props: {
  projectId: string;
  claimId: string;
  assigneeId: string | null;
  reviewers: { id: string; name: string }[];
  isDraft: boolean;
  /** Set when the claim waits for any reviewer and the viewer may take it. */
  takeAs?: string;
}) {
  const [state, action] = useActionState(assignClaimAction, initialFormState);
  return (
    <>
      {props.takeAs ? (
        <form action={action} className="flex items-center justify-between gap-3 rounded-lg border border-sky-200 bg-sky-50 p-4" data-testid="take-claim">
          <p className="text-sm text-sky-900">This claim waits for a reviewer.</p>
          <input type="hidden" name="projectId" value={props.projectId} />
          <input type="hidden" name="claimId" value={props.claimId} />
          <input type="hidden" name="assigneeId" value={props.takeAs} />
          <SubmitButton pendingText="Taking…">Take it</SubmitButton>
        </form>
      ) : null}
      <form action={action} className="space-y-3 rounded-lg border border-stone-200 bg-white p-4" aria-labelledby="assign-heading" noValidate>
        <h2 id="assign-heading" className="font-semibold">
          Reviewer
        </h2>
        <input type="hidden" name="projectId" value={props.projectId} />
        <input type="hidden" name="claimId" value={props.claimId} />
        <SelectField
          // A verdict or a routing elsewhere changes the assignee: the choice shown follows it without a reload.
          key={props.assigneeId ?? ""}
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
    </>
  );
}

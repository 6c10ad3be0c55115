"use client";

import { useActionState } from "react";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialFormState } from "@/lib/actions/form-state";
import { approveBriefAction, deleteBriefAction, submitBriefAction } from "../../actions";

/** Submit for review, approve, delete: each shown only to whoever may do it now, with the reason when approval is not theirs. */
export function StatusPanel(props: {
  projectId: string;
  briefId: string;
  canSubmit: boolean;
  canApprove: boolean;
  approveNote: string | null;
  canDelete: boolean;
}) {
  const [submitState, submit] = useActionState(submitBriefAction, initialFormState);
  const [approveState, approve] = useActionState(approveBriefAction, initialFormState);
  const [deleteState, remove] = useActionState(deleteBriefAction, initialFormState);
  const hidden = (
    <>
      <input type="hidden" name="projectId" value={props.projectId} />
      <input type="hidden" name="briefId" value={props.briefId} />
    </>
  );
  return (
    <section aria-label="Status actions" className="space-y-3 rounded-lg border border-stone-200 bg-white p-3 text-sm">
      {props.canSubmit ? (
        <form action={submit} className="space-y-2">
          {hidden}
          <SubmitButton pendingText="Submitting…">Submit for review</SubmitButton>
          <FormMessage state={submitState} success={submitState.message} />
        </form>
      ) : null}
      {props.canApprove ? (
        <form action={approve} className="space-y-2">
          {hidden}
          <SubmitButton pendingText="Approving…">Approve</SubmitButton>
          <FormMessage state={approveState} success={approveState.message} />
        </form>
      ) : props.approveNote ? (
        <p className="text-stone-600">{props.approveNote}</p>
      ) : null}
      {props.canDelete ? (
        <form
          action={remove}
          onSubmit={(e) => {
            if (!window.confirm("Delete this brief with its versions and comments?")) e.preventDefault();
          }}
          className="space-y-2"
        >
          {hidden}
          <SubmitButton variant="danger" pendingText="Deleting…">
            Delete brief
          </SubmitButton>
          <FormMessage state={deleteState} />
        </form>
      ) : null}
    </section>
  );
}

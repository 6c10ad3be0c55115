"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { TextAreaField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { initialFormState } from "@/lib/actions/form-state";
import { reinstateSourceAction, retractSourceAction } from "../../actions";

/** "Mark as retracted" with the reason, or, for a retracted source, "Reinstate". */
export function RetractionForm({ projectId, sourceId, retracted }: { projectId: string; sourceId: string; retracted: boolean }) {
  const [retractState, retract, retracting] = useActionState(retractSourceAction, initialFormState);
  const [reinstateState, reinstate, reinstating] = useActionState(reinstateSourceAction, initialFormState);
  if (retracted) {
    return (
      <form action={reinstate} className="space-y-2">
        <input type="hidden" name="projectId" value={projectId} />
        <input type="hidden" name="sourceId" value={sourceId} />
        <p className="text-stone-600">Reinstating keeps the warnings already raised until someone acknowledges them.</p>
        <FormMessage state={reinstateState} success={reinstateState.message} />
        <Button type="submit" variant="secondary" disabled={reinstating}>
          {reinstating ? "Reinstating…" : "Reinstate"}
        </Button>
      </form>
    );
  }
  return (
    <details>
      <summary className="cursor-pointer font-medium text-red-800">Mark as retracted</summary>
      <form action={retract} className="mt-3 space-y-2" noValidate>
        <input type="hidden" name="projectId" value={projectId} />
        <input type="hidden" name="sourceId" value={sourceId} />
        <TextAreaField
          label="Why is it retracted?"
          name="retractionNote"
          rows={3}
          errors={retractState.fieldErrors?.retractionNote}
          hint="Every claim of this source and every brief citing it will show a warning; their authors are notified."
        />
        <FormMessage state={retractState} success={retractState.message} />
        <Button type="submit" variant="danger" disabled={retracting}>
          {retracting ? "Marking…" : "Mark as retracted"}
        </Button>
      </form>
    </details>
  );
}

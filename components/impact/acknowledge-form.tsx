"use client";

import { useActionState, useId } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { initialFormState } from "@/lib/actions/form-state";
import { acknowledgeWarningAction } from "@/app/(app)/projects/[projectId]/warnings-actions";

/** Acknowledges one warning, saying (if one wants) what was checked or decided. */
export function AcknowledgeForm({ projectId, warningId }: { projectId: string; warningId: string }) {
  const [state, action, pending] = useActionState(acknowledgeWarningAction, initialFormState);
  const id = useId();
  return (
    <form action={action} className="mt-2 flex flex-wrap items-end gap-2">
      <input type="hidden" name="projectId" value={projectId} />
      <input type="hidden" name="warningId" value={warningId} />
      <label htmlFor={`${id}-note`} className="sr-only">
        What you checked or decided (optional)
      </label>
      <input
        id={`${id}-note`}
        name="note"
        maxLength={2000}
        placeholder="What you checked or decided (optional)"
        className="min-w-0 flex-1 rounded-md border border-stone-300 px-2 py-1 text-sm"
      />
      <Button type="submit" variant="secondary" disabled={pending}>
        {pending ? "Acknowledging…" : "Acknowledge"}
      </Button>
      <div className="w-full">
        <FormMessage state={state} />
      </div>
    </form>
  );
}

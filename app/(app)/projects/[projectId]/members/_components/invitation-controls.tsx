"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { initialFormState } from "@/lib/actions/form-state";
import { cancelInvitationAction } from "../actions";

export function CancelInvitationButton({ projectId, invitationId }: { projectId: string; invitationId: string }) {
  const [state, action, pending] = useActionState(cancelInvitationAction, initialFormState);
  return (
    <form action={action}>
      <input type="hidden" name="projectId" value={projectId} />
      <input type="hidden" name="invitationId" value={invitationId} />
      <Button type="submit" variant="ghost" disabled={pending}>
        Cancel
      </Button>
      <FormMessage state={state} />
    </form>
  );
}

"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialFormState } from "@/lib/actions/form-state";
import { acceptInvitationAction, declineInvitationAction } from "../actions";

export function InvitationAnswer({ invitationId, projectName }: { invitationId: string; projectName: string }) {
  const [accepted, accept] = useActionState(acceptInvitationAction, initialFormState);
  const [declined, decline, declining] = useActionState(declineInvitationAction, initialFormState);
  return (
    <div className="flex flex-col items-end gap-1">
      <div className="flex gap-2">
        <form action={accept}>
          <input type="hidden" name="invitationId" value={invitationId} />
          <SubmitButton pendingText="Joining…">
            Accept
          </SubmitButton>
        </form>
        <form action={decline}>
          <input type="hidden" name="invitationId" value={invitationId} />
          <Button type="submit" variant="secondary" disabled={declining} aria-label={`Decline the invitation to ${projectName}`}>
            Decline
          </Button>
        </form>
      </div>
      <FormMessage state={accepted} />
      <FormMessage state={declined} />
    </div>
  );
}

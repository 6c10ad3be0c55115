"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialFormState } from "@/lib/actions/form-state";
import { acceptInvitationAction, declineInvitationAction } from "./actions";

export function AnswerInvitation({ token }: { token: string }) {
  const [accepted, accept] = useActionState(acceptInvitationAction, initialFormState);
  const [declined, decline, declining] = useActionState(declineInvitationAction, initialFormState);
  return (
    <div className="space-y-3">
      <FormMessage state={accepted} />
      <FormMessage state={declined} />
      <div className="flex gap-2">
        <form action={accept} className="flex-1">
          <input type="hidden" name="token" value={token} />
          <SubmitButton className="w-full" pendingText="Joining…">
            Accept and open the project
          </SubmitButton>
        </form>
        <form action={decline}>
          <input type="hidden" name="token" value={token} />
          <Button type="submit" variant="secondary" disabled={declining}>
            Decline
          </Button>
        </form>
      </div>
    </div>
  );
}

"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { initialFormState } from "@/lib/actions/form-state";
import { addMemberAction, cancelInvitationAction } from "../actions";
import { InvitationLink } from "./add-member-form";

/** An open invitation's controls: a new link (a new week; the old link stops working), or revoke it. */
export function InvitationControls({
  projectId,
  invitation,
}: {
  projectId: string;
  invitation: { id: string; email: string; role: string; standInId: string | null };
}) {
  const [renewed, renew, renewing] = useActionState(addMemberAction, initialFormState);
  const [revoked, revoke, revoking] = useActionState(cancelInvitationAction, initialFormState);
  return (
    <div className="flex flex-col items-end gap-1">
      <div className="flex gap-1">
        <form action={renew}>
          <input type="hidden" name="projectId" value={projectId} />
          <input type="hidden" name="email" value={invitation.email} />
          <input type="hidden" name="role" value={invitation.role} />
          {invitation.standInId ? <input type="hidden" name="standInId" value={invitation.standInId} /> : null}
          <Button type="submit" variant="ghost" disabled={renewing}>
            New link
          </Button>
        </form>
        <form action={revoke}>
          <input type="hidden" name="projectId" value={projectId} />
          <input type="hidden" name="invitationId" value={invitation.id} />
          <Button type="submit" variant="ghost" disabled={revoking}>
            Revoke
          </Button>
        </form>
      </div>
      <FormMessage state={renewed.ok ? {} : renewed} />
      <FormMessage state={revoked} />
      {renewed.ok && renewed.data?.url ? <InvitationLink url={renewed.data.url} /> : null}
    </div>
  );
}

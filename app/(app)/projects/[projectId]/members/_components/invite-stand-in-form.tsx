"use client";

import { useActionState } from "react";
import { FormMessage } from "@/components/ui/form-message";
import { SelectField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialFormState } from "@/lib/actions/form-state";
import { addMemberAction } from "../actions";
import { InvitationLink } from "./add-member-form";
import { RoleOptions } from "./role-options";

/** Invites the real person behind a restored backup's stand-in, offering them its rows. */
export function InviteStandInForm({ projectId, standIn }: { projectId: string; standIn: { id: string; name: string; standInFor: string } }) {
  const [state, action] = useActionState(addMemberAction, initialFormState);
  return (
    <form action={action} className="flex flex-wrap items-end gap-2" aria-label={`Invite ${standIn.name}`}>
      <input type="hidden" name="projectId" value={projectId} />
      <input type="hidden" name="standInId" value={standIn.id} />
      <input type="hidden" name="email" value={standIn.standInFor} />
      <SelectField label="Role" name="role" defaultValue="ANALYST">
        <RoleOptions />
      </SelectField>
      <SubmitButton pendingText="Inviting…">Invite the real person</SubmitButton>
      <div className="w-full">
        <FormMessage state={state} />
        {state.ok && state.data?.url ? <InvitationLink message={state.message} url={state.data.url} /> : null}
      </div>
    </form>
  );
}

"use client";

import { useActionState } from "react";
import { FormMessage } from "@/components/ui/form-message";
import { SelectField, TextField } from "@/components/ui/field";
import { OneTimeLink } from "@/components/ui/one-time-link";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialFormState } from "@/lib/actions/form-state";
import { addMemberAction } from "../actions";
import { RoleOptions } from "./role-options";

export function AddMemberForm({ projectId }: { projectId: string }) {
  const [state, action] = useActionState(addMemberAction, initialFormState);
  return (
    <form action={action} className="space-y-3" noValidate>
      <input type="hidden" name="projectId" value={projectId} />
      <TextField label="Email" name="email" type="email" required placeholder="colleague@example.org" defaultValue={state.values?.email} errors={state.fieldErrors?.email} />
      <SelectField label="Role" name="role" defaultValue={state.values?.role ?? "ANALYST"} errors={state.fieldErrors?.role}>
        <RoleOptions />
      </SelectField>
      <p className="text-xs text-stone-500">
        Analysts add sources, claims and briefs; reviewers check claims; viewers read and comment. The invitation is a link,
        good for 7 days and for one person.
      </p>
      <FormMessage state={state} />
      {state.ok && state.data?.url ? <InvitationLink message={state.message} url={state.data.url} /> : null}
      <SubmitButton pendingText="Inviting…">Invite</SubmitButton>
    </form>
  );
}

export function InvitationLink({ message, url }: { message?: string; url: string }) {
  return (
    <div className="space-y-1 rounded-md bg-green-50 p-3 text-sm text-green-900" aria-live="polite" data-testid="invitation-created">
      {message ? <p className="font-medium">{message}</p> : null}
      <OneTimeLink label="Invitation link" value={url} testId="invitation-link" />
      <p className="text-xs">It is shown only now. A new link can be made later; it replaces this one.</p>
    </div>
  );
}

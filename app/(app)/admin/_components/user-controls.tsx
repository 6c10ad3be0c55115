"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { OneTimeLink } from "@/components/ui/one-time-link";
import { initialFormState } from "@/lib/actions/form-state";
import { issueResetLinkAction, setAccountDisabledAction } from "../actions";

/** An account's admin controls: disable or enable it, and make a password-reset link to pass on. */
export function UserControls({ user, self }: { user: { id: string; name: string; disabled: boolean }; self: boolean }) {
  const [toggled, toggle, toggling] = useActionState(setAccountDisabledAction, initialFormState);
  const [reset, issue, issuing] = useActionState(issueResetLinkAction, initialFormState);
  return (
    <div className="flex flex-col items-end gap-1">
      <div className="flex gap-1">
        <form action={issue}>
          <input type="hidden" name="targetId" value={user.id} />
          <Button type="submit" variant="ghost" disabled={issuing} aria-label={`Password-reset link for ${user.name}`}>
            Reset link
          </Button>
        </form>
        {self ? null : (
          <form action={toggle}>
            <input type="hidden" name="targetId" value={user.id} />
            <input type="hidden" name="disabled" value={user.disabled ? "0" : "1"} />
            <Button type="submit" variant={user.disabled ? "secondary" : "danger"} disabled={toggling} aria-label={`${user.disabled ? "Enable" : "Disable"} ${user.name}`}>
              {user.disabled ? "Enable" : "Disable"}
            </Button>
          </form>
        )}
      </div>
      <FormMessage state={toggled} success={toggled.message} />
      <FormMessage state={reset.ok ? {} : reset} />
      {reset.ok && reset.data?.url ? (
        <div className="w-80 space-y-1 rounded-md bg-green-50 p-2 text-xs text-green-900" data-testid="reset-link-created">
          <p>{reset.message}</p>
          <OneTimeLink label={`Reset link for ${user.name}`} value={reset.data.url} testId="reset-link" />
        </div>
      ) : null}
    </div>
  );
}

"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { initialFormState } from "@/lib/actions/form-state";
import { revokeTokenAction } from "../actions";

export function RevokeTokenButton({ tokenId, name }: { tokenId: string; name: string }) {
  const [state, action, pending] = useActionState(revokeTokenAction, initialFormState);
  return (
    <form
      action={action}
      onSubmit={(event) => {
        if (!window.confirm(`Revoke “${name}”? Scripts using it stop working at once.`)) event.preventDefault();
      }}
    >
      <input type="hidden" name="tokenId" value={tokenId} />
      <Button type="submit" variant="danger" disabled={pending}>
        Revoke
      </Button>
      {state.ok === false ? <p className="text-xs text-red-700">{state.message}</p> : null}
    </form>
  );
}

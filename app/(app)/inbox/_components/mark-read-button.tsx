"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { initialFormState } from "@/lib/actions/form-state";
import { markReadAction } from "../actions";

/** Marks one notification read (id), or all of mine. */
export function MarkReadButton({ id, label }: { id?: string; label: string }) {
  const [state, action, pending] = useActionState(markReadAction, initialFormState);
  return (
    <form action={action}>
      {id ? <input type="hidden" name="ids" value={id} /> : <input type="hidden" name="all" value="true" />}
      <Button type="submit" variant={id ? "ghost" : "secondary"} className={id ? "px-2 py-0.5 text-xs" : ""} disabled={pending}>
        {label}
      </Button>
      <FormMessage state={state.ok === false ? state : {}} />
    </form>
  );
}

"use client";

import Link from "next/link";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { useKeptForm } from "@/components/ui/use-kept-form";
import { initialFormState } from "@/lib/actions/form-state";
import { restoreProjectAction } from "../home-actions";

export function RestoreProjectForm() {
  const [state, action] = useActionState(restoreProjectAction, initialFormState);
  const { onSubmit, pending } = useKeptForm(action);
  return (
    <form onSubmit={onSubmit} className="space-y-3" noValidate aria-labelledby="restore-project-heading" aria-busy={pending}>
      <TextField label="Backup file" name="file" type="file" accept=".json,.gz,application/json,application/gzip" errors={state.fieldErrors?.file} />
      <p className="text-xs text-stone-500">A Claimwork project backup becomes a new project of yours; the file&apos;s project is not touched.</p>
      <FormMessage state={state} success={state.message} />
      {state.ok && state.data?.href ? (
        <p>
          <Link href={state.data.href} className="text-sm font-medium text-blue-800 underline">
            Open the restored project
          </Link>
        </p>
      ) : null}
      <Button type="submit" variant="secondary" disabled={pending}>
        {pending ? "Restoring…" : "Restore project"}
      </Button>
    </form>
  );
}

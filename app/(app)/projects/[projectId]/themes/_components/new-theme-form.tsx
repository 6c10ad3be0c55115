"use client";

import { useActionState, useState } from "react";
import { SelectField, TextAreaField, TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialFormState } from "@/lib/actions/form-state";
import { similarThemes } from "@/lib/themes/similar-names";
import { createThemeAction } from "../actions";
import type { CodebookEntry } from "./codebook-types";
import { ThemeOptions } from "./theme-options";

export function NewThemeForm({ projectId, themes, colour }: { projectId: string; themes: CodebookEntry[]; colour: string }) {
  const [state, action] = useActionState(createThemeAction, initialFormState);
  const values = state.ok === false ? state.values : undefined;
  const [name, setName] = useState("");
  const similar = similarThemes(name, themes);
  return (
    <form action={action} className="space-y-3" noValidate aria-labelledby="new-theme-heading">
      <input type="hidden" name="projectId" value={projectId} />
      <TextField
        label="Name"
        name="name"
        required
        maxLength={80}
        defaultValue={values?.name}
        errors={state.fieldErrors?.name}
        onChange={(event) => setName(event.currentTarget.value)}
        hint={similar.length ? `Already in the codebook: ${similar.map((t) => `“${t.name}”`).join(", ")}. Tag claims with it rather than adding a near-duplicate.` : undefined}
      />
      <SelectField label="Parent" name="parentId" defaultValue={values?.parentId ?? ""} errors={state.fieldErrors?.parentId} hint="Leave at the top level, or nest it under a theme.">
        <option value="">(top level)</option>
        <ThemeOptions themes={themes} />
      </SelectField>
      <TextField label="Colour" name="colour" type="color" defaultValue={values?.colour ?? colour} errors={state.fieldErrors?.colour} className="[&_input]:h-8 [&_input]:w-16 [&_input]:p-0.5" />
      <TextAreaField label="Description" name="description" rows={3} maxLength={1000} defaultValue={values?.description} errors={state.fieldErrors?.description} />
      <FormMessage state={state} success={state.message} />
      <SubmitButton pendingText="Adding…">Add theme</SubmitButton>
    </form>
  );
}

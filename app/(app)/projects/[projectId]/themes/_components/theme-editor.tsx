"use client";

import { useActionState, useMemo } from "react";
import { Button } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";
import { RevisionGuard } from "@/components/ui/conflict-notice";
import { FormMessage } from "@/components/ui/form-message";
import { initialFormState, type FormState } from "@/lib/actions/form-state";
import { descendantIds } from "@/lib/themes/tree";
import { deleteThemeAction, mergeThemeAction, moveThemeAction, updateThemeAction } from "../actions";
import type { CodebookEntry } from "./codebook-types";
import { ThemeOptions } from "./theme-options";

/** A label, a control and its errors, with ids unique to this theme's editor. */
function Control(props: { id: string; label: string; errors?: string[]; children: (aria: Record<string, unknown>) => React.ReactNode }) {
  const errorId = `${props.id}-error`;
  return (
    <div className="space-y-1">
      <label htmlFor={props.id} className="block text-sm font-medium text-stone-800">
        {props.label}
      </label>
      {props.children({ id: props.id, "aria-invalid": props.errors?.length ? true : undefined, "aria-describedby": props.errors?.length ? errorId : undefined })}
      {props.errors?.length ? (
        <p id={errorId} className="text-xs text-red-700" data-field-error={props.id}>
          {props.errors.join(" ")}
        </p>
      ) : null}
    </div>
  );
}

function Hidden({ projectId, themeId }: { projectId: string; themeId: string }) {
  return (
    <>
      <input type="hidden" name="projectId" value={projectId} />
      <input type="hidden" name="themeId" value={themeId} />
    </>
  );
}

const panel = "space-y-3 rounded-md border border-stone-200 bg-stone-50 p-3";
const value = (state: FormState, name: string, fallback: string) => (state.ok === false ? (state.values?.[name] ?? fallback) : fallback);

/** Rename, recolour, describe, move, merge and delete one theme. */
export function ThemeEditor({ projectId, theme, themes }: { projectId: string; theme: CodebookEntry; themes: CodebookEntry[] }) {
  const [details, saveDetails, saving] = useActionState(updateThemeAction, initialFormState);
  const [move, saveMove, moving] = useActionState(moveThemeAction, initialFormState);
  const [merge, runMerge, merging] = useActionState(mergeThemeAction, initialFormState);
  const [remove, runDelete, deleting] = useActionState(deleteThemeAction, initialFormState);
  const inside = useMemo(() => descendantIds(themes, theme.id).add(theme.id), [themes, theme.id]);
  const self = new Set([theme.id]);
  const id = (name: string) => `theme-${theme.id}-${name}`;
  const claimCount = `${theme.claims} ${theme.claims === 1 ? "claim" : "claims"}`;

  return (
    <div id={id("editor")} className="mt-3 grid gap-3 lg:grid-cols-2" data-testid="theme-editor">
      <form action={saveDetails} className={panel} noValidate aria-label={`Edit ${theme.name}`}>
        <Hidden projectId={projectId} themeId={theme.id} />
        <Control id={id("name")} label="Name" errors={details.fieldErrors?.name}>
          {(aria) => <input {...aria} name="name" required maxLength={80} defaultValue={value(details, "name", theme.name)} className={inputClass} />}
        </Control>
        <Control id={id("colour")} label="Colour" errors={details.fieldErrors?.colour}>
          {(aria) => (
            <input {...aria} name="colour" type="color" defaultValue={value(details, "colour", theme.colour)} className="h-8 w-16 rounded border border-stone-300 bg-white" />
          )}
        </Control>
        <Control id={id("description")} label="Description" errors={details.fieldErrors?.description}>
          {(aria) => <textarea {...aria} name="description" rows={3} maxLength={1000} defaultValue={value(details, "description", theme.description)} className={inputClass} />}
        </Control>
        <FormMessage state={details} success={details.message} />
        <RevisionGuard state={details} revision={theme.revision} opened={{ name: theme.name, colour: theme.colour, description: theme.description }} />
        <Button type="submit" disabled={saving}>
          {saving ? "Saving…" : "Save"}
        </Button>
      </form>

      <div className="space-y-3">
        <form action={saveMove} className={panel} aria-label={`Move ${theme.name}`}>
          <Hidden projectId={projectId} themeId={theme.id} />
          <Control id={id("parent")} label="Nest under" errors={move.fieldErrors?.parentId}>
            {(aria) => (
              <select {...aria} name="parentId" defaultValue={value(move, "parentId", theme.parentId ?? "")} className={inputClass}>
                <option value="">(top level)</option>
                <ThemeOptions themes={themes} exclude={inside} />
              </select>
            )}
          </Control>
          <FormMessage state={move} success={move.message} />
          <Button type="submit" variant="secondary" disabled={moving}>
            {moving ? "Moving…" : "Move"}
          </Button>
        </form>

        <form
          action={runMerge}
          className={panel}
          aria-label={`Merge ${theme.name}`}
          onSubmit={(event) => {
            const target = event.currentTarget.elements.namedItem("targetId") as HTMLSelectElement | null;
            const name = target?.selectedOptions[0]?.text.trim();
            if (name && !window.confirm(`Merge “${theme.name}” into “${name}”? Its claims and sub-themes move there, and “${theme.name}” is deleted.`)) {
              event.preventDefault();
            }
          }}
        >
          <Hidden projectId={projectId} themeId={theme.id} />
          <Control id={id("merge")} label="Merge into" errors={merge.fieldErrors?.targetId}>
            {(aria) => (
              <select {...aria} name="targetId" defaultValue={value(merge, "targetId", "")} className={inputClass}>
                <option value="">Choose a theme…</option>
                <ThemeOptions themes={themes} exclude={self} />
              </select>
            )}
          </Control>
          <FormMessage state={merge} />
          <Button type="submit" variant="secondary" disabled={merging}>
            {merging ? "Merging…" : "Merge"}
          </Button>
        </form>

        <form
          action={runDelete}
          className={panel}
          aria-label={`Delete ${theme.name}`}
          onSubmit={(event) => {
            if (!window.confirm(`Delete “${theme.name}”?${inside.size > 1 ? " Its sub-themes move up one level." : ""}`)) event.preventDefault();
          }}
        >
          <Hidden projectId={projectId} themeId={theme.id} />
          {theme.claims > 0 ? (
            <Control id={id("reassign")} label={`Move its ${claimCount} to`} errors={remove.fieldErrors?.reassignTo}>
              {(aria) => (
                <select {...aria} name="reassignTo" defaultValue={value(remove, "reassignTo", "")} className={inputClass}>
                  <option value="">Choose a theme…</option>
                  <ThemeOptions themes={themes} exclude={self} />
                </select>
              )}
            </Control>
          ) : (
            <p className="text-stone-600">No claim is tagged with this theme.</p>
          )}
          <FormMessage state={remove} />
          <Button type="submit" variant="danger" disabled={deleting}>
            {deleting ? "Deleting…" : "Delete theme"}
          </Button>
        </form>
      </div>
    </div>
  );
}

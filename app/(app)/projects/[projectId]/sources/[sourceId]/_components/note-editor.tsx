"use client";

import { useActionState, useState, type ReactNode, type SyntheticEvent } from "react";
import { Button } from "@/components/ui/button";
import { RevisionGuard } from "@/components/ui/conflict-notice";
import { TextAreaField, TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialFormState, type FormState } from "@/lib/actions/form-state";
import type { SourceCitation } from "@/lib/sources/citation-fields";
import { NOTE_TEXT_MAX } from "@/lib/sources/schemas";
import { updateCitationAction } from "../../actions";

/** A field's messages, including those about one item of a list ("authors.2"). */
const errorsOf = (state: FormState, name: string) =>
  Object.entries(state.fieldErrors ?? {}).flatMap(([key, messages]) => (key === name || key.startsWith(`${name}.`) ? messages : []));

const keep = (event: SyntheticEvent) => event.stopPropagation();

/**
 * The notes sit inside the reader's text, which is contentEditable so that a
 * selection can be extended with the keyboard, and which refuses every key
 * and input that would change it. The editor is an island of its own: not
 * editable as text, its keys and input kept from the reader's handlers.
 */
function Island({ className, children }: { className: string; children: ReactNode }) {
  return (
    <div contentEditable={false} className={className} onKeyDown={keep} onBeforeInput={keep} onPaste={keep} onCut={keep} onDrop={keep}>
      {children}
    </div>
  );
}

/**
 * An "Edit" control under one of the source's notes, opening a small form
 * for its text and the fields read from it. A field left as it was is read
 * again from a changed text; a field the analyst edits wins. After a save the
 * form closes and the page, re-rendered, shows the note as saved.
 */
export function NoteEditor({ projectId, sourceId, note }: { projectId: string; sourceId: string; note: SourceCitation }) {
  const [state, action] = useActionState(updateCitationAction, initialFormState);
  const [open, setOpen] = useState(false);
  const [seen, setSeen] = useState(state);
  if (seen !== state) {
    setSeen(state);
    if (state.ok) setOpen(false);
  }
  const shown = {
    text: note.text,
    title: note.title ?? "",
    authors: note.authors.join("\n"),
    publisher: note.publisher ?? "",
    issued: note.issued ?? "",
    url: note.url ?? "",
  };
  const values = state.ok === false ? { ...shown, ...state.values } : shown;
  const id = (name: string) => `note-${note.id}-${name}`;

  if (!open) {
    return (
      <Island className="inline-flex items-center gap-2">
        <Button variant="ghost" className="px-1.5 py-0 text-xs text-blue-700" aria-expanded={false} aria-label={`Edit note ${note.label}`} onClick={() => setOpen(true)}>
          Edit
        </Button>
        {state.ok && state.message ? (
          <span role="status" className="text-green-800" data-form-message="success">
            {state.message}
          </span>
        ) : null}
      </Island>
    );
  }
  return (
    <Island className="w-full">
      <form action={action} aria-label={`Edit note ${note.label}`} className="mt-2 w-full space-y-3 rounded-md border border-stone-200 bg-stone-50 p-3 text-sm text-stone-800" noValidate>
        <input type="hidden" name="projectId" value={projectId} />
        <input type="hidden" name="sourceId" value={sourceId} />
        <input type="hidden" name="citationId" value={note.id} />
        <TextAreaField
          id={id("text")}
          label="Text"
          name="text"
          rows={3}
          autoFocus
          defaultValue={values.text}
          maxLength={NOTE_TEXT_MAX + 500}
          hint="The fields you leave as they are are read again from a changed text; those you edit are kept."
          errors={errorsOf(state, "text")}
        />
        <div className="grid gap-3 sm:grid-cols-2">
          <TextField className="sm:col-span-2" id={id("title")} label="Title" name="title" defaultValue={values.title} maxLength={500} errors={errorsOf(state, "title")} />
          <TextAreaField id={id("authors")} label="Authors" name="authors" rows={2} defaultValue={values.authors} hint="One per line, or separated by commas." errors={errorsOf(state, "authors")} />
          <TextField id={id("publisher")} label="Publisher" name="publisher" defaultValue={values.publisher} maxLength={300} errors={errorsOf(state, "publisher")} />
          <TextField id={id("issued")} label="Date" name="issued" defaultValue={values.issued} maxLength={100} hint="As the note writes it: 5 March 2025, 2024…" errors={errorsOf(state, "issued")} />
          <TextField id={id("url")} label="Web address" name="url" type="url" defaultValue={values.url} placeholder="https://" errors={errorsOf(state, "url")} />
        </div>
        {state.ok === false ? <FormMessage state={state} /> : null}
        <RevisionGuard state={state} revision={note.revision} opened={shown} />
        <div className="flex gap-2">
          <SubmitButton>Save</SubmitButton>
          <Button variant="ghost" onClick={() => setOpen(false)}>
            Cancel
          </Button>
        </div>
      </form>
    </Island>
  );
}

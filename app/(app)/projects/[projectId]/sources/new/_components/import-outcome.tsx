"use client";

import Link from "next/link";
import { useEffect, useRef, type MouseEvent } from "react";
import { Button } from "@/components/ui/button";
import type { FormState } from "@/lib/actions/form-state";

/** The form's fields by the name their errors come under, as the summary names them. */
const FIELD_LABELS: Record<string, string> = {
  file: "File",
  text: "Pasted text",
  title: "Title",
  authors: "Authors",
  publisher: "Publisher",
  publishedOn: "Published",
  url: "Web address",
  kind: "Kind",
  language: "Language",
  reliability: "Source reliability",
};

/** Moves to a field from the summary: an anchor alone scrolls but leaves the focus behind. */
function focusField(event: MouseEvent<HTMLAnchorElement>, field: string) {
  const target = document.getElementById(field);
  if (!target) return;
  event.preventDefault();
  target.scrollIntoView({ block: "center" });
  target.focus({ preventScroll: true });
}

/**
 * What the last read or import came to, at the top of the form: the person
 * pressed a button at the foot of a long form, so the answer is scrolled to
 * and focused where it cannot be missed. An error lists each field at fault
 * with a link to it; the field shows the same message beside itself.
 */
export function ImportOutcome({
  projectId,
  state,
  pending,
}: {
  projectId: string;
  /** The state of the action that ran last, or none before the first. */
  state: FormState | undefined;
  pending: boolean;
}) {
  const panel = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (pending || !state?.message || !panel.current) return;
    panel.current.scrollIntoView({ block: "start" });
    panel.current.focus({ preventScroll: true });
  }, [state, pending]);

  if (!state?.message) return null;
  const failed = state.ok === false;
  const duplicate = state.data?.duplicateSourceId ? { id: state.data.duplicateSourceId, title: state.data.duplicateTitle ?? "" } : undefined;
  const fieldErrors = Object.entries(state.fieldErrors ?? {}).filter(([field]) => field in FIELD_LABELS);

  return (
    <div
      ref={panel}
      tabIndex={-1}
      role={failed ? "alert" : "status"}
      data-testid="import-outcome"
      className={`space-y-2 rounded-lg border p-4 text-sm focus:outline-2 focus:outline-offset-2 focus:outline-blue-600 ${failed ? "border-red-200 bg-red-50 text-red-900" : "border-blue-200 bg-blue-50 text-blue-950"}`}
    >
      <p className="font-medium" {...(failed ? { "data-form-message": "error" } : { "data-testid": "import-preview" })}>
        {state.message}
      </p>
      {failed && fieldErrors.length > 0 ? (
        <ul className="list-disc space-y-0.5 pl-5">
          {fieldErrors.map(([field, messages]) => (
            <li key={field}>
              <a href={`#${field}`} onClick={(event) => focusField(event, field)} className="underline">
                {FIELD_LABELS[field]}: {messages.join(" ")}
              </a>
            </li>
          ))}
        </ul>
      ) : null}
      {duplicate ? (
        <div className="flex flex-wrap items-center gap-3">
          <Link href={`/projects/${projectId}/sources/${duplicate.id}`} className="font-medium underline">
            Open “{duplicate.title}”
          </Link>
          <Button type="submit" name="onDuplicate" value="new-version" variant="secondary" disabled={pending}>
            Import as a new version of “{duplicate.title}”
          </Button>
        </div>
      ) : null}
    </div>
  );
}

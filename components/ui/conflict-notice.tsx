"use client";

import { useState } from "react";
import type { FormState } from "@/lib/actions/form-state";

const when = (iso: string | null) =>
  iso ? new Date(iso).toLocaleString("en-GB", { day: "numeric", month: "short", hour: "2-digit", minute: "2-digit", timeZone: "UTC" }) + " UTC" : null;

/**
 * The revision an edit form was opened at, as a hidden field, and, when a
 * save was refused because someone saved a newer one, what they changed.
 * After a conflict the field names the newer revision, so that saving again
 * applies what was typed (kept in the form) on top of it, knowingly.
 */
export function RevisionGuard({
  state,
  revision,
  verb = "Save",
  name = "revision",
  advice,
  opened,
}: {
  state: FormState;
  revision: number;
  verb?: string;
  name?: string;
  /** What to do next, when "<verb> again to apply it on top" does not fit. */
  advice?: string;
  /** The values the form showed when opened: only the fields changed from them are sent (see changedFields). */
  opened?: Record<string, string | string[]>;
}) {
  // What the form showed when opened, kept until the person's own save succeeds: a page
  // refreshed meanwhile (live updates) must not make a stale edit look current.
  const [base, setBase] = useState({ revision, opened });
  const [seen, setSeen] = useState(state);
  if (seen !== state) {
    setSeen(state);
    if (state.ok) setBase({ revision, opened });
  }
  const conflict = state.ok === false ? state.conflict : undefined;
  return (
    <>
      <input type="hidden" name={name} value={conflict?.currentRevision ?? base.revision} />
      {base.opened ? <input type="hidden" name="opened" value={JSON.stringify(base.opened)} /> : null}
      {conflict ? <ConflictDetails conflict={conflict} advice={advice ?? `What you entered is kept. ${verb} again to apply it on top of their version, or reload the page to start from theirs.`} /> : null}
    </>
  );
}

export function ConflictDetails({ conflict, advice }: { conflict: NonNullable<FormState["conflict"]>; advice: string }) {
  const at = when(conflict.changedAt);
  return (
    <div role="alert" data-conflict className="space-y-2 rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-950">
      <p className="font-medium">
        {conflict.changedBy ? conflict.changedBy.name : "Someone"} saved a newer version{at ? ` (${at})` : ""}: revision {conflict.currentRevision}.
      </p>
      {conflict.changes?.length ? (
        <dl className="space-y-1" aria-label="What they changed">
          {conflict.changes.map((change) => (
            <div key={change.field} data-conflict-field={change.field}>
              <dt className="font-medium">{change.label}</dt>
              <dd>
                <del className="text-stone-600">{change.before}</del> → <ins className="no-underline">{change.after}</ins>
              </dd>
            </div>
          ))}
        </dl>
      ) : null}
      <p>{advice}</p>
    </div>
  );
}

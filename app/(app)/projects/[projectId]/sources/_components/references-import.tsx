"use client";

import { useActionState } from "react";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialFormState } from "@/lib/actions/form-state";
import { importReferencesAction } from "../references-actions";

type Skipped = { title: string; reason: string };

/** Imports a Zotero (CSL-JSON), BibTeX or RIS library as reference-only sources, and says what was created and skipped. */
export function ReferencesImport({ projectId }: { projectId: string }) {
  const [state, action] = useActionState(importReferencesAction, initialFormState);
  const skipped = state.ok && state.data?.skipped ? (JSON.parse(state.data.skipped) as Skipped[]) : [];
  return (
    <details className="rounded-lg border border-stone-200 bg-white px-4 py-2 text-sm" open={state.ok !== undefined || undefined}>
      <summary className="cursor-pointer font-medium">Import references (Zotero, BibTeX, RIS)</summary>
      <form action={action} className="mt-3 mb-2 space-y-2" noValidate>
        <input type="hidden" name="projectId" value={projectId} />
        <label htmlFor="references-file" className="block font-medium">
          Reference library
        </label>
        <input
          id="references-file"
          name="file"
          type="file"
          accept=".json,.bib,.bibtex,.ris,application/json,application/x-bibtex,application/x-research-info-systems"
          className="block w-full"
          aria-describedby="references-help"
        />
        <p id="references-help" className="text-xs text-stone-600">
          A CSL-JSON export from Zotero (.json), a BibTeX file (.bib) or RIS (.ris), up to 2,000 references. Each becomes a reference-only source to
          cite; attach its file later to read and claim from it. Works the project has already (same DOI, or same title and year) are skipped.
        </p>
        <FormMessage state={state} success={state.message} />
        {skipped.length ? (
          <ul className="list-disc space-y-0.5 pl-5 text-stone-700" data-testid="references-skipped" aria-label="Skipped references">
            {skipped.map((s, i) => (
              <li key={i}>
                <span className="font-medium">{s.title}</span>: {s.reason}
              </li>
            ))}
          </ul>
        ) : null}
        <SubmitButton variant="secondary" pendingText="Importing…">
          Import references
        </SubmitButton>
      </form>
    </details>
  );
}

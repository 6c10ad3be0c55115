"use client";

import { useActionState, useEffect } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { initialFormState } from "@/lib/actions/form-state";
import { createClaimAction } from "../../../claims/actions";
import { ClaimFields } from "./claim-fields";
import type { ReaderCitation, ReaderTheme, Selection } from "./reader-types";

export function NewClaimForm(props: {
  projectId: string;
  sourceId: string;
  selection: Selection;
  suggestedLabels: string[];
  themes: ReaderTheme[];
  citations: ReaderCitation[];
  canManageThemes: boolean;
  onDone: () => void;
}) {
  const [state, action, pending] = useActionState(createClaimAction, initialFormState);
  const { selection, onDone } = props;
  useEffect(() => {
    if (state.ok) onDone();
  }, [state, onDone]);
  const suggestedIds = props.citations.filter((c) => props.suggestedLabels.includes(c.label)).map((c) => c.id);
  return (
    <form action={action} className="space-y-3" aria-labelledby="new-claim-heading" noValidate>
      <h2 id="new-claim-heading" className="font-semibold">
        New claim
      </h2>
      <input type="hidden" name="projectId" value={props.projectId} />
      <input type="hidden" name="sourceId" value={props.sourceId} />
      <input type="hidden" name="start" value={selection.start} />
      <input type="hidden" name="end" value={selection.end} />
      <figure>
        <figcaption className="text-xs font-medium text-stone-500 uppercase">Quote</figcaption>
        <blockquote className="mt-1 max-h-32 overflow-y-auto border-l-2 border-amber-400 pl-2 font-serif text-stone-800" data-testid="new-claim-quote">
          {selection.quote}
        </blockquote>
        {state.fieldErrors?.selection ? <p className="text-xs text-red-700">{state.fieldErrors.selection.join(" ")}</p> : null}
      </figure>
      <ClaimFields
        idPrefix="new-claim"
        paraphrase={state.ok === false ? (state.values?.paraphrase ?? "") : selection.quote}
        note={state.values?.note ?? ""}
        credibility={Number(state.values?.credibility ?? 6)}
        themeIds={[]}
        citationIds={suggestedIds}
        themes={props.themes}
        citations={props.citations}
        errors={state.fieldErrors}
        createThemesIn={props.canManageThemes ? props.projectId : undefined}
      />
      <FormMessage state={state} />
      <div className="flex flex-wrap gap-2">
        <Button type="submit" name="submit" value="false" variant="secondary" disabled={pending}>
          Save draft
        </Button>
        <Button type="submit" name="submit" value="true" disabled={pending}>
          Submit for review
        </Button>
        <Button type="button" variant="ghost" onClick={onDone}>
          Cancel
        </Button>
      </div>
    </form>
  );
}

"use client";

import { useActionState, useEffect, useRef, useState } from "react";
import { inputClass, SelectField, TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialFormState } from "@/lib/actions/form-state";
import { RELATION_LABELS, RELATION_NOTE_MAX, type RelationKindName } from "@/lib/relations/schemas";
import { searchClaimsAction } from "../../../briefs/actions";
import { relateClaimAction } from "../actions";

type Choice = { id: string; paraphrase: string; source: string };

/** The project's claims matching the words typed, read a moment after typing stops (the brief editor's claim search). */
function useClaimChoices(projectId: string, q: string) {
  const [choices, setChoices] = useState<Choice[]>([]);
  const [loading, setLoading] = useState(false);
  const seq = useRef(0);
  useEffect(() => {
    const mine = ++seq.current;
    const timer = setTimeout(async () => {
      setLoading(true);
      const result = await searchClaimsAction(projectId, { q: q || undefined });
      if (mine !== seq.current) return;
      setLoading(false);
      if (result.ok) setChoices(result.data.claims.map((c) => ({ id: c.id, paraphrase: c.paraphrase, source: c.source })));
    }, 250);
    return () => clearTimeout(timer);
  }, [projectId, q]);
  return { choices, loading };
}

/** Finds another claim of the project and says how this one bears on it. */
export function RelateForm({ projectId, claimId }: { projectId: string; claimId: string }) {
  const [state, action] = useActionState(relateClaimAction, initialFormState);
  const [q, setQ] = useState("");
  const { choices, loading } = useClaimChoices(projectId, q);
  const others = choices.filter((c) => c.id !== claimId);
  return (
    <details className="rounded-md border border-stone-200 p-3">
      <summary className="cursor-pointer text-sm font-semibold">Relate a claim</summary>
      <form action={action} className="mt-3 space-y-3" noValidate>
        <input type="hidden" name="projectId" value={projectId} />
        <input type="hidden" name="claimId" value={claimId} />
        <div className="space-y-1">
          <label htmlFor="relate-search" className="block text-sm font-medium text-stone-800">
            Search claims
          </label>
          <input id="relate-search" type="search" value={q} onChange={(e) => setQ(e.target.value)} className={inputClass} aria-describedby="relate-search-status" />
          <p id="relate-search-status" aria-live="polite" className="text-xs text-stone-500">
            {loading ? "Searching…" : `${others.length} claim${others.length === 1 ? "" : "s"} to choose from`}
          </p>
        </div>
        <SelectField label="Claim" name="targetId" id="relate-target" errors={state.fieldErrors?.targetId} required>
          {others.map((c) => (
            <option key={c.id} value={c.id}>
              {c.paraphrase.slice(0, 90)} — {c.source}
            </option>
          ))}
        </SelectField>
        <SelectField label="This claim…" name="kind" id="relate-kind" errors={state.fieldErrors?.kind} defaultValue="corroborates">
          {(Object.keys(RELATION_LABELS) as RelationKindName[]).map((kind) => (
            <option key={kind} value={kind}>
              {RELATION_LABELS[kind].toLowerCase()} the chosen claim
            </option>
          ))}
        </SelectField>
        <TextField label="Note (optional)" name="note" id="relate-note" maxLength={RELATION_NOTE_MAX} errors={state.fieldErrors?.note} />
        <FormMessage state={state} success={state.message} />
        <SubmitButton variant="secondary" pendingText="Relating…">
          Relate
        </SubmitButton>
      </form>
    </details>
  );
}

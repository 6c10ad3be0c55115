"use client";

import { useActionState, useState } from "react";
import { SelectField, TextAreaField, TextField } from "@/components/ui/field";
import { RevisionGuard } from "@/components/ui/conflict-notice";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialFormState } from "@/lib/actions/form-state";
import { RATIONALE_MAX, VERDICT_LABELS, VERDICTS } from "@/lib/reviews/schemas";
import { reviewClaimAction } from "../actions";

const VERDICT_HINTS: Record<(typeof VERDICTS)[number], string> = {
  VERIFIED: "The source says this, and it holds.",
  DISPUTED: "The claim misreads the source, or other sources contradict it.",
  NEEDS_EVIDENCE: "Plausible, but the footnote or source is not enough.",
};

export function ReviewForm(props: {
  projectId: string;
  claimId: string;
  /** The revision of the claim the reviewer is reading: the verdict is given on it. */
  claimRevision: number;
  citations: { id: string; label: string; text: string }[];
}) {
  const [state, action] = useActionState(reviewClaimAction, initialFormState);
  const [rationale, setRationale] = useState("");
  // After each answer: keep what was typed when refused, start afresh when saved.
  const [answered, setAnswered] = useState(state);
  if (answered !== state) {
    setAnswered(state);
    setRationale(state.ok ? "" : (state.values?.rationale ?? rationale));
  }
  const errors = state.fieldErrors ?? {};
  const verdictError = errors.verdict?.join(" ");
  const chosen = state.ok ? undefined : state.values?.verdict;

  return (
    <form action={action} className="space-y-3 rounded-lg border border-stone-200 bg-white p-4" aria-labelledby="review-heading" noValidate>
      <h2 id="review-heading" className="font-semibold">
        Review
      </h2>
      <input type="hidden" name="projectId" value={props.projectId} />
      <input type="hidden" name="claimId" value={props.claimId} />
      <fieldset aria-describedby={verdictError ? "verdict-error" : undefined} aria-invalid={verdictError ? true : undefined}>
        <legend className="text-sm font-medium text-stone-800">Verdict</legend>
        <div className="mt-1 space-y-1">
          {VERDICTS.map((verdict) => (
            <label key={verdict} className="flex items-start gap-2 text-sm">
              <input type="radio" name="verdict" value={verdict} defaultChecked={chosen === verdict} className="mt-1" />
              <span>
                <span className="font-medium">{VERDICT_LABELS[verdict]}</span>
                <span className="block text-xs text-stone-500">{VERDICT_HINTS[verdict]}</span>
              </span>
            </label>
          ))}
        </div>
        {verdictError ? (
          <p id="verdict-error" className="mt-1 text-xs text-red-700" data-field-error="verdict">
            {verdictError}
          </p>
        ) : null}
      </fieldset>
      <div>
        <TextAreaField
          label="Rationale"
          name="rationale"
          id="review-rationale"
          rows={5}
          required
          maxLength={RATIONALE_MAX}
          value={rationale}
          onChange={(e) => setRationale(e.target.value)}
          errors={errors.rationale}
          hint="Why: what you checked and what you found."
        />
        <p className="mt-0.5 text-right text-xs text-stone-500 tabular-nums" aria-live="polite">
          {rationale.length.toLocaleString("en")} / {RATIONALE_MAX.toLocaleString("en")}
        </p>
      </div>
      <TextField
        label="Evidence (optional)"
        name="evidenceUrl"
        id="review-evidence"
        type="url"
        placeholder="https://…"
        defaultValue={state.ok ? "" : state.values?.evidenceUrl}
        errors={errors.evidenceUrl}
      />
      {props.citations.length ? (
        <SelectField label="Relies on footnote (optional)" name="citationId" id="review-citation" defaultValue={state.ok ? "" : (state.values?.citationId ?? "")} errors={errors.citationId}>
          <option value="">None</option>
          {props.citations.map((c) => (
            <option key={c.id} value={c.id}>
              {c.label}. {c.text}
            </option>
          ))}
        </SelectField>
      ) : null}
      <FormMessage state={state} success={state.message} />
      <RevisionGuard state={state} revision={props.claimRevision} name="claimRevision"
        advice="Read the new wording first. Your verdict and rationale are kept: save the review again to give them on this revision, or change them."
      />
      <SubmitButton pendingText="Saving…">Save review</SubmitButton>
    </form>
  );
}

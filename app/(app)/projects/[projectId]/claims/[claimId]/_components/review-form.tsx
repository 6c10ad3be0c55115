"use client";

import Link from "next/link";
import { useActionState, useEffect, useEffectEvent, useImperativeHandle, useRef, useState, type KeyboardEvent, type Ref } from "react";
import { SelectField, TextAreaField, TextField } from "@/components/ui/field";
import { RevisionGuard } from "@/components/ui/conflict-notice";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialFormState } from "@/lib/actions/form-state";
import { CREDIBILITY_LABELS } from "@/lib/claims/schemas";
import { RATIONALE_MAX, VERDICT_LABELS, VERDICTS } from "@/lib/reviews/schemas";
import { reviewClaimAction } from "../actions";

type Verdict = (typeof VERDICTS)[number];
const RATIONALE_ID = "review-rationale";

const VERDICT_HINTS: Record<Verdict, string> = {
  VERIFIED: "The source says this, and it holds.",
  DISPUTED: "The claim misreads the source, or other sources contradict it.",
  NEEDS_EVIDENCE: "Plausible, but the footnote or source is not enough.",
};

/** What a page driving the form from the keyboard may do: choose a verdict and go on to explain it. */
export type ReviewFormHandle = { choose: (verdict: Verdict) => void };

export function ReviewForm({
  ref,
  onSaved,
  onCancel,
  ...props
}: {
  projectId: string;
  claimId: string;
  /** The revision of the claim the reviewer is reading: the verdict is given on it. */
  claimRevision: number;
  /** The latest review of the claim the reviewer can see (blank: none), so that one given meanwhile is not missed. */
  latestReviewId: string;
  citations: { id: string; label: string; text: string }[];
  ref?: Ref<ReviewFormHandle>;
  /** Called once a verdict is saved; without it, the form offers the next claim of the reviewer's queue. */
  onSaved?: (message: string) => void;
  /** Escape leaves the form, with no verdict chosen. */
  onCancel?: () => void;
}) {
  const [state, action] = useActionState(reviewClaimAction, initialFormState);
  const [rationale, setRationale] = useState("");
  // The latest review when the form was opened, kept until the reviewer's own save: a page refreshed meanwhile
  // (live updates) must not make a verdict look as if it had seen a review it did not.
  const [seenReviewId, setSeenReviewId] = useState(props.latestReviewId);
  // After each answer: keep what was typed when refused, start afresh when saved.
  const [answered, setAnswered] = useState(state);
  if (answered !== state) {
    setAnswered(state);
    setRationale(state.ok ? "" : (state.values?.rationale ?? rationale));
    // A saved verdict, or a refusal naming the review given meanwhile, is the latest review seen now.
    setSeenReviewId(state.data?.latestReviewId ?? seenReviewId);
  }
  const saved = useEffectEvent((message: string) => onSaved?.(message));
  useEffect(() => {
    if (state.ok && state.message) saved(state.message);
  }, [state]);

  // The verdicts stay uncontrolled, as React resets a form after its action: a refused one comes back checked.
  const verdicts = useRef<HTMLFieldSetElement>(null);
  const radios = () => [...(verdicts.current?.querySelectorAll<HTMLInputElement>('input[name="verdict"]') ?? [])];
  useImperativeHandle(ref, () => ({
    choose: (verdict) => {
      for (const radio of radios()) radio.checked = radio.value === verdict;
      document.getElementById(RATIONALE_ID)?.focus();
    },
  }));
  function onKeyDown(event: KeyboardEvent<HTMLFormElement>) {
    if (event.key === "Enter" && (event.metaKey || event.ctrlKey)) {
      event.preventDefault();
      event.currentTarget.requestSubmit();
    } else if (event.key === "Escape" && onCancel) {
      event.preventDefault();
      for (const radio of radios()) radio.checked = false;
      onCancel();
    }
  }

  const errors = state.fieldErrors ?? {};
  const verdictError = errors.verdict?.join(" ");
  const chosen = state.ok ? undefined : state.values?.verdict;

  return (
    <form action={action} onKeyDown={onKeyDown} className="space-y-3 rounded-lg border border-stone-200 bg-white p-4" aria-labelledby="review-heading" noValidate>
      <h2 id="review-heading" className="font-semibold">
        Review
      </h2>
      <input type="hidden" name="projectId" value={props.projectId} />
      <input type="hidden" name="claimId" value={props.claimId} />
      <input type="hidden" name="latestReviewId" value={seenReviewId} />
      <fieldset ref={verdicts} aria-describedby={verdictError ? "verdict-error" : undefined} aria-invalid={verdictError ? true : undefined}>
        <legend className="text-sm font-medium text-stone-800">Verdict</legend>
        <div className="mt-1 space-y-1">
          {VERDICTS.map((option) => (
            <label key={option} className="flex items-start gap-2 text-sm">
              <input type="radio" name="verdict" value={option} defaultChecked={chosen === option} className="mt-1" />
              <span>
                <span className="font-medium">{VERDICT_LABELS[option]}</span>
                <span className="block text-xs text-stone-500">{VERDICT_HINTS[option]}</span>
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
          id={RATIONALE_ID}
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
      <SelectField
        label="Credibility you would give (optional)"
        name="credibility"
        id="review-credibility"
        defaultValue={state.ok ? "" : (state.values?.credibility ?? "")}
        errors={errors.credibility}
        hint="The Admiralty grade you would give this claim; the team's agreement on grades is measured from it."
      >
        <option value="">Not graded</option>
        {Object.entries(CREDIBILITY_LABELS).map(([grade, words]) => (
          <option key={grade} value={grade}>
            {grade} — {words}
          </option>
        ))}
      </SelectField>
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
      {state.ok && !onSaved ? <NextClaim projectId={props.projectId} nextClaimId={state.data?.nextClaimId} /> : null}
    </form>
  );
}

/** After a verdict: on to the claim that has waited longest for the reviewer, or back to the (empty) queue. */
function NextClaim({ projectId, nextClaimId }: { projectId: string; nextClaimId?: string }) {
  return nextClaimId ? (
    <Link href={`/projects/${projectId}/claims/${nextClaimId}`} className="block text-sm font-medium text-blue-700 hover:underline" data-testid="next-claim">
      Next claim →
    </Link>
  ) : (
    <p className="text-sm text-stone-600" data-testid="next-claim">
      Nothing else waits for your review. <Link href={`/projects/${projectId}/reviews`} className="text-blue-700 hover:underline">Reviews</Link>
    </p>
  );
}

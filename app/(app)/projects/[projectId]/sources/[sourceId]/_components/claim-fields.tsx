"use client";

import { useState } from "react";
import { SelectField, TextAreaField } from "@/components/ui/field";
import { CREDIBILITY_LABELS } from "@/lib/claims/schemas";
import type { ReaderCitation, ReaderTheme } from "./reader-types";
import { ThemePicker } from "./theme-picker";

/** The fields a claim shares between "New claim" and "Edit claim". */
export function ClaimFields(props: {
  idPrefix: string;
  paraphrase: string;
  note: string;
  credibility: number;
  /** An owner's reason for credibility 1 without two independent origins, kept on the claim. */
  credibilityRationale?: string | null;
  themeIds: string[];
  citationIds: string[];
  themes: ReaderTheme[];
  citations: ReaderCitation[];
  errors?: Record<string, string[]>;
  /** Set when the user may add themes to the codebook from here. */
  createThemesIn?: string;
}) {
  const { errors } = props;
  const [credibility, setCredibility] = useState(props.credibility);
  // The rationale is asked for only where it matters: credibility 1 refused to an owner, or an override already kept.
  const showRationale = credibility === 1 && (!!errors?.credibilityRationale || !!props.credibilityRationale);
  return (
    <>
      <TextAreaField
        label="Claim, in your words"
        name="paraphrase"
        id={`${props.idPrefix}-paraphrase`}
        rows={3}
        maxLength={5000}
        defaultValue={props.paraphrase}
        errors={errors?.paraphrase}
      />
      <ThemePicker
        themes={props.themes}
        initial={props.themeIds}
        error={errors?.themeIds}
        create={props.createThemesIn ? { projectId: props.createThemesIn } : undefined}
      />
      <SelectField
        label="Credibility (Admiralty)"
        name="credibility"
        defaultValue={String(props.credibility)}
        errors={errors?.credibility}
        onChange={(event) => setCredibility(Number(event.currentTarget.value))}
      >
        {[1, 2, 3, 4, 5, 6].map((n) => (
          <option key={n} value={n}>
            {n} — {CREDIBILITY_LABELS[n]}
          </option>
        ))}
      </SelectField>
      {showRationale ? (
        <TextAreaField
          label="Why credibility 1 stands (owner's override)"
          name="credibilityRationale"
          id={`${props.idPrefix}-credibility-rationale`}
          rows={2}
          maxLength={2000}
          defaultValue={props.credibilityRationale ?? ""}
          errors={errors?.credibilityRationale}
        />
      ) : null}
      {props.citations.length ? (
        <fieldset className="space-y-1">
          <legend className="text-sm font-medium text-stone-800">Relies on the source&apos;s notes</legend>
          <div className="max-h-32 space-y-0.5 overflow-y-auto rounded-md border border-stone-200 p-1.5">
            {props.citations.map((c) => (
              <label key={c.id} title={c.text} className="flex cursor-pointer items-start gap-2 rounded px-1 py-0.5 text-xs hover:bg-stone-50">
                <input type="checkbox" name="citationIds" value={c.id} defaultChecked={props.citationIds.includes(c.id)} className="mt-0.5" />
                <span>
                  <sup className="font-semibold text-blue-700">{c.label}</sup> {c.heading}
                </span>
              </label>
            ))}
          </div>
          {errors?.citationIds?.length ? <p className="text-xs text-red-700">{errors.citationIds.join(" ")}</p> : null}
        </fieldset>
      ) : null}
      <TextAreaField label="Note" name="note" id={`${props.idPrefix}-note`} rows={2} maxLength={5000} defaultValue={props.note} errors={errors?.note} />
    </>
  );
}

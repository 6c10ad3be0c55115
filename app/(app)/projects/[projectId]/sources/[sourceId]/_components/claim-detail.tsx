"use client";

import Link from "next/link";
import { useActionState, useState } from "react";
import { MarkingBadge } from "@/components/markings/marking-badge";
import { MarkingOptions } from "@/components/markings/marking-options";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { SelectField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { RevisionGuard } from "@/components/ui/conflict-notice";
import { useKeptForm } from "@/components/ui/use-kept-form";
import { initialFormState } from "@/lib/actions/form-state";
import { CREDIBILITY_LABELS } from "@/lib/claims/schemas";
import { CLAIM_STATUS_LABELS, CLAIM_STATUS_TONE } from "@/lib/claims/status-labels";
import { deleteClaimAction, updateClaimAction } from "../../../claims/actions";
import { ClaimFields } from "./claim-fields";
import type { ReaderCitation, ReaderClaim, ReaderTheme } from "./reader-types";
import { ThemeTags } from "@/components/theme-tags";

export function ClaimDetail(props: {
  projectId: string;
  claim: ReaderClaim;
  canEdit: boolean;
  themes: ReaderTheme[];
  citations: ReaderCitation[];
  markings: string[];
}) {
  const { claim } = props;
  const [editing, setEditing] = useState(false);
  const [saveState, save] = useActionState(updateClaimAction, initialFormState);
  // Submitted by hand, so that a refused save keeps every field as typed.
  const { onSubmit, pending: saving } = useKeptForm(save);
  const [deleteState, remove, deleting] = useActionState(deleteClaimAction, initialFormState);

  if (editing && props.canEdit) {
    return (
      <form onSubmit={onSubmit} className="space-y-3" noValidate>
        <input type="hidden" name="projectId" value={props.projectId} />
        <input type="hidden" name="claimId" value={claim.id} />
        <ClaimFields
          idPrefix={`edit-${claim.id}`}
          paraphrase={claim.paraphrase}
          note={claim.note}
          credibility={claim.credibility}
          credibilityRationale={claim.credibilityRationale}
          themeIds={claim.themes.map((t) => t.id)}
          citationIds={claim.citations.map((c) => c.id)}
          themes={props.themes}
          citations={props.citations}
          errors={saveState.fieldErrors}
        />
        {props.markings.length || claim.marking ? (
          <SelectField
            label="Marking"
            name="marking"
            id={`edit-${claim.id}-marking`}
            defaultValue={claim.marking ?? ""}
            errors={saveState.fieldErrors?.marking}
            hint="Only when the claim must be handled more strictly than its source."
          >
            <MarkingOptions markings={props.markings} current={claim.marking} />
          </SelectField>
        ) : null}
        <FormMessage state={saveState} success={saveState.message} />
        <RevisionGuard
          state={saveState}
          revision={claim.revision}
          opened={{
            paraphrase: claim.paraphrase,
            note: claim.note,
            credibility: String(claim.credibility),
            themeIds: claim.themes.map((t) => t.id),
            citationIds: claim.citations.map((c) => c.id),
            marking: claim.marking ?? "",
          }}
        />
        <div className="flex gap-2">
          <Button type="submit" disabled={saving}>
            Save
          </Button>
          <Button type="button" variant="ghost" onClick={() => setEditing(false)}>
            Close
          </Button>
        </div>
      </form>
    );
  }

  return (
    <div className="space-y-2" data-testid="claim-detail">
      <div className="flex flex-wrap items-center gap-1.5">
        <Badge tone={CLAIM_STATUS_TONE[claim.status]}>{CLAIM_STATUS_LABELS[claim.status]}</Badge>
        {claim.orphaned ? <Badge tone="red">Quote not found in the current version</Badge> : null}
        <MarkingBadge marking={claim.marking} />
        <span className="text-xs text-stone-500">by {claim.author.name}</span>
      </div>
      <p className="font-medium text-stone-900">{claim.paraphrase}</p>
      <blockquote className="border-l-2 border-stone-300 pl-2 font-serif text-sm text-stone-700">“{claim.exact}”</blockquote>
      {claim.themes.length ? (
        <ThemeTags themes={claim.themes} label="Themes" />
      ) : null}
      <p className="text-xs text-stone-600">
        Credibility {claim.credibility} — {CREDIBILITY_LABELS[claim.credibility]}
        {claim.citations.length ? ` · relies on note${claim.citations.length > 1 ? "s" : ""} ${claim.citations.map((c) => c.label).join(", ")}` : ""}
      </p>
      {claim.note ? <p className="text-sm whitespace-pre-line text-stone-700">{claim.note}</p> : null}
      <Link href={`/projects/${props.projectId}/claims/${claim.id}`} className="inline-block text-sm text-blue-700 hover:underline">
        Open the claim: review, history and discussion →
      </Link>
      {props.canEdit ? (
        <div className="flex gap-2 pt-1">
          <Button variant="secondary" onClick={() => setEditing(true)}>
            Edit
          </Button>
          <form
            action={remove}
            onSubmit={(event) => {
              if (!window.confirm("Delete this claim?")) event.preventDefault();
            }}
          >
            <input type="hidden" name="projectId" value={props.projectId} />
            <input type="hidden" name="claimId" value={claim.id} />
            <Button type="submit" variant="danger" disabled={deleting}>
              Delete
            </Button>
          </form>
        </div>
      ) : null}
      <FormMessage state={deleteState} />
    </div>
  );
}

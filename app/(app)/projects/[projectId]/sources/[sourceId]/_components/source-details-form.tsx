"use client";

import { useActionState } from "react";
import { MarkingOptions } from "@/components/markings/marking-options";
import { RevisionGuard } from "@/components/ui/conflict-notice";
import { SelectField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialFormState } from "@/lib/actions/form-state";
import type { SourceDetails } from "@/lib/sources/source-details-fields";
import { updateSourceAction } from "../../actions";
import { MetadataFields } from "../../_components/metadata-fields";

/** Only the metadata crosses to the browser here, never the source's text. */
export function SourceDetailsForm({ projectId, source, markings }: { projectId: string; source: SourceDetails; markings: string[] }) {
  const [state, action] = useActionState(updateSourceAction, initialFormState);
  const saved = {
    title: source.title,
    authors: source.authors.join("; "),
    publisher: source.publisher ?? "",
    publishedOn: source.publishedOn ? source.publishedOn.toISOString().slice(0, 10) : "",
    url: source.url ?? "",
    kind: source.kind,
    language: source.language ?? "",
    // The form's empty choice is "Not graded yet".
    reliability: source.reliability ?? "",
    // "Unmarked" is an empty value too.
    marking: source.marking ?? "",
  };
  const values = state.ok === false ? { ...saved, ...state.values } : saved;
  return (
    <form action={action} className="space-y-3" noValidate>
      <input type="hidden" name="projectId" value={projectId} />
      <input type="hidden" name="sourceId" value={source.id} />
      <MetadataFields values={values} errors={state.fieldErrors} />
      {markings.length || source.marking ? (
        <SelectField label="Marking" name="marking" defaultValue={values.marking} errors={state.fieldErrors?.marking} hint="How the source must be handled: a brief citing it is marked at least as high.">
          <MarkingOptions markings={markings} current={source.marking} />
        </SelectField>
      ) : null}
      <FormMessage state={state} success={state.message} />
      <RevisionGuard state={state} revision={source.revision} opened={saved} />
      <SubmitButton>Save details</SubmitButton>
    </form>
  );
}

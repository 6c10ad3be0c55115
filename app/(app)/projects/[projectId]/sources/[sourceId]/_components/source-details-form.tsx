"use client";

import { useActionState } from "react";
import { RevisionGuard } from "@/components/ui/conflict-notice";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialFormState } from "@/lib/actions/form-state";
import type { SourceDetails } from "@/lib/sources/source-details-fields";
import { updateSourceAction } from "../../actions";
import { MetadataFields } from "../../_components/metadata-fields";

/** Only the metadata crosses to the browser here, never the source's text. */
export function SourceDetailsForm({ projectId, source }: { projectId: string; source: SourceDetails }) {
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
  };
  return (
    <form action={action} className="space-y-3" noValidate>
      <input type="hidden" name="projectId" value={projectId} />
      <input type="hidden" name="sourceId" value={source.id} />
      <MetadataFields values={state.ok === false ? { ...saved, ...state.values } : saved} errors={state.fieldErrors} />
      <FormMessage state={state} success={state.message} />
      <RevisionGuard state={state} revision={source.revision} opened={saved} />
      <SubmitButton>Save details</SubmitButton>
    </form>
  );
}

"use client";

import Link from "next/link";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { initialFormState } from "@/lib/actions/form-state";
import type { suggestRelations } from "@/lib/relations/suggest-relations";
import { RELATION_LABELS, type RelationKindName } from "@/lib/relations/schemas";
import { relateClaimAction } from "../actions";

type Suggestion = Awaited<ReturnType<typeof suggestRelations>>["suggestions"][number];

/** Claims that may bear on this one, with why; one click relates one, as the analyst judges. */
export function RelationSuggestions({ projectId, claimId, suggestions }: { projectId: string; claimId: string; suggestions: Suggestion[] }) {
  const [state, action, pending] = useActionState(relateClaimAction, initialFormState);
  return (
    <div className="space-y-2">
      <h3 className="text-sm font-semibold">Suggested</h3>
      <FormMessage state={state} success={state.message} />
      {suggestions.length === 0 ? (
        <p className="text-sm text-stone-600">No likely matches among the project&apos;s other claims.</p>
      ) : (
        <ul className="divide-y divide-stone-100" data-testid="relation-suggestions">
          {suggestions.map((s) => (
            <li key={s.claim.id} className="space-y-1 py-2 text-sm" data-suggestion={s.claim.id}>
              <Link id={`suggestion-${s.claim.id}`} href={`/projects/${projectId}/claims/${s.claim.id}`} className="text-blue-700 hover:underline">
                {s.claim.paraphrase}
              </Link>
              <p className="text-xs text-stone-600">
                {s.claim.source.title} · {s.reasons.join(" · ")}
              </p>
              <form action={action} className="flex flex-wrap gap-1.5">
                <input type="hidden" name="projectId" value={projectId} />
                <input type="hidden" name="claimId" value={claimId} />
                <input type="hidden" name="targetId" value={s.claim.id} />
                {(Object.keys(RELATION_LABELS) as RelationKindName[]).map((kind) => (
                  <Button
                    key={kind}
                    type="submit"
                    name="kind"
                    value={kind}
                    variant={kind === s.kind ? "primary" : "secondary"}
                    disabled={pending}
                    aria-describedby={`suggestion-${s.claim.id}`}
                  >
                    {RELATION_LABELS[kind]}
                  </Button>
                ))}
              </form>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

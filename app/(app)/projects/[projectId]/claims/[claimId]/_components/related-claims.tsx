"use client";

import Link from "next/link";
import { useActionState } from "react";
import { ClaimStatusBadge } from "@/components/claim-status-badge";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { initialFormState } from "@/lib/actions/form-state";
import type { ClaimStatus } from "@/lib/generated/prisma/enums";
import type { getClaimProvenance } from "@/lib/provenance/get-claim-provenance";
import { RELATION_LABELS } from "@/lib/relations/schemas";
import { unrelateClaimAction } from "../actions";

type Relation = Awaited<ReturnType<typeof getClaimProvenance>>["relations"][number];

const KIND_TONES = { corroborates: "green", contradicts: "red", duplicates: "violet" } as const;

/** The claims this one is related to, each with its source and whether it rests on one of the same origins. */
export function RelatedClaims({ projectId, claimId, relations, canRelate }: { projectId: string; claimId: string; relations: Relation[]; canRelate: boolean }) {
  const [state, action, pending] = useActionState(unrelateClaimAction, initialFormState);
  return (
    <div className="space-y-2">
      <h3 className="text-sm font-semibold">Related claims</h3>
      <FormMessage state={state} success={state.message} />
      {relations.length === 0 ? (
        <p className="text-sm text-stone-600">No related claims yet.</p>
      ) : (
        <ul className="divide-y divide-stone-100" data-testid="related-claims">
          {relations.map((relation) => (
            <li key={relation.id} className="flex flex-wrap items-start gap-2 py-2 text-sm" data-relation={relation.id}>
              <Badge tone={KIND_TONES[relation.kind]}>{RELATION_LABELS[relation.kind]}</Badge>
              <div className="min-w-0 flex-1 space-y-0.5">
                <Link href={`/projects/${projectId}/claims/${relation.other.id}`} className="text-blue-700 hover:underline">
                  {relation.other.paraphrase}
                </Link>
                <p className="flex flex-wrap items-center gap-1 text-xs text-stone-600">
                  <ClaimStatusBadge status={relation.other.status as ClaimStatus} /> {relation.other.source.title}
                </p>
                {relation.sharesOrigin ? (
                  <p className="text-xs text-amber-800">
                    Shares an origin with this claim: {relation.sharedOrigins.join("; ")}.{relation.kind === "contradicts" ? "" : " It does not count as independent."}
                  </p>
                ) : null}
                {relation.note ? <p className="text-xs whitespace-pre-line text-stone-600">{relation.note}</p> : null}
              </div>
              {canRelate ? (
                <form action={action}>
                  <input type="hidden" name="projectId" value={projectId} />
                  <input type="hidden" name="claimId" value={claimId} />
                  <input type="hidden" name="relationId" value={relation.id} />
                  <Button type="submit" variant="danger" disabled={pending} aria-label={`Remove the link to “${relation.other.paraphrase.slice(0, 60)}”`}>
                    Remove
                  </Button>
                </form>
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

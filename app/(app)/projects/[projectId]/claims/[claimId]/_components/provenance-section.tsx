import type { getClaimProvenance } from "@/lib/provenance/get-claim-provenance";
import type { suggestRelations } from "@/lib/relations/suggest-relations";
import { OriginTree } from "./origin-tree";
import { RelateForm } from "./relate-form";
import { RelatedClaims } from "./related-claims";
import { RelationSuggestions } from "./relation-suggestions";

type Props = {
  projectId: string;
  claim: { id: string; paraphrase: string; source: { id: string; title: string } };
  provenance: Awaited<ReturnType<typeof getClaimProvenance>>;
  suggestions: Awaited<ReturnType<typeof suggestRelations>>["suggestions"];
  canRelate: boolean;
};

/** Where the claim's evidence comes from, how many independent origins stand behind it, and the claims related to it. */
export function ProvenanceSection({ projectId, claim, provenance, suggestions, canRelate }: Props) {
  return (
    <section aria-labelledby="provenance-heading" className="space-y-4 rounded-lg border border-stone-200 bg-white p-4">
      <h2 id="provenance-heading" className="font-semibold">
        Provenance
      </h2>
      {provenance.circular ? (
        <div data-testid="provenance-summary" data-circular="true" className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900">
          <p className="font-semibold">{provenance.summary}</p>
          <p>Some of these reports repeat the same original, so they count once: this is not independent corroboration.</p>
        </div>
      ) : (
        <p data-testid="provenance-summary" className="text-sm text-stone-700">
          {provenance.summary}
        </p>
      )}
      <OriginTree paraphrase={claim.paraphrase} source={claim.source} origins={provenance.origins} />
      <RelatedClaims projectId={projectId} claimId={claim.id} relations={provenance.relations} canRelate={canRelate} />
      {canRelate ? (
        <>
          <RelationSuggestions projectId={projectId} claimId={claim.id} suggestions={suggestions} />
          <RelateForm projectId={projectId} claimId={claim.id} />
        </>
      ) : null}
    </section>
  );
}

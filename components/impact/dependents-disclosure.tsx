import Link from "next/link";
import { ClaimStatusBadge } from "@/components/claim-status-badge";
import { Badge } from "@/components/ui/badge";
import { BRIEF_STATUS_LABELS } from "@/lib/briefs/schemas";
import type { BriefStatus, ClaimStatus } from "@/lib/generated/prisma/enums";

type Dependents = {
  claims: { id: string; paraphrase: string; status: ClaimStatus }[];
  briefs: { id: string; title: string; status: BriefStatus }[];
};

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

/** "What depends on this": the claims and briefs that rest on a source or a claim, each a link. */
export function DependentsDisclosure({ projectId, dependents, what }: { projectId: string; dependents: Dependents; what: "source" | "claim" }) {
  const { claims, briefs } = dependents;
  return (
    <details className="rounded-lg border border-stone-200 bg-white p-4 text-sm" data-testid="dependents">
      <summary className="cursor-pointer font-semibold">
        What depends on this <span className="font-normal text-stone-600">({plural(claims.length, "claim")}, {plural(briefs.length, "brief")})</span>
      </summary>
      {claims.length === 0 && briefs.length === 0 ? <p className="mt-2 text-stone-600">Nothing rests on this {what} yet.</p> : null}
      {claims.length ? (
        <>
          <h3 className="mt-3 font-medium">{what === "source" ? "Its claims" : "Claims corroborating or duplicating it"}</h3>
          <ul className="mt-1 space-y-1">
            {claims.map((claim) => (
              <li key={claim.id} className="flex items-start gap-2">
                <ClaimStatusBadge status={claim.status} />
                <Link href={`/projects/${projectId}/claims/${claim.id}`} className="text-blue-700 hover:underline">
                  {claim.paraphrase}
                </Link>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {briefs.length ? (
        <>
          <h3 className="mt-3 font-medium">Briefs citing {what === "source" ? "it or its claims" : "it"}</h3>
          <ul className="mt-1 space-y-1">
            {briefs.map((brief) => (
              <li key={brief.id} className="flex items-start gap-2">
                <Badge tone={brief.status === "APPROVED" ? "green" : brief.status === "IN_REVIEW" ? "amber" : "neutral"}>{BRIEF_STATUS_LABELS[brief.status]}</Badge>
                <Link href={`/projects/${projectId}/briefs/${brief.id}`} className="text-blue-700 hover:underline">
                  {brief.title}
                </Link>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </details>
  );
}

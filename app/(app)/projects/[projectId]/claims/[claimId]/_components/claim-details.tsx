import Link from "next/link";
import type { getClaim } from "@/lib/claims/get-claim";
import { CREDIBILITY_LABELS } from "@/lib/claims/schemas";
import { formatDateTime } from "@/lib/format";
import { reliabilityLabel } from "@/lib/sources/labels";
import { ReliabilityBadge } from "../../../sources/_components/reliability-badge";
import { ThemeTags } from "@/components/theme-tags";

type Claim = Awaited<ReturnType<typeof getClaim>>;

/** The claim's source and its reliability, themes, credibility, note and the footnotes it relies on. */
export function ClaimDetails({ projectId, claim }: { projectId: string; claim: Claim }) {
  return (
    <section aria-labelledby="details-heading" className="rounded-lg border border-stone-200 bg-white p-4 text-sm">
      <h2 id="details-heading" className="mb-2 font-semibold">
        Details
      </h2>
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-2">
        <dt className="text-stone-500">Source</dt>
        <dd className="flex flex-wrap items-center gap-1.5">
          <Link href={`/projects/${projectId}/sources/${claim.source.id}`} className="text-blue-700 hover:underline">
            {claim.source.title}
          </Link>
          <ReliabilityBadge grade={claim.source.reliability} title={reliabilityLabel(claim.source.reliability)} />
          <span className="text-stone-600">{reliabilityLabel(claim.source.reliability)}</span>
        </dd>
        <dt className="text-stone-500">Themes</dt>
        <dd>
          {claim.themes.length ? (
            <ThemeTags themes={claim.themes} />
          ) : (
            "none"
          )}
        </dd>
        <dt className="text-stone-500">Credibility</dt>
        <dd>
          {claim.credibility} — {CREDIBILITY_LABELS[claim.credibility]}
          {claim.credibilityRationale ? (
            <p className="mt-1 text-xs text-amber-800" data-testid="credibility-override">
              Kept at 1 without two independent origins by {claim.credibilityOverriddenBy?.name ?? "an owner"}: “{claim.credibilityRationale}”
            </p>
          ) : null}
        </dd>
        {claim.note ? (
          <>
            <dt className="text-stone-500">Note</dt>
            <dd className="whitespace-pre-line">{claim.note}</dd>
          </>
        ) : null}
        <dt className="text-stone-500">Citations</dt>
        <dd>
          {claim.citations.length ? (
            <ol className="space-y-1">
              {claim.citations.map((c) => (
                <li key={c.id}>
                  <span className="font-medium">{c.label}.</span> {c.text}
                </li>
              ))}
            </ol>
          ) : (
            "none"
          )}
        </dd>
        <dt className="text-stone-500">Created</dt>
        <dd>{formatDateTime(claim.createdAt)}</dd>
      </dl>
    </section>
  );
}

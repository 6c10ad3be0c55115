import { Badge } from "@/components/ui/badge";
import type { ClaimHistoryItem } from "@/lib/claims/get-claim-history";
import { CREDIBILITY_LABELS } from "@/lib/claims/schemas";
import { CLAIM_STATUS_TONE } from "@/lib/claims/status-labels";
import { formatDateTime } from "@/lib/format";
import { VERDICT_LABELS } from "@/lib/reviews/schemas";

const safeHref = (url: string) => (/^https?:\/\//i.test(url) ? url : null);

/** Every version and review of the claim and the rest of its trail, newest first. */
export function ClaimHistory({ items }: { items: ClaimHistoryItem[] }) {
  return (
    <section aria-labelledby="history-heading" className="rounded-lg border border-stone-200 bg-white p-4">
      <h2 id="history-heading" className="mb-3 font-semibold">
        History
      </h2>
      <ol className="space-y-4" data-testid="claim-history">
        {items.map((item) => (
          <li key={`${item.kind}-${item.id}`} className="border-l-2 border-stone-200 pl-3" data-kind={item.kind}>
            <p className="text-sm">
              {item.kind === "hidden" ? (
                <span data-testid="hidden-reviews">
                  {item.count === 1 ? "1 review" : `${item.count} reviews`} hidden until you give yours — blind review
                </span>
              ) : (
                <>
                  <span className="font-medium">{item.actor?.name ?? "Someone"}</span> <Entry item={item} />
                </>
              )}
              <time dateTime={item.at.toISOString()} className="ml-2 text-xs text-stone-500">
                {formatDateTime(item.at)}
              </time>
            </p>
            <Details item={item} />
          </li>
        ))}
      </ol>
    </section>
  );
}

function Entry({ item }: { item: ClaimHistoryItem }) {
  switch (item.kind) {
    case "review":
      return (
        <>
          reviewed revision {item.claimRevision}: <Badge tone={CLAIM_STATUS_TONE[item.verdict]}>{VERDICT_LABELS[item.verdict]}</Badge>
          {item.credibility !== null ? (
            <span className="ml-1 text-stone-600" data-testid="review-grade">
              graded {item.credibility} — {CREDIBILITY_LABELS[item.credibility]?.toLowerCase()}
            </span>
          ) : null}
        </>
      );
    case "edit":
      return <>edited the claim (revision {item.revision})</>;
    case "event":
      return <>{item.sentence}</>;
    case "hidden":
      return null;
  }
}

function Details({ item }: { item: ClaimHistoryItem }) {
  if (item.kind === "review") {
    const href = item.evidenceUrl ? safeHref(item.evidenceUrl) : null;
    return (
      <div className="mt-1 space-y-1 text-sm text-stone-700">
        <p className="whitespace-pre-line">{item.rationale}</p>
        {href ? (
          <p>
            Evidence:{" "}
            <a href={href} rel="noopener noreferrer nofollow" target="_blank" className="break-all text-blue-700 hover:underline">
              {href}
            </a>
          </p>
        ) : null}
        {item.citation ? (
          <p className="text-stone-600">
            Cites note {item.citation.label}: {item.citation.text.slice(0, 160)}
          </p>
        ) : null}
      </div>
    );
  }
  if (item.kind === "edit") {
    if (item.changes.length === 0) return <p className="mt-1 text-sm text-stone-500">No visible change.</p>;
    return (
      <dl className="mt-1 grid grid-cols-[auto_1fr] gap-x-3 gap-y-0.5 text-sm">
        {item.changes.map((change) => (
          <div key={change.field} className="contents">
            <dt className="text-stone-500">{change.field}</dt>
            <dd>
              <del className="text-stone-500">{change.before}</del> → <ins className="no-underline">{change.after}</ins>
            </dd>
          </div>
        ))}
      </dl>
    );
  }
  if (item.kind === "hidden") return null;
  return item.comment ? <p className="mt-1 text-sm whitespace-pre-line text-stone-700">“{item.comment}”</p> : null;
}

"use client";

import Link from "next/link";
import { formatDate } from "@/lib/format";
import type { TriageClaim } from "@/lib/reviews/list-review-triage";
import { useTriage } from "./triage";

/** The queue: the claims assigned to the reviewer, then those waiting for anyone; the selected one is current. */
export function TriageList(props: { projectId: string; assigned: TriageClaim[]; waiting: TriageClaim[]; assignedTotal: number; waitingTotal: number }) {
  const triage = useTriage();
  return (
    <nav aria-label="Review queue" className="space-y-5">
      <p role="status" className="text-sm text-green-800 empty:hidden" data-testid="triage-status">
        {triage.announcement}
      </p>
      <Section projectId={props.projectId} id="assigned" title="Awaiting my review" total={props.assignedTotal} claims={props.assigned} empty="Nothing is assigned to you." />
      {props.waitingTotal > 0 ? (
        <Section projectId={props.projectId} id="waiting" title="Waiting for a reviewer" total={props.waitingTotal} claims={props.waiting} hint="Your verdict takes the claim." />
      ) : null}
      <button type="button" onClick={triage.openShortcuts} className="text-sm text-stone-600 hover:text-stone-900 hover:underline">
        Keyboard shortcuts <kbd className="ml-1 rounded border border-stone-300 bg-stone-50 px-1.5 font-mono text-xs">?</kbd>
      </button>
    </nav>
  );
}

function Section(props: { projectId: string; id: string; title: string; total: number; claims: TriageClaim[]; empty?: string; hint?: string }) {
  const { selectedId } = useTriage();
  return (
    <section aria-labelledby={`triage-${props.id}-heading`}>
      <h2 id={`triage-${props.id}-heading`} className="mb-1 flex items-baseline gap-2 text-sm font-semibold text-stone-800">
        {props.title}
        <span className="rounded bg-amber-100 px-1.5 py-0.5 text-xs text-amber-900 tabular-nums" data-testid={`triage-${props.id}-count`}>
          {props.total.toLocaleString("en")}
        </span>
      </h2>
      {props.hint ? <p className="mb-1 text-xs text-stone-500">{props.hint}</p> : null}
      {props.claims.length === 0 ? (
        <p className="text-sm text-stone-600">{props.empty}</p>
      ) : (
        <ol className="divide-y divide-stone-100 rounded-lg border border-stone-200 bg-white" data-testid={`triage-${props.id}`}>
          {props.claims.map((claim) => (
            <li key={claim.id}>
              <Link
                href={`/projects/${props.projectId}/reviews?claim=${claim.id}`}
                scroll={false}
                aria-current={claim.id === selectedId ? "true" : undefined}
                data-triage-item={claim.id}
                className="block px-3 py-2 hover:bg-stone-50 focus:outline-2 focus:-outline-offset-2 focus:outline-blue-600 aria-[current=true]:bg-blue-50 aria-[current=true]:shadow-[inset_3px_0_0_var(--color-blue-700)]"
              >
                <span className="line-clamp-2 text-sm text-stone-900">{claim.paraphrase}</span>
                <span className="mt-0.5 block text-xs text-stone-600">
                  {claim.source.title} · by {claim.author.name} · since {formatDate(claim.updatedAt)}
                </span>
              </Link>
            </li>
          ))}
        </ol>
      )}
      {props.total > props.claims.length ? (
        <p className="mt-1 text-xs text-stone-500">
          The {props.claims.length} oldest of {props.total.toLocaleString("en")}: the rest follow as these are reviewed.
        </p>
      ) : null}
    </section>
  );
}

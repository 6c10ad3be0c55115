import Link from "next/link";
import { formatDate } from "@/lib/format";
import type { listReviewQueue } from "@/lib/reviews/list-review-queue";

type Queue = Awaited<ReturnType<typeof listReviewQueue>>;

/**
 * "Awaiting my review" on the home page: the claims in review assigned to me, oldest first, and what waits in
 * shared queues; the oldest claim's project's review triage takes them in turn.
 */
export function ReviewQueue({ queue }: { queue: Queue }) {
  return (
    <section aria-labelledby="queue-heading" className="rounded-lg border border-amber-200 bg-white p-5" data-testid="review-queue">
      <h2 id="queue-heading" className="mb-3 text-base font-semibold">
        Awaiting my review <span className="ml-1 rounded bg-amber-100 px-1.5 py-0.5 text-sm text-amber-900 tabular-nums">{queue.total}</span>
      </h2>
      {queue.total === 0 ? (
        <p className="text-sm text-stone-600">Nothing is waiting for you. Claims assigned to you for review appear here.</p>
      ) : (
        <ol className="-mx-1 divide-y divide-stone-100">
          {queue.claims.map((claim) => (
            <li key={claim.id} className="px-1 py-2">
              <Link href={`/projects/${claim.project.id}/claims/${claim.id}`} className="line-clamp-3 text-sm text-stone-900 hover:text-blue-800 hover:underline">
                {claim.paraphrase}
              </Link>
              <p className="text-xs text-stone-500">
                {claim.project.name} · {claim.source.title} · by {claim.author.name} · waiting since {formatDate(claim.updatedAt)}
              </p>
            </li>
          ))}
        </ol>
      )}
      {queue.claims[0] ? (
        <Link href={`/projects/${queue.claims[0].project.id}/reviews?claim=${queue.claims[0].id}`} className="mt-2 inline-block text-sm font-medium text-blue-700 hover:underline" data-testid="start-reviewing">
          Review them one after another →
        </Link>
      ) : null}
      {queue.waiting > 0 ? (
        <p className="mt-2 text-sm text-stone-700" data-testid="shared-queue">
          {queue.waiting === 1 ? "1 more claim waits" : `${queue.waiting.toLocaleString("en")} more claims wait`} for any reviewer to take it: see “Waiting for a reviewer” on each project&apos;s Reviews tab.
        </p>
      ) : null}
      {queue.total > queue.claims.length ? (
        <p className="mt-2 text-sm text-stone-600">
          Showing the {queue.claims.length} oldest of {queue.total.toLocaleString("en")}. Each project&apos;s claims board lists the rest under “Awaiting my review”.
        </p>
      ) : null}
    </section>
  );
}

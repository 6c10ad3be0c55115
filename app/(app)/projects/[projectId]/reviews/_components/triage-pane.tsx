import Link from "next/link";
import { ClaimStatusBadge } from "@/components/claim-status-badge";
import type { ClaimHistoryItem } from "@/lib/claims/get-claim-history";
import type { getClaim } from "@/lib/claims/get-claim";
import { latestReview, latestReviewId } from "@/lib/reviews/latest-review";
import { VERDICT_LABELS } from "@/lib/reviews/schemas";
import { ClaimDetails } from "../../claims/[claimId]/_components/claim-details";
import { ClaimHistory } from "../../claims/[claimId]/_components/claim-history";
import { QuoteInContext } from "../../claims/[claimId]/_components/quote-in-context";
import { TriageReview } from "./triage-review";

type Claim = Awaited<ReturnType<typeof getClaim>>;

/** The selected claim as its page shows it, with the verdict form (or why there is none) under its quote. */
export function TriagePane(props: {
  projectId: string;
  userId: string;
  claim: Claim;
  context: { before: string; quote: string; after: string; current: boolean };
  history: ClaimHistoryItem[];
  inQueue: boolean;
  /** Null when the user may not review this claim (their own, or a draft). */
  citations: { id: string; label: string; text: string }[] | null;
}) {
  const { projectId, claim, history } = props;
  const mine = claim.authorId === props.userId;
  return (
    <article aria-labelledby="triage-claim-heading" className="min-w-0 space-y-4" data-testid="triage-claim">
      {props.inQueue ? null : <NotInQueue claim={claim} history={history} userId={props.userId} />}
      <header className="space-y-1.5">
        <div className="flex flex-wrap items-center gap-2 text-sm">
          <span data-testid="claim-status">
            <ClaimStatusBadge status={claim.status} />
          </span>
          <span className="text-stone-600">
            by {claim.author.name} · reviewer {claim.assignee ? claim.assignee.name : "not assigned"} · revision {claim.revision}
          </span>
          <Link href={`/projects/${projectId}/claims/${claim.id}`} className="ml-auto text-blue-700 hover:underline">
            Open the claim page <kbd className="rounded border border-stone-300 bg-stone-50 px-1 font-mono text-xs">o</kbd>
          </Link>
        </div>
        <h2 id="triage-claim-heading" className="text-lg leading-snug font-semibold text-stone-900">
          {claim.paraphrase}
        </h2>
      </header>
      <QuoteInContext context={props.context} readerHref={`/projects/${projectId}/sources/${claim.source.id}?claim=${claim.id}`} />
      {props.citations ? (
        <TriageReview key={claim.id} projectId={projectId} claimId={claim.id} claimRevision={claim.revision} latestReviewId={latestReviewId(history)} citations={props.citations} />
      ) : (
        <p className="rounded-lg border border-dashed border-stone-300 bg-white p-3 text-sm text-stone-600">
          {mine ? "You wrote this claim, so someone else reviews it." : "A draft can be reviewed once its author submits it."}
        </p>
      )}
      <ClaimDetails projectId={projectId} claim={claim} />
      <ClaimHistory items={history} />
    </article>
  );
}

/** Why a claim shown here is not in the queue: reviewed meanwhile, someone else's, or never waiting for the user. */
function NotInQueue({ claim, history, userId }: { claim: Claim; history: ClaimHistoryItem[]; userId: string }) {
  const review = latestReview(history);
  const reviewer = review?.actor?.id === userId ? "You" : (review?.actor?.name ?? "Someone");
  const text =
    claim.status !== "IN_REVIEW" && claim.status !== "DRAFT" && review
      ? `${reviewer} reviewed this claim: ${VERDICT_LABELS[review.verdict].toLowerCase()}. It has left the queue.`
      : claim.status === "IN_REVIEW" && claim.assignee && claim.assignee.id !== userId
        ? `This claim waits for ${claim.assignee.name}'s review, not yours.`
        : "This claim is not in your queue.";
  return (
    <p role="status" className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-950" data-testid="not-in-queue">
      {text}
    </p>
  );
}

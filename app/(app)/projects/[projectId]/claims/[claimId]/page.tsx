import type { Metadata } from "next";
import Link from "next/link";
import { ClaimStatusBadge } from "@/components/claim-status-badge";
import { MarkingBadge } from "@/components/markings/marking-badge";
import { CommentThread } from "@/components/comments/comment-thread";
import { Badge } from "@/components/ui/badge";
import { can } from "@/lib/authz/permissions";
import { getClaim } from "@/lib/claims/get-claim";
import { getClaimContext } from "@/lib/claims/get-claim-context";
import { getClaimHistory } from "@/lib/claims/get-claim-history";
import { instanceMarkings } from "@/lib/markings/instance-markings";
import { claimMarking } from "@/lib/markings/withhold";
import { listMembers } from "@/lib/members/list-members";
import { getClaimProvenance } from "@/lib/provenance/get-claim-provenance";
import { suggestRelations } from "@/lib/relations/suggest-relations";
import { latestReviewId } from "@/lib/reviews/latest-review";
import { canMoveShown } from "@/lib/reviews/blind-review";
import { listCitationChoices } from "@/lib/sources/list-citation-choices";
import { loadProject, orNotFound } from "../../_lib/load-project";
import { commentActions } from "../../comments/comment-actions";
import { AssignForm } from "./_components/assign-form";
import { ClaimDetails } from "./_components/claim-details";
import { ClaimHistory } from "./_components/claim-history";
import { ClaimImpact } from "./_components/claim-impact";
import { ClaimMarkingForm } from "./_components/claim-marking-form";
import { PassBackForm } from "./_components/pass-back-form";
import { ProvenanceSection } from "./_components/provenance-section";
import { QuoteInContext } from "./_components/quote-in-context";
import { ReviewForm } from "./_components/review-form";
import { StatusActions } from "./_components/status-actions";

export const metadata: Metadata = { title: "Claim" };

export default async function ClaimPage({ params }: { params: Promise<{ projectId: string; claimId: string }> }) {
  const { projectId, claimId } = await params;
  const { user, project } = await loadProject(projectId);
  const ids = { userId: user.id, projectId, claimId };
  const [claim, context, history, { members }] = await Promise.all([
    orNotFound(getClaim(ids)),
    orNotFound(getClaimContext(ids)),
    orNotFound(getClaimHistory(ids)),
    orNotFound(listMembers({ userId: user.id, projectId })),
  ]);
  const mine = claim.authorId === user.id;
  const canChange = (mine && can(project.role, "claim.update_own")) || can(project.role, "claim.update_any");
  const canReview = can(project.role, "claim.review") && !mine && canMoveShown(claim.status, "review");
  // Assigning a draft submits it, which only its author or an owner may do.
  const canAssign = can(project.role, "claim.assign") && (claim.status !== "DRAFT" || canChange);
  const citationChoices = canReview ? await orNotFound(listCitationChoices({ userId: user.id, projectId, sourceId: claim.source.id })) : [];
  const reviewers = members.filter((m) => can(m.role, "claim.review") && m.id !== claim.authorId).map((m) => ({ id: m.id, name: m.name }));
  const markings = instanceMarkings();
  const canRelate = can(project.role, "claim.relate");
  const [provenance, { suggestions }] = await Promise.all([orNotFound(getClaimProvenance(ids)), canRelate ? orNotFound(suggestRelations(ids)) : { suggestions: [] }]);
  const readerHref = `/projects/${projectId}/sources/${claim.source.id}?claim=${claim.id}`;

  return (
    <article aria-labelledby="claim-heading" className="space-y-6">
      <header className="space-y-2">
        <Link href={`/projects/${projectId}/claims`} className="text-sm text-blue-700 hover:underline">
          ← Claims
        </Link>
        <div className="flex flex-wrap items-center gap-2">
          <span data-testid="claim-status">
            <ClaimStatusBadge status={claim.status} />
          </span>
          {claim.orphaned ? <Badge tone="red">Quote not found in the current version</Badge> : null}
          <MarkingBadge marking={claimMarking(claim, markings)} />
          <span className="text-sm text-stone-600">
            by {claim.author.name} · reviewer {claim.assignee ? claim.assignee.name : "not assigned"} · revision {claim.revision}
          </span>
        </div>
        <h1 id="claim-heading" className="text-xl leading-snug font-semibold text-stone-900">
          {claim.paraphrase}
        </h1>
      </header>

      <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_340px]">
        <div className="space-y-5">
          <ClaimImpact userId={user.id} projectId={projectId} claimId={claim.id} role={project.role} source={claim.source} />
          <QuoteInContext context={context} readerHref={readerHref} />
          <ClaimDetails projectId={projectId} claim={claim} />
        </div>

        <aside aria-label="Review actions" className="space-y-4">
          {canChange && (markings.length || claim.marking) ? (
            <ClaimMarkingForm projectId={projectId} claimId={claim.id} marking={claim.marking} revision={claim.revision} markings={markings} />
          ) : null}
          {canChange ? <StatusActions projectId={projectId} claimId={claim.id} canSubmit={canMoveShown(claim.status, "submit")} canWithdraw={canMoveShown(claim.status, "withdraw")} /> : null}
          {canReview ? (
            <ReviewForm
              projectId={projectId}
              claimId={claim.id}
              claimRevision={claim.revision}
              latestReviewId={latestReviewId(history)}
              citations={citationChoices.map((c) => ({ id: c.id, label: c.label, text: c.text.slice(0, 120) }))}
            />
          ) : can(project.role, "claim.review") ? (
            <p className="rounded-lg border border-dashed border-stone-300 bg-white p-3 text-sm text-stone-600">
              {mine ? "You wrote this claim, so someone else reviews it." : "A draft can be reviewed once its author submits it."}
            </p>
          ) : null}
          {claim.assigneeId === user.id && can(project.role, "claim.review") ? <PassBackForm projectId={projectId} claimId={claim.id} /> : null}
          {canAssign ? <AssignForm
              projectId={projectId}
              claimId={claim.id}
              assigneeId={claim.assigneeId}
              reviewers={reviewers}
              isDraft={claim.status === "DRAFT"}
              takeAs={claim.status === "IN_REVIEW" && claim.assigneeId === null && claim.authorId !== user.id && can(project.role, "claim.review") ? user.id : undefined}
            /> : null}
        </aside>
      </div>

      <ProvenanceSection projectId={projectId} claim={claim} provenance={provenance} suggestions={suggestions} canRelate={canRelate} />

      <ClaimHistory items={history} />

      <CommentThread projectId={projectId} claimId={claimId} currentUser={user} role={project.role} actions={commentActions} />
    </article>
  );
}

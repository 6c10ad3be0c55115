import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { EmptyState } from "@/components/ui/empty-state";
import { can } from "@/lib/authz/permissions";
import { getClaim } from "@/lib/claims/get-claim";
import { getClaimContext } from "@/lib/claims/get-claim-context";
import { getClaimHistory } from "@/lib/claims/get-claim-history";
import { listReviewTriage } from "@/lib/reviews/list-review-triage";
import { canMoveShown } from "@/lib/reviews/blind-review";
import { listCitationChoices } from "@/lib/sources/list-citation-choices";
import { loadProject, orNotFound } from "../_lib/load-project";
import { TriageProvider } from "./_components/triage";
import { TriageList } from "./_components/triage-list";
import { TriagePane } from "./_components/triage-pane";

export const metadata: Metadata = { title: "Reviews" };

export default async function ReviewsPage({
  params,
  searchParams,
}: {
  params: Promise<{ projectId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { projectId } = await params;
  const { claim: requested } = await searchParams;
  const { user, project } = await loadProject(projectId);
  if (!can(project.role, "claim.review")) {
    return (
      <div className="space-y-4">
        <AgreementLink projectId={projectId} />
        <EmptyState title="Nothing to review">Viewers read claims and discuss them; the project&apos;s other members review them.</EmptyState>
      </div>
    );
  }
  const triage = await orNotFound(listReviewTriage({ userId: user.id, projectId }));
  const queueIds = [...triage.assigned, ...triage.waiting].map((c) => c.id);
  const selectedId = typeof requested === "string" && requested ? requested : queueIds[0];
  // The first claim goes into the URL too, so that a refresh (live updates) keeps it on screen once it has left the
  // queue, with whatever the reviewer has typed.
  if (selectedId && selectedId !== requested) redirect(`/projects/${projectId}/reviews?claim=${encodeURIComponent(selectedId)}`);
  const selected = selectedId ? await loadSelected(user.id, projectId, selectedId) : null;

  return (
    <TriageProvider projectId={projectId} queueIds={queueIds} selectedId={selected?.claim.id ?? null}>
      <AgreementLink projectId={projectId} />
      <div className="grid items-start gap-6 lg:grid-cols-[minmax(0,20rem)_minmax(0,1fr)]">
        <TriageList projectId={projectId} {...triage} />
        {selected ? (
          <TriagePane key={selected.claim.id} projectId={projectId} userId={user.id} inQueue={queueIds.includes(selected.claim.id)} {...selected} />
        ) : (
          <EmptyState title="All caught up">No claim waits for your review in this project. New ones appear here as they are sent for review.</EmptyState>
        )}
      </div>
    </TriageProvider>
  );
}

function AgreementLink({ projectId }: { projectId: string }) {
  return (
    <p className="mb-4 text-right text-sm">
      <Link href={`/projects/${projectId}/reviews/agreement`} className="text-blue-700 hover:underline">
        Agreement between reviewers →
      </Link>
    </p>
  );
}

/** The selected claim as its page shows it, and the footnotes a verdict may cite when the user may give one (not on their own claim or a draft). */
async function loadSelected(userId: string, projectId: string, claimId: string) {
  const ids = { userId, projectId, claimId };
  const [claim, context, history] = await Promise.all([orNotFound(getClaim(ids)), orNotFound(getClaimContext(ids)), orNotFound(getClaimHistory(ids))]);
  const canReview = claim.authorId !== userId && canMoveShown(claim.status, "review");
  const citations = canReview ? await orNotFound(listCitationChoices({ userId, projectId, sourceId: claim.source.id })) : null;
  return { claim, context, history, citations: citations?.map((c) => ({ id: c.id, label: c.label, text: c.text.slice(0, 120) })) ?? null };
}

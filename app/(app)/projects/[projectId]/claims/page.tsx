import type { Metadata } from "next";
import { EmptyState } from "@/components/ui/empty-state";
import { countClaimsByStatus } from "@/lib/claims/count-claims-by-status";
import { CLAIM_STATUS_LABELS } from "@/lib/claims/status-labels";
import { loadProject, orNotFound } from "../_lib/load-project";

export const metadata: Metadata = { title: "Claims" };

export default async function ClaimsPage({ params }: { params: Promise<{ projectId: string }> }) {
  const { projectId } = await params;
  const { user } = await loadProject(projectId);
  const counts = await orNotFound(countClaimsByStatus({ userId: user.id, projectId }));
  const total = Object.values(counts).reduce((a, b) => a + b, 0);

  return (
    <div className="space-y-4">
      <ul className="flex flex-wrap gap-2" aria-label="Claims by status">
        {Object.entries(counts).map(([status, n]) => (
          <li key={status} className="rounded-md border border-stone-200 bg-white px-3 py-1.5">
            <span className="text-stone-600">{CLAIM_STATUS_LABELS[status as keyof typeof counts]}</span>{" "}
            <span className="font-semibold tabular-nums">{n}</span>
          </li>
        ))}
      </ul>
      {total === 0 ? (
        <EmptyState title="No claims yet">
          A claim is a statement pulled out of a source: its exact words, your paraphrase, its strategic themes and the
          footnotes it rests on. Claims are made by highlighting text in a source.
        </EmptyState>
      ) : null}
    </div>
  );
}

import type { Metadata } from "next";
import Link from "next/link";
import { buttonClass } from "@/components/ui/button";
import { getAgreement } from "@/lib/agreement/get-agreement";
import { loadProject, orNotFound } from "../../_lib/load-project";
import { AlphaCard, PairTable } from "./_components/agreement-view";

export const metadata: Metadata = { title: "Agreement between reviewers" };

export default async function AgreementPage({ params }: { params: Promise<{ projectId: string }> }) {
  const { projectId } = await params;
  const { user, project } = await loadProject(projectId);
  const agreement = await orNotFound(getAgreement({ userId: user.id, projectId }));
  return (
    <div className="max-w-3xl space-y-6">
      <div className="space-y-1">
        <Link href={`/projects/${projectId}/reviews`} className="text-sm text-blue-700 hover:underline">
          ← Reviews
        </Link>
        <h2 className="text-lg font-semibold">Agreement between reviewers</h2>
        <p className="text-sm text-stone-600">
          How far the reviewers of this project agree, beyond what chance would give. Each reviewer counts once per claim, with their latest review.
          {project.blindReview ? " Blind review is on: reviewers give their verdicts without seeing the others'." : null}
        </p>
      </div>
      <div className="grid gap-4 sm:grid-cols-2">
        <AlphaCard id="verdict" title="Verdicts" scale="Verified, disputed, needs evidence (nominal)" {...agreement.verdict} />
        <AlphaCard id="credibility" title="Credibility grades" scale="Grades 1–6 the reviewers gave (ordinal)" {...agreement.credibility} />
      </div>
      <section aria-labelledby="pairs-heading" className="space-y-2">
        <h2 id="pairs-heading" className="text-base font-semibold">
          Pairs of reviewers
        </h2>
        <p className="text-sm text-stone-600">
          Cohen&apos;s κ on verdicts over the claims both reviewed: 1 is full agreement, 0 no more than chance, below 0 less than chance. With few
          shared claims it says little.
        </p>
        <PairTable pairs={agreement.pairs} />
      </section>
      <a href={`/projects/${projectId}/reviews/agreement/export`} className={buttonClass("secondary")} download data-testid="agreement-csv">
        Download CSV
      </a>
    </div>
  );
}

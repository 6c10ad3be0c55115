import { DependentsDisclosure } from "@/components/impact/dependents-disclosure";
import { ImpactWarnings } from "@/components/impact/impact-warnings";
import { RetractedBadge } from "@/components/impact/retracted-badge";
import { RetractionBanner } from "@/components/impact/retraction-banner";
import { can } from "@/lib/authz/permissions";
import type { MemberRole } from "@/lib/generated/prisma/enums";
import { listClaimDependents } from "@/lib/impact/list-claim-dependents";
import { listWarnings } from "@/lib/impact/list-warnings";

type Source = { title: string; retractedAt: Date | null; retractionNote: string; retractedBy: { name: string } | null };

/**
 * What a claim rests on and what rests on it: its source's retraction, the
 * warnings nobody acknowledged yet, and what depends on the claim.
 */
export async function ClaimImpact({ userId, projectId, claimId, role, source }: { userId: string; projectId: string; claimId: string; role: MemberRole; source: Source }) {
  const [{ warnings }, dependents] = await Promise.all([
    listWarnings({ userId, projectId, filters: { claimId, open: "1" } }),
    listClaimDependents({ userId, projectId, claimId }),
  ]);
  return (
    <div className="space-y-4">
      {source.retractedAt ? (
        <div>
          <p className="flex items-center gap-2 text-sm">
            <RetractedBadge retractedAt={source.retractedAt} /> Its source “{source.title}” is retracted.
          </p>
          <RetractionBanner source={source} />
        </div>
      ) : null}
      <ImpactWarnings projectId={projectId} warnings={warnings} canAcknowledge={can(role, "warning.acknowledge")} subject="claim" />
      <DependentsDisclosure projectId={projectId} dependents={dependents} what="claim" />
    </div>
  );
}

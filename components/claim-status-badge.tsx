import { Badge } from "@/components/ui/badge";
import type { ClaimStatus } from "@/lib/generated/prisma/enums";
import { CLAIM_STATUS_LABELS, CLAIM_STATUS_TONE } from "@/lib/claims/status-labels";

export function ClaimStatusBadge({ status }: { status: ClaimStatus }) {
  return <Badge tone={CLAIM_STATUS_TONE[status]}>{CLAIM_STATUS_LABELS[status]}</Badge>;
}

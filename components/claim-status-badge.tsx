import { Badge } from "@/components/ui/badge";
import { CLAIM_STATUS_LABELS, CLAIM_STATUS_TONE } from "@/lib/claims/status-labels";
import { HIDDEN_VERDICT, HIDDEN_VERDICT_LABEL, type ShownStatus } from "@/lib/reviews/blind-review";

export function ClaimStatusBadge({ status }: { status: ShownStatus }) {
  if (status === HIDDEN_VERDICT) return <Badge tone="neutral">{HIDDEN_VERDICT_LABEL}</Badge>;
  return <Badge tone={CLAIM_STATUS_TONE[status]}>{CLAIM_STATUS_LABELS[status]}</Badge>;
}

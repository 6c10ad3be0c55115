import { Badge } from "@/components/ui/badge";
import { BRIEF_STATUS_LABELS } from "@/lib/briefs/schemas";

export function BriefStatusBadge({ status }: { status: keyof typeof BRIEF_STATUS_LABELS }) {
  return <Badge tone={status === "APPROVED" ? "green" : status === "IN_REVIEW" ? "amber" : "neutral"}>{BRIEF_STATUS_LABELS[status]}</Badge>;
}

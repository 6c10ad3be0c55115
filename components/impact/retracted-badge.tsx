import { Badge } from "@/components/ui/badge";

/** Marks a retracted source, or a claim resting on one, in lists. */
export function RetractedBadge({ retractedAt }: { retractedAt: Date | string | null | undefined }) {
  if (!retractedAt) return null;
  return (
    <span data-testid="retracted-badge">
      <Badge tone="red">Retracted</Badge>
    </span>
  );
}

import { Badge } from "@/components/ui/badge";

/** A handling marking beside a title: nothing when unmarked. */
export function MarkingBadge({ marking }: { marking: string | null }) {
  if (!marking) return null;
  return (
    <span data-testid="marking-badge" title="Handling marking">
      <Badge tone="red">{marking}</Badge>
    </span>
  );
}

import { Badge } from "@/components/ui/badge";
import type { Reliability } from "@/lib/generated/prisma/enums";
import { reliabilityLabel } from "@/lib/sources/labels";

/** A source's grade; a source nobody has graded yet reads "Not graded", never F. */
export function ReliabilityBadge({ grade, title = reliabilityLabel(grade) }: { grade: Reliability | null; title?: string }) {
  if (grade === null) {
    return (
      <span title={title}>
        <Badge tone="neutral">Not graded</Badge>
      </span>
    );
  }
  const tone = grade <= "B" ? "green" : grade === "C" ? "blue" : grade === "F" ? "neutral" : "amber";
  return (
    <span title={title}>
      <Badge tone={tone}>{grade}</Badge>
      <span className="sr-only"> — {title}</span>
    </span>
  );
}

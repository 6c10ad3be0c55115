import { Badge } from "@/components/ui/badge";
import type { Reliability } from "@/lib/generated/prisma/enums";

export function ReliabilityBadge({ grade, title }: { grade: Reliability; title: string }) {
  const tone = grade <= "B" ? "green" : grade === "C" ? "blue" : grade === "F" ? "neutral" : "amber";
  return (
    <span title={title}>
      <Badge tone={tone}>{grade}</Badge>
      <span className="sr-only"> — {title}</span>
    </span>
  );
}

/**
 * Reliability from best to worst: A (completely reliable) to E
 * (unreliable), then F (reliability cannot be judged), which says less than
 * any grade. Not graded yet (null) is outside the order: grading a source for
 * the first time is never a downgrade, whatever the grade.
 */
const ORDER = ["A", "B", "C", "D", "E", "F"] as const;

export function isDowngrade(before: string | null, after: string | null): boolean {
  if (before === null || after === null) return false;
  const from = ORDER.indexOf(before as (typeof ORDER)[number]);
  const to = ORDER.indexOf(after as (typeof ORDER)[number]);
  return from >= 0 && to >= 0 && to > from;
}

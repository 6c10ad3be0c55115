/**
 * The choices of a marking select: "Unmarked" and the instance's list, lowest
 * first, and a value stored before the list changed so that it is not lost
 * on the next save.
 */
export function MarkingOptions({ markings, current, none = "Unmarked" }: { markings: readonly string[]; current: string | null; none?: string }) {
  return (
    <>
      <option value="">{none}</option>
      {markings.map((m) => (
        <option key={m} value={m}>
          {m}
        </option>
      ))}
      {current !== null && !markings.includes(current) ? (
        <option value={current}>{current} (no longer listed)</option>
      ) : null}
    </>
  );
}

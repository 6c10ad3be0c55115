"use client";

import { useRef } from "react";
import { usePlacement, type PickedRange } from "./use-placement";

/**
 * The small "Claim" button by the end of a selection (Hypothesis calls it the
 * adder). It keeps the selection when pressed, so the form opens on the words
 * the analyst still sees selected.
 */
export function ClaimAdder({ picked, onChoose }: { picked: PickedRange; onChoose: () => void }) {
  const ref = useRef<HTMLButtonElement>(null);
  const { top, left } = usePlacement(picked, ref, { atEdge: true });
  return (
    <button
      ref={ref}
      type="button"
      data-claim-adder
      aria-keyshortcuts="Enter c"
      title="Make a claim of the selected words (Enter)"
      // A press on the button must not collapse the selection it acts on.
      onMouseDown={(event) => event.preventDefault()}
      onClick={onChoose}
      style={{ top, left }}
      className="fixed z-30 inline-flex min-h-11 min-w-11 items-center gap-1 rounded-full border border-amber-400 bg-amber-50 px-3 font-sans text-sm font-semibold text-amber-950 shadow-lg hover:bg-amber-100 focus-visible:outline-2 focus-visible:outline-blue-600"
    >
      <span aria-hidden>✎</span> Claim
    </button>
  );
}

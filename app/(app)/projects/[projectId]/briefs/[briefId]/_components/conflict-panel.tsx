"use client";

import { useMemo, useState } from "react";
import { Button } from "@/components/ui/button";
import { diffTexts } from "@/lib/briefs/text-diff";
import type { SaveConflict } from "../../actions";
import { DiffView } from "./diff-view";

/**
 * Shown when a save was refused because someone saved first. Nothing is
 * overwritten until the writer chooses: take their version, keep theirs
 * aside and merge by hand in the editor, or save mine over theirs (theirs
 * stays in the history).
 */
export function ConflictPanel({
  conflict,
  mine,
  onTakeTheirs,
  onKeepMine,
  onMergeByHand,
}: {
  conflict: SaveConflict;
  mine: string;
  onTakeTheirs: () => void;
  onKeepMine: () => void;
  onMergeByHand: () => void;
}) {
  const parts = useMemo(() => diffTexts(conflict.body, mine), [conflict.body, mine]);
  const [showTheirs, setShowTheirs] = useState(false);
  const when = new Date(conflict.changedAt).toLocaleString("en-GB", { dateStyle: "medium", timeStyle: "short" });
  return (
    <section role="alert" aria-labelledby="conflict-heading" className="space-y-3 rounded-lg border border-amber-300 bg-amber-50 p-4 text-sm">
      <h2 id="conflict-heading" className="font-semibold text-amber-900">
        Changed by {conflict.changedBy} at {when}
      </h2>
      <p className="text-amber-900">
        Your last changes were not saved, so nothing of theirs or yours is lost. Below, what you would change in their version (version {conflict.version}):
        <del className="mx-1 bg-red-100">struck</del> is only in theirs, <ins className="mx-1 bg-green-100 no-underline">green</ins> only in yours.
      </p>
      <DiffView parts={parts} label="Their version compared with yours" />
      <div className="flex flex-wrap gap-2">
        <Button variant="secondary" onClick={onTakeTheirs}>
          Use their version
        </Button>
        <Button variant="secondary" onClick={onMergeByHand}>
          Merge by hand
        </Button>
        <Button variant="danger" onClick={onKeepMine}>
          Keep mine (theirs stays in the history)
        </Button>
        <Button variant="ghost" onClick={() => setShowTheirs((v) => !v)} aria-expanded={showTheirs}>
          {showTheirs ? "Hide their text" : "Show their text"}
        </Button>
      </div>
      {showTheirs ? <textarea readOnly value={conflict.body} aria-label="Their version" className="h-48 w-full rounded border border-stone-300 bg-white p-2 font-mono text-xs" /> : null}
    </section>
  );
}

/** While merging by hand: their text beside the editor, to copy from. */
export function TheirVersion({ conflict, onDone }: { conflict: SaveConflict; onDone: () => void }) {
  return (
    <section aria-labelledby="theirs-heading" className="space-y-2 rounded-lg border border-amber-300 bg-amber-50 p-3 text-sm">
      <div className="flex items-center justify-between">
        <h2 id="theirs-heading" className="font-semibold text-amber-900">
          {conflict.changedBy}&apos;s version {conflict.version}
        </h2>
        <Button variant="secondary" onClick={onDone}>
          Done merging
        </Button>
      </div>
      <p className="text-amber-900">Copy what you need into your text; your next save builds on their version.</p>
      <textarea readOnly value={conflict.body} aria-label="Their version" className="h-64 w-full rounded border border-stone-300 bg-white p-2 font-mono text-xs" />
    </section>
  );
}

import type { Ref } from "react";
import { Button } from "@/components/ui/button";

export const SHORTCUTS: [keys: string[], what: string][] = [
  [["j", "↓"], "Next claim in the queue"],
  [["k", "↑"], "Previous claim"],
  [["Enter", "o"], "Open the claim's page"],
  [["v"], "Verify: choose “Verified” and write the rationale"],
  [["d"], "Dispute: choose “Disputed” and write the rationale"],
  [["n"], "Needs evidence: choose it and write the rationale"],
  [["Ctrl+Enter", "⌘+Enter"], "Save the review"],
  [["Esc"], "Leave the review without a verdict"],
  [["?"], "Show these shortcuts"],
];

/** The triage's keys, opened with "?" or the button beside the queue; Escape closes it. */
export function ShortcutsDialog({ ref }: { ref: Ref<HTMLDialogElement> }) {
  return (
    <dialog ref={ref} aria-labelledby="shortcuts-heading" className="m-auto w-full max-w-md rounded-lg border border-stone-200 bg-white p-5 shadow-lg backdrop:bg-stone-900/30">
      <h2 id="shortcuts-heading" className="mb-3 text-base font-semibold">
        Keyboard shortcuts
      </h2>
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1.5 text-sm">
        {SHORTCUTS.map(([keys, what]) => (
          <div key={what} className="contents">
            <dt className="flex gap-1">
              {keys.map((key) => (
                <kbd key={key} className="rounded border border-stone-300 bg-stone-50 px-1.5 font-mono text-xs">
                  {key}
                </kbd>
              ))}
            </dt>
            <dd className="text-stone-700">{what}</dd>
          </div>
        ))}
      </dl>
      <p className="mt-3 text-xs text-stone-500">Keys typed into the rationale or any other field stay text.</p>
      <form method="dialog" className="mt-4 text-right">
        <Button type="submit" variant="secondary">
          Close
        </Button>
      </form>
    </dialog>
  );
}

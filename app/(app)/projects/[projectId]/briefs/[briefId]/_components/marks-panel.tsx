"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import type { BriefWarning } from "@/lib/briefs/brief-warnings";
import type { EstimativeMark } from "@/lib/briefs/estimative-language";
import { dismissMarkAction } from "../../actions";

const KIND_LABEL = { "non-standard": "Off the likelihood scale", hedge: "Vague hedge", mixed: "Confidence and likelihood mixed" } as const;

/** The claims to look at and the estimative-language marks, beside the text; each mark can be shown in the text or dismissed. */
export function MarksPanel({
  target,
  warnings,
  marks,
  canDismiss,
  onShow,
}: {
  target: { projectId: string; briefId: string };
  warnings: BriefWarning[];
  marks: EstimativeMark[];
  canDismiss: boolean;
  /** Selects the sentence in the editor. */
  onShow: (sentence: string) => void;
}) {
  const [dismissed, setDismissed] = useState<Set<string>>(new Set());
  const [error, setError] = useState<string | null>(null);
  const open = marks.filter((m) => !dismissed.has(m.key));

  async function dismiss(key: string) {
    setDismissed((d) => new Set(d).add(key));
    const result = await dismissMarkAction(target, key);
    if (!result.ok) {
      setError(result.message ?? "Could not dismiss.");
      setDismissed((d) => {
        const next = new Set(d);
        next.delete(key);
        return next;
      });
    }
  }

  return (
    <section aria-labelledby="marks-heading" className="space-y-3 rounded-lg border border-stone-200 bg-white p-3 text-sm">
      <h2 id="marks-heading" className="font-semibold">
        To look at ({warnings.length + open.length})
      </h2>
      {warnings.length === 0 && open.length === 0 ? <p className="text-stone-500">Nothing: every claim is sound and the wording follows the scale.</p> : null}
      {warnings.length > 0 ? (
        <ul className="space-y-1.5" aria-label="Claim warnings">
          {warnings.map((w, i) => (
            <li key={`${w.kind}-${w.claimId}-${i}`} data-warning={w.kind} className={`rounded px-2 py-1 ${w.blocking ? "bg-red-50 text-red-900" : "bg-amber-50 text-amber-900"}`}>
              {w.message}{" "}
              {w.kind !== "missing-claim" ? (
                <a href={`/projects/${target.projectId}/claims/${w.claimId}`} className="underline">
                  Open claim
                </a>
              ) : null}
            </li>
          ))}
        </ul>
      ) : null}
      {open.length > 0 ? (
        <ul className="space-y-2" aria-label="Estimative language">
          {open.map((mark) => (
            <li key={mark.key} data-mark={mark.kind} className="rounded border border-violet-200 bg-violet-50 p-2">
              <p className="text-xs font-medium text-violet-900">{KIND_LABEL[mark.kind]}</p>
              <p className="mt-0.5 italic">“{mark.sentence.length > 160 ? `${mark.sentence.slice(0, 159)}…` : mark.sentence}”</p>
              <p className="mt-1 text-stone-700">{mark.explanation}</p>
              <div className="mt-1 flex gap-1">
                <Button variant="ghost" onClick={() => onShow(mark.sentence)}>
                  Show in text
                </Button>
                {canDismiss ? (
                  <Button variant="ghost" onClick={() => void dismiss(mark.key)}>
                    Dismiss
                  </Button>
                ) : null}
              </div>
            </li>
          ))}
        </ul>
      ) : null}
      {error ? (
        <p role="alert" className="text-red-700">
          {error}
        </p>
      ) : null}
    </section>
  );
}

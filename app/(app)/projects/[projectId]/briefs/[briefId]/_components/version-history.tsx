"use client";

import { useActionState, useEffect, useState } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialFormState } from "@/lib/actions/form-state";
import type { DiffPart } from "@/lib/briefs/text-diff";
import { compareVersionsAction, restoreVersionAction } from "../../actions";
import { DiffView } from "./diff-view";

type Version = { version: number; kind: "CREATE" | "SAVE" | "RESTORE"; author: { name: string }; savedAt: string };

const KIND = { CREATE: "created", SAVE: "saved", RESTORE: "restored" } as const;

/** Every saved version; pick any two to see what changed between them, or restore one as a new version. */
export function VersionHistory({ projectId, briefId, versions, canRestore }: { projectId: string; briefId: string; versions: Version[]; canRestore: boolean }) {
  const [from, setFrom] = useState(versions[1]?.version ?? versions[0]?.version ?? 1);
  const [to, setTo] = useState(versions[0]?.version ?? 1);
  const [diff, setDiff] = useState<{ parts: DiffPart[]; stats: { added: number; removed: number }; titleChanged: boolean } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [restoreState, restore] = useActionState(restoreVersionAction, initialFormState);
  // The editor holds the text being typed; after a restore it starts again from the restored text.
  useEffect(() => {
    if (restoreState.ok) window.location.reload();
  }, [restoreState]);

  async function compare() {
    setError(null);
    const result = await compareVersionsAction({ projectId, briefId }, from, to);
    if (result.ok) setDiff(result.data);
    else setError(result.message ?? "Could not compare.");
  }

  const options = versions.map((v) => (
    <option key={v.version} value={v.version}>
      Version {v.version} — {v.author.name}, {v.savedAt}
    </option>
  ));
  return (
    <section aria-labelledby="history-heading" className="space-y-3 rounded-lg border border-stone-200 bg-white p-4 text-sm">
      <h2 id="history-heading" className="font-semibold">
        Version history
      </h2>
      <p className="text-xs text-stone-500">Autosaves by one person within two minutes make one version.</p>
      <ol className="max-h-56 divide-y divide-stone-100 overflow-y-auto">
        {versions.map((v) => (
          <li key={v.version} className="flex items-center justify-between gap-2 py-1.5">
            <span>
              <span className="font-medium">Version {v.version}</span> · {KIND[v.kind]} by {v.author.name} · {v.savedAt}
            </span>
            {canRestore && v.version !== versions[0]?.version ? (
              <form action={restore}>
                <input type="hidden" name="projectId" value={projectId} />
                <input type="hidden" name="briefId" value={briefId} />
                <input type="hidden" name="version" value={v.version} />
                <SubmitButton variant="ghost" pendingText="Restoring…">
                  Restore
                </SubmitButton>
              </form>
            ) : null}
          </li>
        ))}
      </ol>
      <FormMessage state={restoreState} success={restoreState.message} />
      {versions.length > 1 ? (
        <div className="flex flex-wrap items-end gap-2">
          <label className="text-xs">
            From{" "}
            <select value={from} onChange={(e) => setFrom(Number(e.target.value))} className="rounded border border-stone-300 px-1 py-0.5">
              {options}
            </select>
          </label>
          <label className="text-xs">
            To{" "}
            <select value={to} onChange={(e) => setTo(Number(e.target.value))} className="rounded border border-stone-300 px-1 py-0.5">
              {options}
            </select>
          </label>
          <Button variant="secondary" onClick={() => void compare()}>
            Compare
          </Button>
        </div>
      ) : null}
      {error ? <p className="text-red-700">{error}</p> : null}
      {diff ? (
        <div className="space-y-1">
          <p className="text-xs text-stone-600">
            +{diff.stats.added} / −{diff.stats.removed} words{diff.titleChanged ? " · the title changed too" : ""}
          </p>
          <DiffView parts={diff.parts} label={`Changes from version ${from} to version ${to}`} />
        </div>
      ) : null}
    </section>
  );
}

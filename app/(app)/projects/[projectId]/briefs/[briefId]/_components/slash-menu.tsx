"use client";

import type { ClaimChoice } from "./use-claim-search";

/** What the text before the caret says about a slash command: "/claim" and the words typed after it. */
export function slashQuery(textBeforeCaret: string): { query: string; start: number } | null {
  const match = /(^|\s)\/claim(?: ([^\n/]{0,80}))?$/.exec(textBeforeCaret);
  if (!match) return null;
  return { query: match[2] ?? "", start: match.index + match[1]!.length };
}

/** The list under the editor while "/claim …" is typed: arrows move, Enter inserts, Escape closes. */
export function SlashMenu({ claims, loading, active, onPick }: { claims: ClaimChoice[]; loading: boolean; active: number; onPick: (claimId: string) => void }) {
  return (
    <div role="listbox" aria-label="Claims matching the slash command" className="absolute inset-x-0 top-full z-10 mt-1 max-h-72 overflow-y-auto rounded-md border border-stone-300 bg-white text-sm shadow-lg">
      {claims.length === 0 ? <p className="p-2 text-stone-500">{loading ? "Searching…" : "No claim matches. Keep typing, or press Escape."}</p> : null}
      {claims.map((claim, i) => (
        <button
          key={claim.id}
          type="button"
          role="option"
          aria-selected={i === active}
          onMouseDown={(e) => {
            e.preventDefault();
            onPick(claim.id);
          }}
          className={`block w-full px-2 py-1.5 text-left ${i === active ? "bg-blue-50" : "hover:bg-stone-50"}`}
        >
          <span className="line-clamp-2">{claim.paraphrase}</span>
          <span className="text-xs text-stone-500">
            {claim.status.replace("_", " ").toLowerCase()} · {claim.source}
          </span>
        </button>
      ))}
    </div>
  );
}

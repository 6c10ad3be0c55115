"use client";

import { useState } from "react";
import { inputClass } from "@/components/ui/field";
import { CLAIM_STATUS_LABELS } from "@/lib/claims/status-labels";
import { ClaimDetail } from "./claim-detail";
import type { AnnotatorProps } from "./reader-types";

/** The side panel: how to make a claim, then the source's claims in reading order. */
export function ClaimPanel(
  props: Omit<AnnotatorProps, "children" | "aside"> & {
    activeId: string | null;
    onFocusClaim: (id: string) => void;
  },
) {
  const [status, setStatus] = useState("");
  const [theme, setTheme] = useState("");
  const shown = props.claims.filter((c) => (!status || c.status === status) && (!theme || c.themes.some((t) => t.id === theme)));
  const paged = props.parts.length > 1;
  const elsewhere = paged ? props.parts.map((p, index) => ({ ...p, index })).filter((p) => p.index !== props.currentPart && p.claims > 0) : [];

  return (
    <section className="space-y-4" aria-label="Claims of this source">
      {props.canCreate ? (
        <p className="rounded-lg border border-dashed border-stone-300 bg-white p-3 text-stone-600">
          Select words in the text — with the mouse, a finger, or shift and the arrow keys — then choose <strong className="font-semibold">Claim</strong> (or press Enter) to make a claim.
        </p>
      ) : null}

      <section className="rounded-lg border border-stone-200 bg-white p-4" aria-labelledby="claims-heading">
        <h2 id="claims-heading" className="mb-2 font-semibold">
          {paged ? `Claims in this part (${props.claims.length})` : `Claims (${props.claims.length})`}
        </h2>
        {props.claims.length ? (
          <div className="mb-3 grid grid-cols-2 gap-2">
            <select aria-label="Filter by status" value={status} onChange={(e) => setStatus(e.target.value)} className={inputClass}>
              <option value="">All statuses</option>
              {Object.entries(CLAIM_STATUS_LABELS).map(([value, label]) => (
                <option key={value} value={value}>
                  {label}
                </option>
              ))}
            </select>
            <select aria-label="Filter by theme" value={theme} onChange={(e) => setTheme(e.target.value)} className={inputClass}>
              <option value="">All themes</option>
              {props.themes.map((t) => (
                <option key={t.id} value={t.id}>
                  {"  ".repeat(t.depth)}
                  {t.name}
                </option>
              ))}
            </select>
          </div>
        ) : (
          <p className="text-stone-600">{paged ? "No claims in this part." : "No claims on this source yet."}</p>
        )}
        <ol className="space-y-2" data-testid="claim-list">
          {shown.map((claim) => {
            const active = claim.id === props.activeId;
            const colour = claim.themes[0]?.colour ?? "#a8a29e";
            return (
              <li key={claim.id} className={`rounded-md border ${active ? "border-blue-400 bg-blue-50/40" : "border-stone-200"}`}>
                <button
                  type="button"
                  onClick={() => props.onFocusClaim(claim.id)}
                  aria-expanded={active}
                  className="flex w-full items-start gap-2 px-3 py-2 text-left"
                >
                  <span aria-hidden className="mt-1.5 size-2.5 shrink-0 rounded-full" style={{ backgroundColor: colour }} />
                  <span className="min-w-0">
                    <span className="line-clamp-2 text-sm text-stone-900">{claim.paraphrase}</span>
                    <span className="text-xs text-stone-500">
                      {CLAIM_STATUS_LABELS[claim.status]}
                      {claim.orphaned ? " · quote not found" : ""}
                    </span>
                  </span>
                </button>
                {active ? (
                  <div className="border-t border-stone-200 px-3 py-2">
                    <ClaimDetail
                      projectId={props.projectId}
                      claim={claim}
                      canEdit={props.canEditAny || (claim.authorId === props.currentUserId && props.canCreate)}
                      themes={props.themes}
                      citations={props.citations}
                      markings={props.markings}
                    />
                  </div>
                ) : null}
              </li>
            );
          })}
        </ol>
        {elsewhere.length ? (
          <nav aria-label="Claims in other parts" className="mt-3 border-t border-stone-200 pt-3 text-sm">
            <p className="text-stone-600">
              {elsewhere.reduce((n, p) => n + p.claims, 0).toLocaleString("en")} more in other parts:
            </p>
            <ul className="mt-1 flex flex-wrap gap-x-3 gap-y-1">
              {elsewhere.map((p) => (
                <li key={p.index}>
                  <a href={p.href} className="text-blue-700 hover:underline">
                    Part {p.index + 1} <span className="text-stone-500">({p.claims.toLocaleString("en")})</span>
                  </a>
                </li>
              ))}
            </ul>
          </nav>
        ) : null}
      </section>
    </section>
  );
}

"use client";

import { useState } from "react";
import { ClaimStatusBadge } from "@/components/claim-status-badge";
import { Button } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";
import type { ClaimStatus } from "@/lib/generated/prisma/enums";
import { startClaimDrag } from "./claim-drag";
import { useClaimSearch, type ClaimChoice } from "./use-claim-search";

const STATUSES = [
  ["", "Any status"],
  ["VERIFIED", "Verified"],
  ["IN_REVIEW", "In review"],
  ["DRAFT", "Draft"],
  ["DISPUTED", "Disputed"],
  ["NEEDS_EVIDENCE", "Needs evidence"],
] as const;

/**
 * Finds a claim of the project by its words, status or theme, and inserts a
 * reference to it (not a copy) at the caret, or where it is dragged to.
 */
export function ClaimPicker({ projectId, themes, onInsert }: { projectId: string; themes: { id: string; name: string }[]; onInsert: (claim: ClaimChoice) => void }) {
  const [q, setQ] = useState("");
  const [status, setStatus] = useState("VERIFIED");
  const [theme, setTheme] = useState("");
  const { claims, total, loading } = useClaimSearch(projectId, { q, status, theme });
  return (
    <section aria-labelledby="picker-heading" className="space-y-2 rounded-lg border border-stone-200 bg-white p-3 text-sm">
      <h2 id="picker-heading" className="font-semibold">
        Insert a claim
      </h2>
      <input type="search" value={q} onChange={(e) => setQ(e.target.value)} placeholder="Search claims" aria-label="Search claims" className={inputClass} />
      <div className="flex gap-2">
        <select value={status} onChange={(e) => setStatus(e.target.value)} aria-label="Status" className={inputClass}>
          {STATUSES.map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
        <select value={theme} onChange={(e) => setTheme(e.target.value)} aria-label="Theme" className={inputClass}>
          <option value="">Any theme</option>
          {themes.map((t) => (
            <option key={t.id} value={t.id}>
              {t.name}
            </option>
          ))}
        </select>
      </div>
      <p aria-live="polite" className="text-xs text-stone-500">
        {loading ? "Searching…" : `${total} claim${total === 1 ? "" : "s"}${total > claims.length ? `, first ${claims.length} shown` : ""}`}
      </p>
      <ul className="max-h-80 divide-y divide-stone-100 overflow-y-auto">
        {claims.map((claim) => (
          <li key={claim.id} draggable onDragStart={(e) => startClaimDrag(e, claim)} data-claim-choice={claim.id} className="flex cursor-grab items-start gap-2 py-2" title="Drag into the text, or press Insert">
            <div className="min-w-0 flex-1">
              <p className="line-clamp-3">{claim.paraphrase}</p>
              <p className="mt-0.5 flex flex-wrap items-center gap-1 text-xs text-stone-500">
                <ClaimStatusBadge status={claim.status as ClaimStatus} /> {claim.source} ({claim.reliability})
              </p>
            </div>
            <Button variant="secondary" onClick={() => onInsert(claim)} aria-label={`Insert “${claim.paraphrase.slice(0, 60)}”`}>
              Insert
            </Button>
          </li>
        ))}
      </ul>
    </section>
  );
}

"use client";

import { useLayoutEffect, useRef, useState } from "react";
import type { ClaimChoice } from "./use-claim-search";

/** What the text before the caret says about a slash command: "/claim" and the words typed after it. */
export function slashQuery(textBeforeCaret: string): { query: string; start: number } | null {
  const match = /(^|\s)\/claim(?: ([^\n/]{0,80}))?$/.exec(textBeforeCaret);
  if (!match) return null;
  return { query: match[2] ?? "", start: match.index + match[1]!.length };
}

/** The caret's box on screen, as the editor reports it. */
export type CaretRect = { top: number; bottom: number; left: number };

export const slashOptionId = (menuId: string, i: number) => `${menuId}-option-${i}`;

const GAP = 4;
const MARGIN = 8;

/**
 * The list at the caret while "/claim …" is typed: below the caret, or above
 * it where the viewport has no room below, never outside the viewport. The
 * caret stays in the editor, which names the active option
 * (aria-activedescendant); arrows move, Enter inserts, Escape closes.
 */
export function SlashMenu({ id, caret, claims, loading, active, onPick }: { id: string; caret: CaretRect; claims: ClaimChoice[]; loading: boolean; active: number; onPick: (claimId: string) => void }) {
  const menu = useRef<HTMLDivElement>(null);
  const [place, setPlace] = useState<{ top: number; left: number }>({ top: caret.bottom + GAP, left: caret.left });

  useLayoutEffect(() => {
    const el = menu.current;
    if (!el) return;
    const { height, width } = el.getBoundingClientRect();
    const below = caret.bottom + GAP;
    const top = below + height <= window.innerHeight - MARGIN ? below : Math.max(MARGIN, caret.top - GAP - height);
    const left = Math.max(MARGIN, Math.min(caret.left, window.innerWidth - width - MARGIN));
    setPlace((p) => (p.top === top && p.left === left ? p : { top, left }));
  }, [caret, claims.length, loading]);

  useLayoutEffect(() => {
    document.getElementById(slashOptionId(id, active))?.scrollIntoView({ block: "nearest" });
  }, [id, active]);

  return (
    <div
      ref={menu}
      id={id}
      role="listbox"
      aria-label="Claims matching the slash command"
      data-slash-menu=""
      style={{ top: place.top, left: place.left }}
      className="fixed z-30 max-h-72 w-96 max-w-[calc(100vw-16px)] overflow-y-auto rounded-md border border-stone-300 bg-white text-sm shadow-lg"
    >
      {claims.length === 0 ? <p className="p-2 text-stone-500">{loading ? "Searching…" : "No claim matches. Keep typing, or press Escape."}</p> : null}
      {claims.map((claim, i) => (
        <div
          key={claim.id}
          id={slashOptionId(id, i)}
          role="option"
          aria-selected={i === active}
          onMouseDown={(e) => {
            e.preventDefault();
            onPick(claim.id);
          }}
          className={`block w-full cursor-pointer px-2 py-1.5 text-left ${i === active ? "bg-blue-50" : "hover:bg-stone-50"}`}
        >
          <span className="line-clamp-2 block">{claim.paraphrase}</span>
          <span className="block text-xs text-stone-600">
            {claim.status.replace("_", " ").toLowerCase()} · {claim.source}
          </span>
        </div>
      ))}
    </div>
  );
}

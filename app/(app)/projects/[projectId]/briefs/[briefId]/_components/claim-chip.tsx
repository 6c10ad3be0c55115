"use client";

import { NodeViewWrapper, type ReactNodeViewProps } from "@tiptap/react";
import { createContext, useContext, useId, useRef, useState } from "react";
import type { ClaimCard } from "@/lib/briefs/claim-cards";
import { CLAIM_STATUS_LABELS } from "@/lib/claims/status-labels";
import type { ClaimStatus } from "@/lib/generated/prisma/enums";

/** What a chip knows of its claim: all of the card once the server has read it, the picker's summary just after an insert. */
export type ChipClaim = Pick<ClaimCard, "id" | "paraphrase" | "status" | "source"> & Partial<Pick<ClaimCard, "quote" | "reviewer" | "notes">>;

/** The claims the editor's chips show, by id; an id not in it is a missing (deleted, or another project's) claim. */
export const ChipClaimsContext = createContext<ReadonlyMap<string, ChipClaim>>(new Map());

const STATUS_CLASS: Record<string, string> = {
  VERIFIED: "border-green-300 bg-green-50 text-green-900",
  IN_REVIEW: "border-amber-300 bg-amber-50 text-amber-900",
  DRAFT: "border-stone-300 bg-stone-100 text-stone-800",
  DISPUTED: "border-red-300 bg-red-50 text-red-900",
  NEEDS_EVIDENCE: "border-violet-300 bg-violet-50 text-violet-900",
};
const MISSING_CLASS = "border-dashed border-red-400 bg-white text-red-800";

const truncate = (text: string, n: number) => (text.length > n ? `${text.slice(0, n - 1).trimEnd()}…` : text);

/** A claim reference in the editor: the claim's paraphrase in its status colour, and a card with its evidence on hover, focus or selection. */
export function ClaimChip({ node, selected }: ReactNodeViewProps) {
  const claimId = String(node.attrs.claimId);
  const claim = useContext(ChipClaimsContext).get(claimId);
  const [hovered, setHovered] = useState(false);
  const [focused, setFocused] = useState(false);
  const [place, setPlace] = useState<{ top: number; left: number } | null>(null);
  const chip = useRef<HTMLSpanElement>(null);
  const cardId = useId();
  const open = hovered || focused || selected;

  // The card is fixed to the viewport, so that the editor's scrolling box cannot clip it.
  const show = (set: (v: boolean) => void) => () => {
    const rect = chip.current?.getBoundingClientRect();
    if (rect) setPlace({ top: rect.bottom + 4, left: Math.max(8, Math.min(rect.left, window.innerWidth - 328)) });
    set(true);
  };
  const status = claim ? (CLAIM_STATUS_LABELS[claim.status as ClaimStatus] ?? claim.status) : null;

  return (
    <NodeViewWrapper as="span" className="brief-claim" data-claim-chip={claimId} data-missing={claim ? undefined : ""}>
      <span
        ref={chip}
        tabIndex={0}
        aria-describedby={open ? cardId : undefined}
        onMouseEnter={show(setHovered)}
        onMouseLeave={() => setHovered(false)}
        onFocus={show(setFocused)}
        onBlur={() => setFocused(false)}
        className={`mx-0.5 inline rounded border px-1 py-px text-[0.9em] ${claim ? (STATUS_CLASS[claim.status] ?? STATUS_CLASS.DRAFT) : MISSING_CLASS} ${selected ? "ring-2 ring-blue-500" : ""}`}
      >
        {claim ? truncate(claim.paraphrase.trim(), 70) : "Missing claim"}
        <span className="sr-only">{claim ? ` (claim, ${status})` : ` (${claimId} no longer exists in this project)`}</span>
      </span>
      {open && place ? (
        <span role="tooltip" id={cardId} style={{ top: place.top, left: place.left }} className="fixed z-30 block w-80 space-y-1 rounded-md border border-stone-300 bg-white p-2 text-left text-xs leading-snug text-stone-800 shadow-lg">
          {claim ? <ClaimCardBody claim={claim} status={status ?? ""} /> : <span className="block">The claim {claimId} was deleted or belongs to another project. Remove or replace the reference.</span>}
        </span>
      ) : null}
    </NodeViewWrapper>
  );
}

function ClaimCardBody({ claim, status }: { claim: ChipClaim; status: string }) {
  return (
    <>
      <span className="block font-medium">{claim.paraphrase}</span>
      {claim.quote !== undefined ? <span className="block italic text-stone-700">“{truncate(claim.quote, 300)}”</span> : <span className="block text-stone-500">Loading the quote…</span>}
      <span className="block">
        <span className="text-stone-500">Source:</span> {claim.source}
      </span>
      <span className="block">
        <span className="text-stone-500">Status:</span> {status}
        {claim.reviewer ? ` · reviewed by ${claim.reviewer}` : claim.quote !== undefined ? " · no verdict yet" : ""}
      </span>
      {claim.notes?.length ? (
        <span className="block">
          <span className="text-stone-500">Relies on the source&apos;s note{claim.notes.length === 1 ? "" : "s"}:</span> {claim.notes.map((n) => truncate(n, 160)).join(" ")}
        </span>
      ) : null}
    </>
  );
}

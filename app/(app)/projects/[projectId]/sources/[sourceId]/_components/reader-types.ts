import type { ReactNode } from "react";
import type { SourceClaim } from "@/lib/claims/list-source-claims";
import type { PickedRange } from "./use-placement";

export type ReaderTheme = { id: string; name: string; colour: string; depth: number };
/** A note of the source: its number as printed, the start of its text, and its one-line heading (who, ‘what’, year). */
export type ReaderCitation = { id: string; label: string; text: string; heading: string };
export type ReaderClaim = Omit<SourceClaim, "updatedAt"> & { updatedAt: string };
export type Selection = { start: number; end: number; quote: string };
/** Words selected in the text: their offsets and quote, where they stand on the page, and the notes their sentences cite. */
export type PickedWords = PickedRange & { selection: Selection; suggestedLabels: string[] };

/** What the page hands the reader's interactive layer; the claims panel takes the same, less the server-rendered children and aside. */
export type AnnotatorProps = {
  projectId: string;
  sourceId: string;
  currentUserId: string;
  canCreate: boolean;
  canEditAny: boolean;
  canManageThemes: boolean;
  themes: ReaderTheme[];
  citations: ReaderCitation[];
  /** The instance's handling markings, lowest first (empty: turned off). */
  markings: string[];
  claims: ReaderClaim[];
  /** Server-rendered text. */
  children: ReactNode;
  /** Server-rendered details shown under the claims panel. */
  aside?: ReactNode;
  /** The parts a long source is read in, with how many claims each holds; a claim elsewhere opens its part. */
  parts: { start: number; end: number; href: string; claims: number }[];
  currentPart: number;
  /** The claim to open and scroll to when the page loads (a link from the claim page). */
  initialClaimId?: string;
};

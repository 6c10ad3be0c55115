import type { SourceClaim } from "@/lib/claims/list-source-claims";

export type ReaderTheme = { id: string; name: string; colour: string; depth: number };
export type ReaderCitation = { id: string; label: string; text: string };
export type ReaderClaim = Omit<SourceClaim, "updatedAt"> & { updatedAt: string };
export type Selection = { start: number; end: number; quote: string };

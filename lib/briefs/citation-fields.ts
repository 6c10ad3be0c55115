import type { Prisma } from "@/lib/generated/prisma/client";

/** What a reference to a source is made of: "Authors, “Title”, Publisher, date, URL". */
export const CITED_SOURCE_FIELDS = {
  id: true,
  title: true,
  authors: true,
  publisher: true,
  publishedOn: true,
  url: true,
} satisfies Prisma.SourceSelect;

export type SourceForCitation = Prisma.SourceGetPayload<{ select: typeof CITED_SOURCE_FIELDS }>;

/** A source as a citation style needs it: its reference, its kind (report, news…) and any CSL-JSON imported with it. */
export const CITABLE_SOURCE_FIELDS = { ...CITED_SOURCE_FIELDS, kind: true, csl: true } satisfies Prisma.SourceSelect;

/** What a reference to one of a source's own footnotes is made of. */
export const CITED_NOTE_FIELDS = {
  /** The marker as printed in the source ("3"). */
  label: true,
  text: true,
  url: true,
  title: true,
  authors: true,
  publisher: true,
  issued: true,
} satisfies Prisma.CitationSelect;

export type NoteForCitation = Prisma.CitationGetPayload<{ select: typeof CITED_NOTE_FIELDS }>;

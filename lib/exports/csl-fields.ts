import type { Prisma } from "@/lib/generated/prisma/client";

/** What a source's CSL item is made of. */
export const CSL_SOURCE_FIELDS = {
  id: true,
  title: true,
  authors: true,
  publisher: true,
  publishedOn: true,
  url: true,
  kind: true,
  language: true,
  reliability: true,
  /** The CSL item a reference-only source was imported with: the fields Claimwork has no column for. */
  csl: true,
} satisfies Prisma.SourceSelect;

export type CslSource = Omit<Prisma.SourceGetPayload<{ select: typeof CSL_SOURCE_FIELDS }>, "csl"> & { csl?: Prisma.JsonValue | null };

/** What the CSL item of one of a source's footnotes is made of. */
export const CSL_CITATION_FIELDS = {
  id: true,
  label: true,
  text: true,
  url: true,
  title: true,
  authors: true,
  publisher: true,
  issued: true,
} satisfies Prisma.CitationSelect;

export type CslCitation = Prisma.CitationGetPayload<{ select: typeof CSL_CITATION_FIELDS }>;

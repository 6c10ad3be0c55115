import type { Prisma } from "@/lib/generated/prisma/client";

/** One of a source's notes as the reader lists it, the API answers it and its edit form opens it. */
export const CITATION_FIELDS = {
  id: true,
  /** The marker as printed in the source ("3"). */
  label: true,
  ordinal: true,
  text: true,
  url: true,
  title: true,
  authors: true,
  publisher: true,
  issued: true,
  /** The revision an edit form was opened at, sent back with the edit. */
  revision: true,
} satisfies Prisma.CitationSelect;

export type SourceCitation = Prisma.CitationGetPayload<{ select: typeof CITATION_FIELDS }>;

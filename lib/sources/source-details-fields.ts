import type { Prisma } from "@/lib/generated/prisma/client";

/** A source's metadata, as its details form edits it: never its text. */
export const SOURCE_DETAILS_FIELDS = {
  id: true,
  title: true,
  authors: true,
  publisher: true,
  publishedOn: true,
  url: true,
  kind: true,
  language: true,
  reliability: true,
  marking: true,
  /** The revision the form was opened at, sent back with the edit. */
  revision: true,
} satisfies Prisma.SourceSelect;

export type SourceDetails = Prisma.SourceGetPayload<{ select: typeof SOURCE_DETAILS_FIELDS }>;

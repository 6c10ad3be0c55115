import type { Reliability, SourceKind } from "@/lib/generated/prisma/enums";

export const SOURCE_KIND_LABELS: Record<SourceKind, string> = {
  COMMENTARY: "Commentary",
  REPORT: "Report",
  NEWS: "News",
  OFFICIAL_STATEMENT: "Official statement",
  ACADEMIC: "Academic",
  OTHER: "Other",
};

/** The Admiralty scale's words for source reliability. */
export const RELIABILITY_LABELS: Record<Reliability, string> = {
  A: "Completely reliable",
  B: "Usually reliable",
  C: "Fairly reliable",
  D: "Not usually reliable",
  E: "Unreliable",
  F: "Reliability cannot be judged",
};

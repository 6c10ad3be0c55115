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

/** What each grade asserts, in the Admiralty scale's own words: shown where a grade is chosen. */
export const RELIABILITY_DESCRIPTIONS: Record<Reliability, string> = {
  A: "No doubt of authenticity, trustworthiness or competency; a history of complete reliability.",
  B: "Minor doubt about authenticity, trustworthiness or competency; a history of valid information most of the time.",
  C: "Doubt of authenticity, trustworthiness or competency, but has provided valid information in the past.",
  D: "Significant doubt about authenticity, trustworthiness or competency, but has provided valid information in the past.",
  E: "Lacking in authenticity, trustworthiness and competency; a history of invalid information.",
  F: "No basis exists for evaluating the reliability of the source.",
};

/**
 * A source nobody has graded yet. Not F: F is a judgment (no basis to
 * evaluate the source), while an ungraded source has simply not been looked at.
 */
export const NOT_GRADED_LABEL = "Not graded yet";

/** A grade's words, or "Not graded yet". */
export const reliabilityLabel = (grade: Reliability | null): string => (grade ? RELIABILITY_LABELS[grade] : NOT_GRADED_LABEL);

/** A grade as exports and lists print it beside other fields: the letter, or "not graded". */
export const gradeText = (grade: string | null): string => grade ?? "not graded";

import { z } from "zod";
import { markingSchema } from "@/lib/markings/schemas";

/** The longest body a brief may have: about 30,000 words, well beyond a 30-page brief. */
export const MAX_BODY_CHARS = 200_000;

const title = z.string().trim().min(1, "Give the brief a title.").max(200, "Keep the title under 200 characters.");
const summary = z.string().trim().max(2_000, "Keep the summary under 2,000 characters.");
const audience = z.string().trim().max(200, "Keep the audience under 200 characters.");
export const bodySchema = z
  .string()
  .max(MAX_BODY_CHARS, { error: (issue) => `A brief can hold up to ${MAX_BODY_CHARS.toLocaleString("en-GB")} characters; this one has ${typeof issue.input === "string" ? issue.input.length.toLocaleString("en-GB") : "more"}. Split it into two briefs.` });

export const createBriefSchema = z.object({
  title,
  summary: summary.optional().default(""),
  audience: audience.optional().default(""),
  body: bodySchema.optional().default(""),
});

/** Where a brief's notes print by default: at the foot of each page, or together at the end. */
export const notePlacementSchema = z.enum(["FOOTNOTES", "ENDNOTES"], { error: "Choose where notes print: FOOTNOTES or ENDNOTES." });

/** A save: what changed, and the version it was based on. */
export const saveBriefSchema = z.object({
  baseVersion: z.coerce.number({ error: "Say which version the change is based on (baseVersion)." }).int().min(1),
  body: bodySchema.optional(),
  title: title.optional(),
  summary: summary.optional(),
  audience: audience.optional(),
  /** The handling marking (one of the instance's MARKINGS), null for none. It is not text: it moves neither the version nor the status. */
  marking: markingSchema.optional(),
  notePlacement: notePlacementSchema.optional(),
});

/** The brief page's own controls for how a brief is handled and laid out: no text, so no base version. */
export const briefLayoutSchema = z.object({
  marking: markingSchema.optional(),
  notePlacement: notePlacementSchema.optional(),
});

export const dismissMarkSchema = z.object({
  key: z.string().regex(/^(non-standard|hedge|mixed):[0-9a-f]{8}$/, "That is not a mark of this brief."),
});

export const previewBriefSchema = z.object({ body: bodySchema });

export const BRIEF_STATUS_LABELS = { DRAFT: "Draft", IN_REVIEW: "In review", APPROVED: "Approved" } as const;

import { z } from "zod";
import { revisionField } from "@/lib/revisions/revision";

export const RATIONALE_MAX = 2000;
export const COMMENT_MAX = 2000;

export const VERDICTS = ["VERIFIED", "DISPUTED", "NEEDS_EVIDENCE"] as const;

/** Optional text: a blank field means "none". */
const optional = (schema: z.ZodType<string, string>) =>
  z
    .string()
    .trim()
    .nullish()
    .transform((v) => v || null)
    .pipe(schema.nullable());

const httpUrl = z
  .string()
  .max(2000, "Use at most 2,000 characters.")
  .refine((value) => {
    try {
      const url = new URL(value);
      return (url.protocol === "http:" || url.protocol === "https:") && !!url.hostname;
    } catch {
      return false;
    }
  }, "Give a web address starting with http:// or https://.");

const CREDIBILITY_MESSAGE = "Grade the claim's credibility from 1 to 6, or leave it blank.";

/** The credibility the reviewer would give the claim (Admiralty 1–6), optional: blank or null is "not graded". */
export const reviewCredibilitySchema = z
  .union([z.number(), z.string().trim(), z.null()], { error: CREDIBILITY_MESSAGE })
  .optional()
  .transform((v) => (v === "" || v === null || v === undefined ? null : Number(v)))
  .pipe(z.number({ error: CREDIBILITY_MESSAGE }).int(CREDIBILITY_MESSAGE).min(1, CREDIBILITY_MESSAGE).max(6, CREDIBILITY_MESSAGE).nullable());

/** What the review form and the API send. */
export const reviewClaimSchema = z.object({
  verdict: z.enum(VERDICTS, { error: "Choose a verdict: verified, disputed or needs evidence." }),
  rationale: z
    .string({ error: "Explain your verdict." })
    .trim()
    .min(1, "Explain your verdict.")
    .max(RATIONALE_MAX, `Use at most ${RATIONALE_MAX.toLocaleString("en")} characters.`),
  evidenceUrl: optional(httpUrl),
  citationId: optional(z.string().max(64)),
  credibility: reviewCredibilitySchema,
  /** The claim revision the reviewer read: a claim changed since is refused with the difference. */
  claimRevision: revisionField,
  /**
   * The latest review the reviewer saw, blank for none: a verdict given since by someone else is refused, naming
   * it, so that a claim reviewed meanwhile is not judged twice unknowingly. Left out, nothing is checked.
   */
  latestReviewId: z.string().max(64).optional(),
});

export const assignClaimsSchema = z.object({
  claimIds: z
    .array(z.string().max(64))
    .min(1, "Select at least one claim.")
    .max(500, "Select at most 500 claims at once.")
    .transform((ids) => [...new Set(ids)]),
  /** null (or blank) unassigns. */
  assigneeId: optional(z.string().max(64)),
});

export const passBackSchema = z.object({
  comment: z
    .string({ error: "Say why you are passing the claim back." })
    .trim()
    .min(1, "Say why you are passing the claim back.")
    .max(COMMENT_MAX, `Use at most ${COMMENT_MAX.toLocaleString("en")} characters.`),
});

export const VERDICT_LABELS: Record<(typeof VERDICTS)[number], string> = {
  VERIFIED: "Verified",
  DISPUTED: "Disputed",
  NEEDS_EVIDENCE: "Needs evidence",
};

import { z } from "zod";
import { markingSchema } from "@/lib/markings/schemas";

const ids = (max: number, label: string) =>
  z
    .union([z.array(z.string()), z.string()])
    .transform((v) => (typeof v === "string" ? (v ? v.split(",") : []) : v).map((s) => s.trim()).filter(Boolean))
    .pipe(z.array(z.string().max(64)).max(max, `At most ${max} ${label}.`))
    .transform((list) => [...new Set(list)]);

const credibility = z.coerce
  .number({ error: "Choose a credibility from 1 to 6." })
  .int("Choose a credibility from 1 to 6.")
  .min(1, "Choose a credibility from 1 to 6.")
  .max(6, "Choose a credibility from 1 to 6.");

/** Why credibility 1 stands with fewer than two independent origins: an owner's override of the rule. */
const credibilityRationale = z.string().trim().max(2000, "Use at most 2,000 characters.").optional();

const paraphrase = z
  .string({ error: "Write the claim in your words." })
  .trim()
  .min(1, "Write the claim in your words.")
  .max(5000, "Use at most 5,000 characters.");

/** What the "New claim" form and the API send. */
export const createClaimSchema = z.object({
  sourceId: z.string({ error: "Choose a source." }).min(1, "Choose a source.").max(64),
  start: z.coerce.number({ error: "Select some text first." }).int().min(0, "Select some text first."),
  end: z.coerce.number({ error: "Select some text first." }).int().min(0, "Select some text first."),
  paraphrase,
  note: z.string().trim().max(5000, "Use at most 5,000 characters.").default(""),
  credibility: credibility.default(6),
  credibilityRationale,
  themeIds: ids(20, "themes").default([]),
  citationIds: ids(50, "citations").default([]),
  submit: z
    .union([z.boolean(), z.enum(["true", "false", "on", ""])])
    .optional()
    .transform((v) => v === true || v === "true" || v === "on"),
});

/** An edit: the fields sent change, the others keep their values. */
export const updateClaimSchema = z.object({
  paraphrase: paraphrase.optional(),
  note: z.string().trim().max(5000, "Use at most 5,000 characters.").optional(),
  credibility: credibility.optional(),
  credibilityRationale,
  themeIds: ids(20, "themes").optional(),
  citationIds: ids(50, "citations").optional(),
  /** How the claim must be handled when stricter than its source (one of the instance's MARKINGS), null for unmarked. */
  marking: markingSchema.optional(),
});

export type UpdateClaimInput = z.input<typeof updateClaimSchema>;
export type CreateClaimInput = z.input<typeof createClaimSchema>;

export const CLAIM_STATUSES = ["DRAFT", "IN_REVIEW", "VERIFIED", "DISPUTED", "NEEDS_EVIDENCE"] as const;

export const claimFiltersSchema = z.object({
  theme: z.string().max(64).optional().catch(undefined),
  status: z.enum(CLAIM_STATUSES).optional().catch(undefined),
  source: z.string().max(64).optional().catch(undefined),
  author: z.string().max(64).optional().catch(undefined),
  reviewer: z.string().max(64).optional().catch(undefined),
  /** The claim's current assignee: a user id, "me", or "none" (waiting for a reviewer). */
  assignee: z.string().max(64).optional().catch(undefined),
  credibility: z.coerce.number().int().min(1).max(6).optional().catch(undefined),
  q: z.string().trim().max(200).optional().catch(undefined),
  sort: z.enum(["updated", "created", "credibility", "status", "source"]).default("updated").catch("updated"),
  page: z.coerce.number().int().min(1).max(10_000).default(1).catch(1),
});

export type ClaimFilters = z.output<typeof claimFiltersSchema>;

/** Admiralty information credibility. */
export const CREDIBILITY_LABELS: Record<number, string> = {
  1: "Confirmed by other sources",
  2: "Probably true",
  3: "Possibly true",
  4: "Doubtful",
  5: "Improbable",
  6: "Truth cannot be judged",
};

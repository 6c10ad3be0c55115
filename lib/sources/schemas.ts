import { z } from "zod";
import { markingSchema } from "@/lib/markings/schemas";

export const SOURCE_KINDS = ["COMMENTARY", "REPORT", "NEWS", "OFFICIAL_STATEMENT", "ACADEMIC", "OTHER"] as const;
export const RELIABILITY_GRADES = ["A", "B", "C", "D", "E", "F"] as const;
/** The filter value for sources not graded yet: a URL cannot say null. */
export const NOT_GRADED = "none";

const optionalText = (max: number, label: string) =>
  z
    .string()
    .trim()
    .max(max, `${label}: use at most ${max} characters.`)
    .optional()
    .transform((v) => (v ? v : null));

const WEB_ADDRESS = /^https?:\/\/[^\s]+$/i;

/** Authors come as a list, or from a form as one line separated by semicolons or new lines. */
const authorsSchema = z
  .union([z.array(z.string()), z.string()])
  .optional()
  .transform((v) => (typeof v === "string" ? v.split(/[;\n]/) : (v ?? [])).map((a) => a.trim()).filter(Boolean))
  .pipe(z.array(z.string().max(200, "An author's name is at most 200 characters.")).max(50, "At most 50 authors."));

/** The metadata an analyst can set or correct, before and after import. */
export const sourceMetadataSchema = z.object({
  title: z.string({ error: "Give the source a title." }).trim().min(1, "Give the source a title.").max(500, "Use at most 500 characters."),
  authors: authorsSchema,
  publisher: optionalText(300, "Publisher"),
  publishedOn: z
    .string()
    .trim()
    .optional()
    .transform((v) => v || null)
    .refine((v) => v === null || (/^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(Date.parse(`${v}T00:00:00Z`))), "Use a date like 2025-03-05."),
  url: z
    .string()
    .trim()
    .max(2000, "Use at most 2,000 characters.")
    .optional()
    .transform((v) => v || null)
    .refine((v) => v === null || WEB_ADDRESS.test(v), "Use a web address starting with http:// or https://."),
  kind: z.enum(SOURCE_KINDS, { error: "Choose a kind." }).default("OTHER"),
  language: optionalText(35, "Language"),
  /** Null until someone grades the source: not graded yet, which is not F ("reliability cannot be judged"). */
  reliability: z.enum(RELIABILITY_GRADES, { error: "Choose a grade from A to F, or null for not graded yet." }).nullable().default(null),
});

/** An edit of a source's details: its metadata, and how it must be handled (one of the instance's MARKINGS, null for unmarked). */
export const sourceUpdateSchema = sourceMetadataSchema.extend({ marking: markingSchema.default(null) });

/**
 * Marking a source retracted (withdrawn or discredited), with why, or
 * reinstating it. Sent beside the details of a source update; left out, the
 * source stays as it is.
 */
export const sourceRetractionSchema = z
  .object({
    retracted: z.boolean({ error: "Say true to mark the source retracted, false to reinstate it." }).optional(),
    retractionNote: z.string({ error: "Say why the source is retracted." }).trim().max(2000, "Use at most 2,000 characters.").optional(),
  })
  .refine((v) => v.retracted !== true || !!v.retractionNote, { message: "Say why the source is retracted.", path: ["retractionNote"] });

/** A field of a note that may be sent (a value, or blank or null to clear it) or left out (undefined: not sent). */
const noteField = (max: number, label: string) =>
  z
    .string()
    .trim()
    .max(max, `${label}: use at most ${max} characters.`)
    .nullish()
    .transform((v) => (v === undefined ? undefined : v || null));

/**
 * A note's authors: a list, or from a form one per line, or on one line
 * separated by commas or semicolons. Null clears them; undefined leaves them.
 */
const noteAuthorsSchema = z
  .union([z.array(z.string()), z.string()])
  .nullish()
  .transform((v) => {
    if (v === undefined) return undefined;
    const names = v === null ? [] : typeof v === "string" ? v.split(/[\n;]/.test(v) ? /[\n;]/ : ",") : v;
    return names.map((a) => a.trim()).filter(Boolean);
  })
  .pipe(z.array(z.string().max(200, "An author's name is at most 200 characters.")).max(50, "At most 50 authors.").optional());

export const NOTE_TEXT_MAX = 10_000;

/**
 * A correction of one of a source's notes (footnotes): the fields sent
 * change. Its label and place in the source are the document's and never
 * change. A new text re-reads the fields that are not sent.
 */
export const updateCitationSchema = z.object({
  text: z
    .string({ error: "A note needs its text." })
    .trim()
    .min(1, "A note needs its text: write what the note says.")
    .max(NOTE_TEXT_MAX, "Use at most 10,000 characters.")
    .optional(),
  title: noteField(500, "Title"),
  authors: noteAuthorsSchema,
  publisher: noteField(300, "Publisher"),
  issued: noteField(100, "Date"),
  url: noteField(2000, "Web address").refine((v) => v === undefined || v === null || WEB_ADDRESS.test(v), "Use a web address starting with http:// or https://."),
});

export type SourceMetadataInput = z.input<typeof sourceMetadataSchema>;
export type SourceMetadata = z.output<typeof sourceMetadataSchema>;

export const sourceFiltersSchema = z.object({
  kind: z.enum(SOURCE_KINDS).optional().catch(undefined),
  reliability: z.enum([...RELIABILITY_GRADES, NOT_GRADED]).optional().catch(undefined),
  publisher: z.string().trim().max(300).optional().catch(undefined),
  from: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional().catch(undefined),
  to: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional().catch(undefined),
  sort: z.enum(["added", "published", "title", "claims", "reliability"]).default("added").catch("added"),
});

export type SourceFilters = z.output<typeof sourceFiltersSchema>;

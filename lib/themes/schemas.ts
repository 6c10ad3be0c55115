import { z } from "zod";

/** How deep a codebook may nest: a theme, its sub-theme, and so on, eight levels in all. */
export const MAX_THEME_LEVELS = 8;
/** The most themes one codebook file may carry. */
export const MAX_IMPORTED_THEMES = 2000;
/** The largest codebook file an import reads. */
export const MAX_CODEBOOK_BYTES = 2 * 1024 * 1024;

/** Runs of white space become one space, so "China  balancing" and "China balancing" are one name. */
export const themeNameSchema = z
  .string({ error: "Give the theme a name." })
  .trim()
  .min(1, "Give the theme a name.")
  .max(80, "Use at most 80 characters.")
  .transform((v) => v.replace(/\s+/g, " "));

export const colourSchema = z
  .string({ error: "Choose a colour." })
  .trim()
  .regex(/^#[0-9a-f]{6}$/i, "Use a colour like #2563eb.")
  .transform((v) => v.toLowerCase());

export const themeDescriptionSchema = z.string().trim().max(1000, "Use at most 1,000 characters.");

/** A theme id sent by a form or the API; an empty one means "none" (the top level). */
const optionalThemeId = z
  .string()
  .trim()
  .max(64)
  .nullish()
  .transform((v) => (v ? v : null));

export const DEFAULT_THEME_COLOUR = "#64748b";

export const createThemeSchema = z.object({
  name: themeNameSchema,
  colour: colourSchema.default(DEFAULT_THEME_COLOUR),
  description: themeDescriptionSchema.default(""),
  parentId: optionalThemeId,
});

/** Only the fields sent change; `parentId: null` (or "") moves the theme to the top level. */
export const updateThemeSchema = z.object({
  name: themeNameSchema.optional(),
  colour: colourSchema.optional(),
  description: themeDescriptionSchema.optional(),
  parentId: z
    .string()
    .trim()
    .max(64)
    .nullable()
    .optional()
    .transform((v) => (v === undefined ? undefined : v || null)),
});

const requiredThemeId = (message: string) => z.string({ error: message }).trim().min(1, message).max(64, message);

export const mergeThemesSchema = z.object({ targetId: requiredThemeId("Choose the theme to merge into.") });

export const deleteThemeSchema = z.object({ reassignTo: optionalThemeId });

/** One theme of a codebook file, with its sub-themes. A missing colour leaves a matched theme's colour as it is. */
export type CodebookNode = { name: string; colour?: string; description: string; children: CodebookNode[] };

const codebookNodeSchema: z.ZodType<CodebookNode, unknown> = z.lazy(() =>
  z.object({
    name: themeNameSchema,
    colour: colourSchema.nullish().transform((v) => v ?? undefined),
    description: themeDescriptionSchema.nullish().transform((v) => v ?? ""),
    children: z.array(codebookNodeSchema).nullish().transform((v) => v ?? []),
  }),
);

/** Claimwork's own codebook file. */
export const codebookSchema = z.object({
  format: z.literal("claimwork-codebook", { error: 'This is not a Claimwork codebook: "format" must be "claimwork-codebook".' }),
  version: z.literal(1, { error: "This codebook file's version is not supported: use version 1." }),
  themes: z.array(codebookNodeSchema, { error: 'The codebook needs a "themes" list.' }),
});

export type Codebook = z.output<typeof codebookSchema>;
export type CreateThemeInput = z.input<typeof createThemeSchema>;
export type UpdateThemeInput = z.input<typeof updateThemeSchema>;

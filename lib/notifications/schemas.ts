import { z } from "zod";

/** `{ ids: [...] }` marks those read, `{ all: true }` every one of mine. */
export const markReadSchema = z
  .object({
    ids: z
      .union([z.array(z.string()), z.string()])
      .optional()
      .transform((v) => (typeof v === "string" ? [v] : (v ?? [])).map((s) => s.trim()).filter(Boolean))
      .pipe(z.array(z.string().max(64)).max(200, "Mark at most 200 notifications at once."))
      .transform((list) => [...new Set(list)]),
    all: z
      .union([z.boolean(), z.enum(["true", "false", "1", "0", "on", ""])])
      .optional()
      .transform((v) => v === true || v === "true" || v === "1" || v === "on"),
  })
  .refine((v) => v.all || v.ids.length > 0, { message: "Choose the notifications to mark read, or all of them.", path: ["ids"] });

export const notificationFiltersSchema = z.object({
  unread: z
    .union([z.boolean(), z.string()])
    .optional()
    .transform((v) => v === true || v === "1" || v === "true"),
  /** A cursor that cannot be an id (too long, or with a NUL character the database refuses) is ignored. */
  before: z.string().max(64).regex(/^[^\0]*$/).optional().catch(undefined),
});

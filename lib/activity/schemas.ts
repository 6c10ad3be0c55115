import { z } from "zod";

/** What the Activity tab shows, by kind of object. */
export const ACTIVITY_OBJECT_TYPES = {
  Project: "Project",
  User: "Members",
  Invitation: "Invitations",
  Source: "Sources",
  Citation: "Notes",
  Claim: "Claims",
  Review: "Reviews",
  Comment: "Comments",
  Theme: "Themes",
  Brief: "Briefs",
  ImpactWarning: "Warnings",
} as const;

const day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine((v) => !Number.isNaN(Date.parse(v)))
  .optional()
  .catch(undefined);
const id = z.string().min(1).max(64).optional().catch(undefined);

/**
 * Filters of the activity trail, from a URL or an API query. A value that
 * makes no sense is dropped rather than refused, as a filter form should.
 */
export const activityFiltersSchema = z.object({
  actor: id,
  type: z.enum(Object.keys(ACTIVITY_OBJECT_TYPES) as [keyof typeof ACTIVITY_OBJECT_TYPES]).optional().catch(undefined),
  /** One object's history, e.g. a claim's. */
  object: id,
  from: day,
  to: day,
  before: id,
});

export type ActivityFilters = z.infer<typeof activityFiltersSchema>;

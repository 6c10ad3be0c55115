import { z } from "zod";
import { markingSchema } from "@/lib/markings/schemas";
import { CHOOSE_STYLE_MESSAGE, CITATION_STYLE_IDS } from "@/lib/citations/styles";
import { emailSchema } from "@/lib/users/schemas";

export const projectNameSchema = z
  .string({ error: "Give the project a name." })
  .trim()
  .min(1, "Give the project a name.")
  .max(120, "Use at most 120 characters.");

export const reviewPolicySchema = z.enum(["FEWEST_OPEN", "ROUND_ROBIN", "SHARED_QUEUE"], { error: "Choose how claims find a reviewer." });

/** The citation style the project's briefs are previewed and exported in unless an export asks for another. */
export const citationStyleSchema = z.enum(CITATION_STYLE_IDS, { error: CHOOSE_STYLE_MESSAGE });

export const projectSchema = z.object({
  name: projectNameSchema,
  description: z.string().trim().max(2000, "Use at most 2,000 characters.").default(""),
  reviewPolicy: reviewPolicySchema.default("FEWEST_OPEN"),
  /** The marking a new brief takes (one of the instance's MARKINGS, checked by the operation); null: none. */
  marking: markingSchema.default(null),
  citationStyle: citationStyleSchema.default("house"),
  /** Blind review: a reviewer reads others' verdicts on a claim only once they have given their own. */
  blindReview: z.boolean({ error: "Blind review is on (true) or off (false)." }).default(false),
});

export const roleSchema = z.enum(["OWNER", "ANALYST", "REVIEWER", "VIEWER"], { error: "Choose a role." });

export const addMemberSchema = z.object({ email: emailSchema, role: roleSchema });
export const changeRoleSchema = z.object({ role: roleSchema });

export type ProjectInput = z.input<typeof projectSchema>;
export type AddMemberInput = z.input<typeof addMemberSchema>;

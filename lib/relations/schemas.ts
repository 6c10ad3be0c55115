import { z } from "zod";
import type { ClaimRelationKind } from "@/lib/generated/prisma/enums";

/** The kinds as the API and the forms spell them, with the stored value each stands for. */
export const RELATION_KINDS = { corroborates: "CORROBORATES", contradicts: "CONTRADICTS", duplicates: "DUPLICATES" } as const satisfies Record<string, ClaimRelationKind>;
export type RelationKindName = keyof typeof RELATION_KINDS;

const KIND_NAMES = Object.keys(RELATION_KINDS) as [RelationKindName, ...RelationKindName[]];

/** "corroborates" for CORROBORATES. */
export const kindName = (kind: ClaimRelationKind): RelationKindName => kind.toLowerCase() as RelationKindName;

/** How a relation reads in a sentence and on a badge. */
export const RELATION_LABELS: Record<RelationKindName, string> = { corroborates: "Corroborates", contradicts: "Contradicts", duplicates: "Duplicates" };

export const RELATION_NOTE_MAX = 1_000;

/** What the relate form and the API send. */
export const relateClaimsSchema = z.object({
  targetId: z.string({ error: "Choose the claim to relate." }).trim().min(1, "Choose the claim to relate.").max(64, "Choose the claim to relate."),
  kind: z.enum(KIND_NAMES, { error: `Choose how the claims relate: ${KIND_NAMES.join(", ")}.` }),
  note: z.string().trim().max(RELATION_NOTE_MAX, "Use at most 1,000 characters.").optional().default(""),
});

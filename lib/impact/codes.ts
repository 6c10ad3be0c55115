import type { ImpactCode } from "@/lib/generated/prisma/enums";

/** How the API spells each impact code. */
export const IMPACT_API_CODES = {
  SOURCE_RETRACTED: "source-retracted",
  SOURCE_DOWNGRADED: "source-downgraded",
  CLAIM_DISPUTED: "claim-disputed",
  CLAIM_ORPHANED: "claim-orphaned",
  CLAIM_MOVED: "claim-moved",
} as const satisfies Record<ImpactCode, string>;

export type ImpactApiCode = (typeof IMPACT_API_CODES)[ImpactCode];

export const impactApiCode = (code: ImpactCode): ImpactApiCode => IMPACT_API_CODES[code];

/** The words a list of warnings shows before each message. */
export const IMPACT_LABELS: Record<ImpactCode, string> = {
  SOURCE_RETRACTED: "Source retracted",
  SOURCE_DOWNGRADED: "Source downgraded",
  CLAIM_DISPUTED: "Claim disputed",
  CLAIM_ORPHANED: "Claim orphaned",
  CLAIM_MOVED: "Claim's quote changed",
};

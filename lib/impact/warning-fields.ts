import type { Prisma } from "@/lib/generated/prisma/client";
import { impactApiCode } from "./codes";

/** A warning as lists and the API show it. */
export const WARNING_FIELDS = {
  id: true,
  code: true,
  causeSourceId: true,
  causeClaimId: true,
  claimId: true,
  briefId: true,
  message: true,
  createdAt: true,
  acknowledgedAt: true,
  acknowledgement: true,
  actor: { select: { id: true, name: true } },
  acknowledgedBy: { select: { id: true, name: true } },
} satisfies Prisma.ImpactWarningSelect;

type WarningRow = Prisma.ImpactWarningGetPayload<{ select: typeof WARNING_FIELDS }>;

/** The code in the API's spelling (`source-retracted`), the rest as read. */
export const toWarning = (row: WarningRow) => ({ ...row, code: impactApiCode(row.code) });

export type ImpactWarningView = ReturnType<typeof toWarning>;

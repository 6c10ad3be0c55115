import { apiRoute } from "@/lib/api/handler";
import { listClaimDependents } from "@/lib/impact/list-claim-dependents";

/** What depends on the claim: { claims, briefs, judgments }. */
export const GET = apiRoute<{ projectId: string; claimId: string }>(async ({ user, params }) => listClaimDependents({ userId: user.id, ...params }));

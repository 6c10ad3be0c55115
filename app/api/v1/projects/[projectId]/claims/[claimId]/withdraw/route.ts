import { apiRoute } from "@/lib/api/handler";
import { withdrawClaim } from "@/lib/reviews/withdraw-claim";

/** Takes a claim in review back to draft. */
export const POST = apiRoute<{ projectId: string; claimId: string }>(async ({ user, params }) => ({
  claim: await withdrawClaim({ userId: user.id, ...params }),
}));

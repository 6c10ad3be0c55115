import { apiRoute } from "@/lib/api/handler";
import { submitClaim } from "@/lib/reviews/submit-claim";

/** Sends a draft (or a claim disputed or needing evidence) for review. */
export const POST = apiRoute<{ projectId: string; claimId: string }>(async ({ user, params }) => ({
  claim: await submitClaim({ userId: user.id, ...params }),
}));

import { apiRoute, readJson } from "@/lib/api/handler";
import { passBackClaim } from "@/lib/reviews/pass-back-claim";

/** { comment }: the assignee hands the claim back, saying why. */
export const POST = apiRoute<{ projectId: string; claimId: string }>(async ({ user, params, request }) =>
  passBackClaim({ userId: user.id, ...params, input: await readJson(request) }),
);

import { apiRoute, readJson } from "@/lib/api/handler";
import { listReviews } from "@/lib/reviews/list-reviews";
import { reviewClaim } from "@/lib/reviews/review-claim";

type Params = { projectId: string; claimId: string };

/** Every review of the claim, oldest first. */
export const GET = apiRoute<Params>(async ({ user, params }) => ({ reviews: await listReviews({ userId: user.id, ...params }) }));

/** { verdict: "VERIFIED" | "DISPUTED" | "NEEDS_EVIDENCE", rationale, evidenceUrl?, citationId? } */
export const POST = apiRoute<Params>(
  async ({ user, params, request }) => reviewClaim({ userId: user.id, ...params, input: await readJson(request) }),
  { status: 201 },
);

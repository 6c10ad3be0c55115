import { apiRoute, readJson } from "@/lib/api/handler";
import { listReviews } from "@/lib/reviews/list-reviews";
import { reviewClaim } from "@/lib/reviews/review-claim";

type Params = { projectId: string; claimId: string };

/** `{ reviews, hidden }`: every review of the claim, oldest first; under blind review, a reviewer who has not given theirs gets none, and `hidden` counts them. */
export const GET = apiRoute<Params>(async ({ user, params }) => listReviews({ userId: user.id, ...params }));

/** { verdict: "VERIFIED" | "DISPUTED" | "NEEDS_EVIDENCE", rationale, evidenceUrl?, citationId?, credibility?: 1–6 | null } */
export const POST = apiRoute<Params>(
  async ({ user, params, request }) => reviewClaim({ userId: user.id, ...params, input: await readJson(request) }),
  { status: 201 },
);

import { apiRoute } from "@/lib/api/handler";
import { listWarnings } from "@/lib/impact/list-warnings";

/** Impact warnings, newest first: ?briefId= or ?claimId= for one subject's, open=1 for those not acknowledged. */
export const GET = apiRoute<{ projectId: string }>(async ({ user, params, request }) =>
  listWarnings({ userId: user.id, projectId: params.projectId, filters: Object.fromEntries(request.nextUrl.searchParams) }),
);

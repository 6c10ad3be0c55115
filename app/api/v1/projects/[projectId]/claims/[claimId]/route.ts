import { apiRoute, readJson } from "@/lib/api/handler";
import { revisionHeader, tagged } from "@/lib/api/revisions";
import { deleteClaim } from "@/lib/claims/delete-claim";
import { getClaim } from "@/lib/claims/get-claim";
import { updateClaim } from "@/lib/claims/update-claim";

type Params = { projectId: string; claimId: string };

export const GET = apiRoute<Params>(async ({ user, params }) => {
  const claim = await getClaim({ userId: user.id, ...params });
  return tagged({ claim }, claim.revision);
});

/**
 * Send the fields to change; the others keep their values. With
 * `If-Match: "<revision>"`, an edit based on an older revision answers 409
 * with details { currentRevision, changedBy, changedAt }.
 */
export const PATCH = apiRoute<Params>(async ({ user, params, request }) => {
  await updateClaim({ userId: user.id, ...params, input: await readJson(request), expectedRevision: revisionHeader(request) });
  const claim = await getClaim({ userId: user.id, ...params });
  return tagged({ claim }, claim.revision);
});

export const DELETE = apiRoute<Params>(async ({ user, params, request }) => {
  await deleteClaim({ userId: user.id, ...params, expectedRevision: revisionHeader(request) });
});

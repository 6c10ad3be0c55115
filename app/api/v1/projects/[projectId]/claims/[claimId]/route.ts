import { apiRoute, readJson } from "@/lib/api/handler";
import { deleteClaim } from "@/lib/claims/delete-claim";
import { getClaim } from "@/lib/claims/get-claim";
import { updateClaim } from "@/lib/claims/update-claim";

type Params = { projectId: string; claimId: string };

export const GET = apiRoute<Params>(async ({ user, params }) => ({ claim: await getClaim({ userId: user.id, ...params }) }));

/** Send the fields to change; the others keep their values. */
export const PATCH = apiRoute<Params>(async ({ user, params, request }) => {
  const body = await readJson(request);
  const current = await getClaim({ userId: user.id, ...params });
  const input = {
    paraphrase: current.paraphrase,
    note: current.note,
    credibility: current.credibility,
    themeIds: current.themes.map((t) => t.id),
    citationIds: current.citations.map((c) => c.id),
    ...body,
  };
  await updateClaim({ userId: user.id, ...params, input });
  return { claim: await getClaim({ userId: user.id, ...params }) };
});

export const DELETE = apiRoute<Params>(async ({ user, params }) => {
  await deleteClaim({ userId: user.id, ...params });
});

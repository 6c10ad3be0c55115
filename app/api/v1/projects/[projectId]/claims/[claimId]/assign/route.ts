import { apiRoute, readJson } from "@/lib/api/handler";
import { untrusted } from "@/lib/validation";
import { assignClaims } from "@/lib/reviews/assign-claims";

/** { assigneeId } assigns the claim to a reviewer (submitting a draft); { assigneeId: null } unassigns. */
export const POST = apiRoute<{ projectId: string; claimId: string }>(async ({ user, params, request }) => {
  const body = await readJson(request);
  const { changed, assignee } = await assignClaims({
    userId: user.id,
    projectId: params.projectId,
    input: untrusted({ claimIds: [params.claimId], assigneeId: body.assigneeId }),
  });
  return { changed, assignee };
});

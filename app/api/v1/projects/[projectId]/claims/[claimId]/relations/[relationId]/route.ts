import { apiRoute } from "@/lib/api/handler";
import { unrelateClaims } from "@/lib/relations/unrelate-claims";

type Params = { projectId: string; claimId: string; relationId: string };

export const DELETE = apiRoute<Params>(async ({ user, params }) => {
  await unrelateClaims({ userId: user.id, ...params });
});

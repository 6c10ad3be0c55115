import { apiRoute } from "@/lib/api/handler";
import { suggestRelations } from "@/lib/relations/suggest-relations";

type Params = { projectId: string; claimId: string };

/** Up to 8 claims likely to corroborate or duplicate this one, best first, with a score, the reasons and a suggested kind. */
export const GET = apiRoute<Params>(async ({ user, params }) => suggestRelations({ userId: user.id, ...params }));

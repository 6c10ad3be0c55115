import { apiRoute } from "@/lib/api/handler";
import { getClaimProvenance } from "@/lib/provenance/get-claim-provenance";

type Params = { projectId: string; claimId: string };

/** { origins, independentOrigins, reports, summary, circular, relations }: where the claim's evidence comes from. */
export const GET = apiRoute<Params>(async ({ user, params }) => getClaimProvenance({ userId: user.id, ...params }));

import { apiRoute, readJson } from "@/lib/api/handler";
import { listClaimRelations } from "@/lib/relations/list-claim-relations";
import { relateClaims } from "@/lib/relations/relate-claims";

type Params = { projectId: string; claimId: string };

/** The claims this one is related to, both ways round, each with its source and origins. */
export const GET = apiRoute<Params>(async ({ user, params }) => listClaimRelations({ userId: user.id, ...params }));

/** { targetId, kind: "corroborates" | "contradicts" | "duplicates", note? }: a pair is related once, whichever way round (else 409). */
export const POST = apiRoute<Params>(
  async ({ user, params, request }) => ({ relation: await relateClaims({ userId: user.id, ...params, input: await readJson(request) }) }),
  { status: 201 },
);

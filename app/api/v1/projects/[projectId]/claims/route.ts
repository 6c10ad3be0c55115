import { apiRoute, readJson } from "@/lib/api/handler";
import { createClaim } from "@/lib/claims/create-claim";
import { listClaims } from "@/lib/claims/list-claims";

type Params = { projectId: string };

/** The board: ?theme=&status=&source=&author=&reviewer=&assignee=&credibility=&q=&sort=&page= (assignee=me: my queue) */
export const GET = apiRoute<Params>(async ({ user, params, request }) =>
  listClaims({ userId: user.id, projectId: params.projectId, filters: Object.fromEntries(request.nextUrl.searchParams) }),
);

/** { sourceId, start, end, paraphrase, themeIds?, citationIds?, credibility?, note?, submit? } */
export const POST = apiRoute<Params>(
  async ({ user, params, request }) => ({ claim: await createClaim({ userId: user.id, projectId: params.projectId, input: await readJson(request) }) }),
  { status: 201 },
);

import { apiRoute } from "@/lib/api/handler";
import { compareBriefVersions } from "@/lib/briefs/compare-brief-versions";
import { listBriefVersions } from "@/lib/briefs/list-brief-versions";

type Params = { projectId: string; briefId: string };

/** The saved versions, newest first; with ?from=&to= the difference between two of them instead. */
export const GET = apiRoute<Params>(async ({ user, params, request }) => {
  const search = request.nextUrl.searchParams;
  if (search.has("from") || search.has("to")) {
    return { diff: await compareBriefVersions({ userId: user.id, ...params, input: { from: search.get("from"), to: search.get("to") } }) };
  }
  return { versions: await listBriefVersions({ userId: user.id, ...params }) };
});

import { apiRoute } from "@/lib/api/handler";
import { invalid } from "@/lib/errors";
import { searchProject } from "@/lib/search/search-project";

type Params = { projectId: string };

export const GET = apiRoute<Params>(async ({ user, params, request }) => {
  const q = request.nextUrl.searchParams.get("q") ?? "";
  if (!q.trim()) throw invalid("Add a query: ?q=words", { q: ["Add a query."] });
  return searchProject({ userId: user.id, projectId: params.projectId, query: q.slice(0, 500) });
});

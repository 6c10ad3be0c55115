import { apiRoute } from "@/lib/api/handler";
import { invalid } from "@/lib/errors";
import { themeCoverage } from "@/lib/themes/theme-coverage";

type Params = { projectId: string };

/** `?level=top` (default: sub-themes count as their top-level theme in the co-occurrence matrix) or `?level=all`. */
export const GET = apiRoute<Params>(async ({ user, params, request }) => {
  const level = request.nextUrl.searchParams.get("level") ?? "top";
  if (level !== "top" && level !== "all") throw invalid('Use level "top" or "all".', { level: ['Use "top" or "all".'] });
  return themeCoverage({ userId: user.id, projectId: params.projectId, level });
});

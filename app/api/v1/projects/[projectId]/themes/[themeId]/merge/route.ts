import { apiRoute, readJson } from "@/lib/api/handler";
import { mergeThemes } from "@/lib/themes/merge-themes";

type Params = { projectId: string; themeId: string };

/** `{ targetId }`: the theme's claims and sub-themes move to the target, and the theme is deleted. */
export const POST = apiRoute<Params>(async ({ user, params, request }) => {
  const body = await readJson(request);
  return mergeThemes({ userId: user.id, projectId: params.projectId, themeId: params.themeId, input: { targetId: body.targetId } });
});

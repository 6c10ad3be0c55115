import type { NextRequest } from "next/server";
import { apiRoute, readJson } from "@/lib/api/handler";
import { deleteTheme } from "@/lib/themes/delete-theme";
import { updateTheme } from "@/lib/themes/update-theme";
import type { UpdateThemeInput } from "@/lib/themes/schemas";

type Params = { projectId: string; themeId: string };

/** Send only the fields to change: `{ name?, colour?, description?, parentId? }` (`parentId: null` moves it to the top). */
export const PATCH = apiRoute<Params>(async ({ user, params, request }) => {
  const body = await readJson(request);
  const theme = await updateTheme({ userId: user.id, projectId: params.projectId, themeId: params.themeId, input: body as UpdateThemeInput });
  return { theme };
});

/** `?reassignTo=<themeId>` (or a JSON body `{ reassignTo }`) moves the theme's claims there first. */
export const DELETE = apiRoute<Params>(async ({ user, params, request }) => {
  const reassignTo = request.nextUrl.searchParams.get("reassignTo") ?? (await optionalBody(request)).reassignTo;
  await deleteTheme({ userId: user.id, projectId: params.projectId, themeId: params.themeId, input: { reassignTo } });
});

async function optionalBody(request: NextRequest): Promise<Record<string, unknown>> {
  if (!request.headers.get("content-type")?.includes("json")) return {};
  return readJson(request);
}

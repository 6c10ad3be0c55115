import type { NextRequest } from "next/server";
import { apiRoute, readJson } from "@/lib/api/handler";
import { revisionHeader, tagged } from "@/lib/api/revisions";
import { deleteTheme } from "@/lib/themes/delete-theme";
import { updateTheme } from "@/lib/themes/update-theme";
import { untrusted } from "@/lib/validation";

type Params = { projectId: string; themeId: string };

/**
 * Send only the fields to change: `{ name?, colour?, description?, parentId? }`
 * (`parentId: null` moves it to the top). `If-Match: "<revision>"` refuses a stale edit with 409.
 */
export const PATCH = apiRoute<Params>(async ({ user, params, request }) => {
  const theme = await updateTheme({
    userId: user.id,
    projectId: params.projectId,
    themeId: params.themeId,
    input: await readJson(request),
    expectedRevision: revisionHeader(request),
  });
  return tagged({ theme }, theme.revision);
});

/** `?reassignTo=<themeId>` (or a JSON body `{ reassignTo }`) moves the theme's claims there first. */
export const DELETE = apiRoute<Params>(async ({ user, params, request }) => {
  const reassignTo = request.nextUrl.searchParams.get("reassignTo");
  const input = reassignTo !== null ? untrusted({ reassignTo }) : await optionalBody(request);
  await deleteTheme({ userId: user.id, projectId: params.projectId, themeId: params.themeId, input, expectedRevision: revisionHeader(request) });
});

async function optionalBody(request: NextRequest) {
  if (!request.headers.get("content-type")?.includes("json")) return untrusted({});
  return readJson(request);
}

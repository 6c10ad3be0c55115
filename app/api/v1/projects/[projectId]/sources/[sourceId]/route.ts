import { apiRoute, readJson } from "@/lib/api/handler";
import { revisionHeader, tagged } from "@/lib/api/revisions";
import { getSource } from "@/lib/sources/get-source";
import { updateSource } from "@/lib/sources/update-source";

type Params = { projectId: string; sourceId: string };

export const GET = apiRoute<Params>(async ({ user, params, request }) => {
  const version = Number(request.nextUrl.searchParams.get("version")) || undefined;
  const source = await getSource({ userId: user.id, ...params, version });
  return tagged({ source }, source.revision);
});

/** Corrects metadata. Send the fields to change; the others keep their values. `If-Match: "<revision>"` refuses a stale edit with 409. */
export const PATCH = apiRoute<Params>(async ({ user, params, request }) => {
  await updateSource({ userId: user.id, ...params, input: await readJson(request), expectedRevision: revisionHeader(request) });
  const source = await getSource({ userId: user.id, ...params });
  return tagged({ source }, source.revision);
});

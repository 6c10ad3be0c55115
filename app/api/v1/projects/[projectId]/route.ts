import { apiRoute, readJson } from "@/lib/api/handler";
import { revisionHeader, tagged } from "@/lib/api/revisions";
import { getProject } from "@/lib/projects/get-project";
import { updateProject } from "@/lib/projects/update-project";

type Params = { projectId: string };

export const GET = apiRoute<Params>(async ({ user, params }) => {
  const project = await getProject({ userId: user.id, projectId: params.projectId });
  return tagged({ project }, project.revision);
});

/** `{ name?, description?, reviewPolicy?, marking?, citationStyle?, blindReview? }`: the fields sent change (`marking`: one of the instance's MARKINGS, null for none; `citationStyle`: an id of GET /api/v1/citation-styles). `If-Match: "<revision>"` refuses a stale edit with 409. */
export const PATCH = apiRoute<Params>(async ({ user, params, request }) => {
  await updateProject({ userId: user.id, projectId: params.projectId, input: await readJson(request), expectedRevision: revisionHeader(request) });
  const project = await getProject({ userId: user.id, projectId: params.projectId });
  return tagged({ project }, project.revision);
});

import { apiRoute, readJson } from "@/lib/api/handler";
import { revisionHeader, tagged } from "@/lib/api/revisions";
import { updateCitation } from "@/lib/sources/update-citation";

type Params = { projectId: string; sourceId: string; citationId: string };

/**
 * Corrects a note: send `text` and/or the fields to change. A new text is read
 * again for the fields not sent. `If-Match: "<revision>"` refuses a stale edit with 409.
 */
export const PATCH = apiRoute<Params>(async ({ user, params, request }) => {
  const citation = await updateCitation({ userId: user.id, ...params, input: await readJson(request), expectedRevision: revisionHeader(request) });
  return tagged({ citation }, citation.revision);
});

import { apiRoute, readJson } from "@/lib/api/handler";
import { revisionHeader, tagged } from "@/lib/api/revisions";
import { changeMemberRole } from "@/lib/members/change-member-role";
import { removeMember } from "@/lib/members/remove-member";

type Params = { projectId: string; userId: string };

/** `{ role }`, with `If-Match: "<revision>"` to refuse it if the membership changed since it was read. */
export const PATCH = apiRoute<Params>(async ({ user, params, request }) => {
  const membership = await changeMemberRole({
    userId: user.id,
    projectId: params.projectId,
    memberId: params.userId,
    input: await readJson(request),
    expectedRevision: revisionHeader(request),
  });
  return tagged({ member: { userId: membership.userId, role: membership.role, revision: membership.revision } }, membership.revision);
});

export const DELETE = apiRoute<Params>(async ({ user, params, request }) => {
  await removeMember({ userId: user.id, projectId: params.projectId, memberId: params.userId, expectedRevision: revisionHeader(request) });
});

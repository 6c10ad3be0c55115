import { apiRoute, readJson } from "@/lib/api/handler";
import { changeMemberRole } from "@/lib/members/change-member-role";
import { removeMember } from "@/lib/members/remove-member";

type Params = { projectId: string; userId: string };

export const PATCH = apiRoute<Params>(async ({ user, params, request }) => {
  const body = await readJson(request);
  const membership = await changeMemberRole({
    userId: user.id,
    projectId: params.projectId,
    memberId: params.userId,
    input: { role: body.role as string },
  });
  return { member: { userId: membership.userId, role: membership.role } };
});

export const DELETE = apiRoute<Params>(async ({ user, params }) => {
  await removeMember({ userId: user.id, projectId: params.projectId, memberId: params.userId });
});

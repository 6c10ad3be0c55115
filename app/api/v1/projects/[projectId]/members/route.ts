import { apiRoute, readJson } from "@/lib/api/handler";
import { addMember } from "@/lib/members/add-member";
import { listMembers } from "@/lib/members/list-members";
import { requestOrigin } from "@/lib/security/request-origin";

type Params = { projectId: string };

export const GET = apiRoute<Params>(async ({ user, params }) => listMembers({ userId: user.id, projectId: params.projectId }));

export const POST = apiRoute<Params>(
  async ({ user, params, request }) => {
    const body = await readJson(request);
    const { invitation } = await addMember({
      userId: user.id,
      projectId: params.projectId,
      origin: requestOrigin(request.headers),
      input: body,
    });
    return { invitation };
  },
  { status: 201 },
);

import { apiRoute, readJson } from "@/lib/api/handler";
import { addMember } from "@/lib/members/add-member";
import { listMembers } from "@/lib/members/list-members";

type Params = { projectId: string };

export const GET = apiRoute<Params>(async ({ user, params }) => listMembers({ userId: user.id, projectId: params.projectId }));

export const POST = apiRoute<Params>(
  async ({ user, params, request }) => {
    const body = await readJson(request);
    return addMember({
      userId: user.id,
      projectId: params.projectId,
      input: { email: body.email as string, role: body.role as string },
    });
  },
  { status: 201 },
);

import { apiRoute, readJson } from "@/lib/api/handler";
import { createProject } from "@/lib/projects/create-project";
import { listProjects } from "@/lib/projects/list-projects";

export const GET = apiRoute(async ({ user }) => ({ projects: await listProjects({ userId: user.id }) }));

export const POST = apiRoute(
  async ({ user, request }) => {
    const body = await readJson(request);
    const project = await createProject({
      userId: user.id,
      input: { name: body.name as string, description: (body.description as string | undefined) ?? "" },
    });
    return { project };
  },
  { status: 201 },
);

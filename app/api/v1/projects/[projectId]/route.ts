import { apiRoute, readJson } from "@/lib/api/handler";
import { getProject } from "@/lib/projects/get-project";
import { updateProject } from "@/lib/projects/update-project";

type Params = { projectId: string };

export const GET = apiRoute<Params>(async ({ user, params }) => ({
  project: await getProject({ userId: user.id, projectId: params.projectId }),
}));

export const PATCH = apiRoute<Params>(async ({ user, params, request }) => {
  const body = await readJson(request);
  const current = await getProject({ userId: user.id, projectId: params.projectId });
  const project = await updateProject({
    userId: user.id,
    projectId: params.projectId,
    input: {
      name: (body.name as string | undefined) ?? current.name,
      description: (body.description as string | undefined) ?? current.description,
    },
  });
  return { project };
});

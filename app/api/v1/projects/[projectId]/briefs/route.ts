import { apiRoute, readJson } from "@/lib/api/handler";
import { createBrief } from "@/lib/briefs/create-brief";
import { listBriefs } from "@/lib/briefs/list-briefs";

type Params = { projectId: string };

/** The project's briefs, latest change first, each with its status, author and number of warnings. */
export const GET = apiRoute<Params>(async ({ user, params }) => ({ briefs: await listBriefs({ userId: user.id, ...params }) }));

/** { title, summary?, audience?, body? } */
export const POST = apiRoute<Params>(
  async ({ user, params, request }) => ({ brief: await createBrief({ userId: user.id, ...params, input: await readJson(request) }) }),
  { status: 201 },
);

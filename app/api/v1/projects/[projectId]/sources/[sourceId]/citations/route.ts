import { apiRoute } from "@/lib/api/handler";
import { listCitations } from "@/lib/sources/list-citations";

type Params = { projectId: string; sourceId: string };

/** The source's notes in order, each with its revision (the If-Match of its PATCH). */
export const GET = apiRoute<Params>(async ({ user, params }) => ({ citations: await listCitations({ userId: user.id, ...params }) }));

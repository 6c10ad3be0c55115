import { apiRoute } from "@/lib/api/handler";
import { listSourceDependents } from "@/lib/impact/list-source-dependents";

/** What depends on the source: { claims, briefs, judgments }. */
export const GET = apiRoute<{ projectId: string; sourceId: string }>(async ({ user, params }) => listSourceDependents({ userId: user.id, ...params }));

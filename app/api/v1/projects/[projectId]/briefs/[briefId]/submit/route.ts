import { apiRoute } from "@/lib/api/handler";
import { submitBrief } from "@/lib/briefs/submit-brief";

/** Sends a draft brief for review. */
export const POST = apiRoute<{ projectId: string; briefId: string }>(async ({ user, params }) => ({ brief: await submitBrief({ userId: user.id, ...params }) }));

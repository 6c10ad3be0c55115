import { apiRoute } from "@/lib/api/handler";
import { approveBrief } from "@/lib/briefs/approve-brief";

/** Approves a brief in review: a member other than its author; refused while a claim reference does not resolve. */
export const POST = apiRoute<{ projectId: string; briefId: string }>(async ({ user, params }) => ({ brief: await approveBrief({ userId: user.id, ...params }) }));

import { apiRoute } from "@/lib/api/handler";
import { restoreBriefVersion } from "@/lib/briefs/restore-brief-version";

/** Restores a version's title and body as a new version; the brief returns to draft. */
export const POST = apiRoute<{ projectId: string; briefId: string; version: string }>(async ({ user, params }) => ({
  restored: await restoreBriefVersion({ userId: user.id, projectId: params.projectId, briefId: params.briefId, version: Number(params.version) }),
}));

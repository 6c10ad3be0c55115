import { apiRoute, readJson } from "@/lib/api/handler";
import { dismissBriefMark } from "@/lib/briefs/dismiss-brief-mark";

/** { key }: dismisses an estimative-language mark while its sentence stays as it is. */
export const POST = apiRoute<{ projectId: string; briefId: string }>(async ({ user, params, request }) =>
  dismissBriefMark({ userId: user.id, ...params, input: await readJson(request) }),
);

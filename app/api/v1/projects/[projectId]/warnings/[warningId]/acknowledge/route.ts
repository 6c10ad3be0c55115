import { apiRoute, readJson } from "@/lib/api/handler";
import { acknowledgeWarning } from "@/lib/impact/acknowledge-warning";

/** { note? }: acknowledges the warning; a second acknowledgement answers 409. */
export const POST = apiRoute<{ projectId: string; warningId: string }>(async ({ user, params, request }) => ({
  warning: await acknowledgeWarning({ userId: user.id, ...params, input: await readJson(request) }),
}));

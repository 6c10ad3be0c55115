import { apiRoute, readJson } from "@/lib/api/handler";
import { bulkUpdateClaims } from "@/lib/claims/bulk-update-claims";

/** { claimIds: [...], operation: "add-theme" | "remove-theme" | "submit" | "assign", themeId?, assigneeId? } */
export const POST = apiRoute<{ projectId: string }>(async ({ user, params, request }) =>
  bulkUpdateClaims({ userId: user.id, projectId: params.projectId, input: await readJson(request) }),
);

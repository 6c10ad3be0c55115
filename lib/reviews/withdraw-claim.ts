import "server-only";
import { moveClaim } from "./move-claim";

/** Takes a claim in review back to draft, e.g. to rework it before anyone reviews it (author or owner). */
export async function withdrawClaim(options: { userId: string; projectId: string; claimId: string }) {
  return moveClaim(options, "withdraw");
}

import "server-only";
import { moveClaim } from "./move-claim";

/** Sends a draft for review, or resubmits a claim that was disputed or needs evidence (author or owner). */
export async function submitClaim(options: { userId: string; projectId: string; claimId: string }) {
  return moveClaim(options, "submit");
}

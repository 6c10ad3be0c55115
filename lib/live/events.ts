/**
 * What travels from a write to the pages that have its project open. The
 * payload names what changed, never its content: a page that cares re-reads
 * what it shows through the usual, authorised path.
 */
export const LIVE_CHANNEL = "claimwork_live";

export type LiveEvent =
  | {
      scope: "project";
      projectId: string;
      /** The activity action, e.g. "claim.create", "review.create", "comment.create". */
      action: string;
      objectType: string;
      objectId: string;
      actorId: string | null;
    }
  | { scope: "user"; userId: string; action: "notification" };

/** Payloads of NOTIFY are limited to 8,000 bytes; ids and verbs stay far below. */
export function encodeLiveEvent(event: LiveEvent): string {
  return JSON.stringify(event);
}

export function decodeLiveEvent(payload: string): LiveEvent | null {
  try {
    const value = JSON.parse(payload) as Partial<LiveEvent>;
    if (value.scope === "project" && typeof value.projectId === "string" && typeof value.action === "string") return value as LiveEvent;
    if (value.scope === "user" && typeof value.userId === "string") return value as LiveEvent;
  } catch {
    // A payload that is not ours is ignored.
  }
  return null;
}

import "server-only";
import type { Tx } from "@/lib/db";
import { publishEvent } from "@/lib/live/publish-event";

export type NotificationType = "claim.assigned" | "claim.reviewed" | "claim.passed_back" | "comment.reply" | "comment.mention" | "brief.approved";

/**
 * Notifies people of something an actor did, inside the transaction of the
 * change. Nobody is notified of their own action, and each person once.
 */
export async function notify(
  tx: Tx,
  input: { recipientIds: (string | null | undefined)[]; projectId: string; actorId: string; type: NotificationType; objectType: string; objectId: string },
): Promise<number> {
  const recipients = [...new Set(input.recipientIds.filter((id): id is string => !!id && id !== input.actorId))];
  if (recipients.length === 0) return 0;
  await tx.notification.createMany({
    data: recipients.map((userId) => ({
      userId,
      projectId: input.projectId,
      actorId: input.actorId,
      type: input.type,
      objectType: input.objectType,
      objectId: input.objectId,
    })),
  });
  for (const userId of recipients) await publishEvent(tx, { scope: "user", userId, action: "notification" });
  return recipients.length;
}

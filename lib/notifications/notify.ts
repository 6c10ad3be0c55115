import "server-only";
import type { Tx } from "@/lib/db";
import { publishEvent } from "@/lib/live/publish-event";

export type NotificationType = "claim.assigned" | "claim.reviewed" | "claim.passed_back" | "comment.reply" | "comment.mention" | "brief.approved" | "impact.warning";

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

/**
 * Notifies each recipient of their own object, in one statement however many
 * there are (a retracted source can reach hundreds of claims). As with
 * notify, nobody is notified of their own action.
 */
export async function notifyEach(
  tx: Tx,
  input: { projectId: string; actorId: string; type: NotificationType; items: { recipientId: string; objectType: string; objectId: string }[] },
): Promise<number> {
  const items = input.items.filter((item) => item.recipientId !== input.actorId);
  if (items.length === 0) return 0;
  await tx.notification.createMany({
    data: items.map((item) => ({ userId: item.recipientId, projectId: input.projectId, actorId: input.actorId, type: input.type, objectType: item.objectType, objectId: item.objectId })),
  });
  for (const userId of new Set(items.map((item) => item.recipientId))) await publishEvent(tx, { scope: "user", userId, action: "notification" });
  return items.length;
}

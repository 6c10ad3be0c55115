import "server-only";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { publishEvent } from "@/lib/live/publish-event";
import { parseInput, type Input } from "@/lib/validation";
import { markReadSchema } from "./schemas";

/**
 * Marks some of my notifications read, or all of them. Anybody else's id
 * answers "not found" and nothing changes. My other open pages hear of it,
 * so their unread counts follow.
 */
export async function markRead(options: { userId: string; input: Input<typeof markReadSchema> }): Promise<{ marked: number }> {
  const input = parseInput(markReadSchema, options.input);
  const { userId } = options;
  return db.$transaction(async (tx) => {
    if (!input.all) {
      const mine = await tx.notification.count({ where: { id: { in: input.ids }, userId } });
      if (mine !== input.ids.length) throw notFound("Notification");
    }
    const { count } = await tx.notification.updateMany({
      where: { userId, readAt: null, ...(input.all ? {} : { id: { in: input.ids } }) },
      data: { readAt: new Date() },
    });
    if (count > 0) await publishEvent(tx, { scope: "user", userId, action: "notification" });
    return { marked: count };
  });
}

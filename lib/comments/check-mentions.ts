import "server-only";
import type { Tx } from "@/lib/db";
import { invalid } from "@/lib/errors";
import { extractMentions } from "./mentions";

const MAX_MENTIONS = 50;

/**
 * The ids of the members a body mentions. A mention of anybody who is not a
 * member of the project (or of no one at all) refuses the whole comment,
 * naming who, so nothing is stored and nobody outside is notified.
 */
export async function checkMentions(tx: Tx, options: { projectId: string; body: string }): Promise<string[]> {
  const mentions = extractMentions(options.body);
  if (mentions.length === 0) return [];
  if (mentions.length > MAX_MENTIONS) {
    const message = `Mention at most ${MAX_MENTIONS} people in one comment.`;
    throw invalid(message, { body: [message] });
  }
  const members = await tx.membership.findMany({
    where: { projectId: options.projectId, userId: { in: mentions.map((m) => m.id) } },
    select: { userId: true },
  });
  const known = new Set(members.map((m) => m.userId));
  const strangers = mentions.filter((m) => !known.has(m.id));
  if (strangers.length) {
    const names = strangers.map((m) => `@${m.label}`).join(", ");
    const message = strangers.length === 1 ? `${names} is not a member of this project.` : `${names} are not members of this project.`;
    throw invalid(message, { body: [message] });
  }
  return mentions.map((m) => m.id);
}

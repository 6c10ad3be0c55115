import "server-only";
import { recordActivity } from "@/lib/activity/record-activity";
import { requireProjectAccess } from "@/lib/authz/require-project-access";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { parseInput, type Input } from "@/lib/validation";
import { estimativeMarks } from "./estimative-language";
import { lockBrief } from "./require-brief";
import { dismissMarkSchema } from "./schemas";

/**
 * Dismisses an estimative-language mark of the brief (the analyst judged the
 * wording right). A dismissal holds while the sentence stays as it is; it
 * does not change the brief's text, version or status.
 */
export async function dismissBriefMark(options: { userId: string; projectId: string; briefId: string; input: Input<typeof dismissMarkSchema> }) {
  const { key } = parseInput(dismissMarkSchema, options.input);
  const { userId, projectId, briefId } = options;
  return db.$transaction(async (tx) => {
    await requireProjectAccess({ userId, projectId, action: "brief.edit", tx });
    if (!(await lockBrief(tx, { projectId, briefId }))) throw notFound("Brief");
    const brief = await tx.brief.findUniqueOrThrow({ where: { id: briefId }, select: { body: true, dismissedMarks: true } });
    const mark = estimativeMarks(brief.body).find((m) => m.key === key);
    if (!mark) throw notFound("That mark");
    if (brief.dismissedMarks.includes(key)) return { dismissed: brief.dismissedMarks };
    // Keys of sentences no longer in the text are dropped, so the list never outgrows the brief.
    const current = new Set(estimativeMarks(brief.body).map((m) => m.key));
    const dismissed = [...brief.dismissedMarks.filter((k) => current.has(k)), key];
    await tx.brief.update({ where: { id: briefId }, data: { dismissedMarks: dismissed } });
    await recordActivity(tx, {
      projectId,
      actorId: userId,
      action: "brief.dismiss_mark",
      objectType: "Brief",
      objectId: briefId,
      after: { key, term: mark.term, sentence: mark.sentence },
    });
    return { dismissed };
  });
}

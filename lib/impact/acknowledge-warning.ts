import "server-only";
import { recordActivity } from "@/lib/activity/record-activity";
import { requireProjectAccess } from "@/lib/authz/require-project-access";
import { db } from "@/lib/db";
import { conflict, notFound } from "@/lib/errors";
import { parseInput, type Input } from "@/lib/validation";
import { acknowledgeWarningSchema } from "./schemas";
import { toWarning, WARNING_FIELDS } from "./warning-fields";

/**
 * Acknowledges an impact warning: a member looked at what changed and says
 * what they checked or decided. Once only: a second acknowledgement is
 * refused, naming who came first. The row is locked, so two at once cannot both pass.
 */
export async function acknowledgeWarning(options: { userId: string; projectId: string; warningId: string; input?: Input<typeof acknowledgeWarningSchema> }) {
  const { userId, projectId, warningId } = options;
  const { note } = parseInput(acknowledgeWarningSchema, options.input ?? {});
  return db.$transaction(async (tx) => {
    await requireProjectAccess({ userId, projectId, action: "warning.acknowledge", tx });
    if (typeof warningId !== "string" || warningId.length > 64) throw notFound("Warning");
    const [locked] = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "ImpactWarning" WHERE id = ${warningId} AND "projectId" = ${projectId} FOR UPDATE`;
    if (!locked) throw notFound("Warning");
    const warning = await tx.impactWarning.findUniqueOrThrow({ where: { id: warningId }, select: WARNING_FIELDS });
    if (warning.acknowledgedAt) {
      throw conflict(`${warning.acknowledgedBy?.id === userId ? "You" : (warning.acknowledgedBy?.name ?? "Someone")} already acknowledged this warning.`);
    }
    const updated = await tx.impactWarning.update({
      where: { id: warningId },
      data: { acknowledgedAt: new Date(), acknowledgedById: userId, acknowledgement: note },
      select: WARNING_FIELDS,
    });
    await recordActivity(tx, {
      projectId,
      actorId: userId,
      action: "warning.acknowledge",
      objectType: "ImpactWarning",
      objectId: warningId,
      after: { message: warning.message, note, claimId: warning.claimId, briefId: warning.briefId },
    });
    return toWarning(updated);
  });
}

import "server-only";
import type { Tx } from "@/lib/db";
import type { ImpactCode } from "@/lib/generated/prisma/enums";
import { notifyEach } from "@/lib/notifications/notify";
import { findClaimDependents, findSourceDependents } from "./find-dependents";
import { newSubjects, subjectKey, type ImpactSubject } from "./dependents";

type Authored = { id: string; authorId: string };
type Cause = { sourceId: string } | { claimId: string };

const causeKey = (cause: Cause) => ("sourceId" in cause ? `source:${cause.sourceId}` : `claim:${cause.claimId}`);

/**
 * Writes the warnings of one kind of change, inside its transaction: one per
 * subject and cause, skipping subjects that already carry an open warning of
 * that code for that cause, in one statement whatever their number; then
 * tells each subject's author (never the actor) in another.
 */
export async function recordImpact(
  tx: Tx,
  input: {
    projectId: string;
    actorId: string;
    code: ImpactCode;
    entries: { cause: Cause; message: string; claims: Authored[]; briefs: Authored[] }[];
  },
): Promise<number> {
  const { projectId, actorId, code } = input;
  const causes = input.entries.map((e) => e.cause);
  const sourceIds = causes.flatMap((c) => ("sourceId" in c ? [c.sourceId] : []));
  const claimIds = causes.flatMap((c) => ("claimId" in c ? [c.claimId] : []));
  const open = await tx.impactWarning.findMany({
    where: { projectId, code, acknowledgedAt: null, OR: [{ causeSourceId: { in: sourceIds } }, { causeClaimId: { in: claimIds } }] },
    select: { causeSourceId: true, causeClaimId: true, claimId: true, briefId: true },
  });
  const authorOf = new Map<string, string>();
  const rows: { causeSourceId: string | null; causeClaimId: string | null; claimId: string | null; briefId: string | null; message: string }[] = [];
  for (const entry of input.entries) {
    const key = causeKey(entry.cause);
    const taken = open.filter((w) => (w.causeSourceId ? `source:${w.causeSourceId}` : `claim:${w.causeClaimId}`) === key);
    const subjects: ImpactSubject[] = [...entry.claims.map((c) => ({ kind: "claim" as const, id: c.id })), ...entry.briefs.map((b) => ({ kind: "brief" as const, id: b.id }))];
    for (const c of entry.claims) authorOf.set(`claim:${c.id}`, c.authorId);
    for (const b of entry.briefs) authorOf.set(`brief:${b.id}`, b.authorId);
    for (const subject of newSubjects(subjects, taken)) {
      rows.push({
        causeSourceId: "sourceId" in entry.cause ? entry.cause.sourceId : null,
        causeClaimId: "claimId" in entry.cause ? entry.cause.claimId : null,
        claimId: subject.kind === "claim" ? subject.id : null,
        briefId: subject.kind === "brief" ? subject.id : null,
        message: entry.message,
      });
    }
  }
  if (rows.length === 0) return 0;
  const created = await tx.impactWarning.createManyAndReturn({
    data: rows.map((row) => ({ ...row, projectId, code, actorId })),
    select: { id: true, claimId: true, briefId: true },
  });
  await notifyEach(tx, {
    projectId,
    actorId,
    type: "impact.warning",
    items: created.flatMap((w) => {
      const subject: ImpactSubject = w.claimId ? { kind: "claim", id: w.claimId } : { kind: "brief", id: w.briefId! };
      const author = authorOf.get(subjectKey(subject));
      return author ? [{ recipientId: author, objectType: "ImpactWarning", objectId: w.id }] : [];
    }),
  });
  return created.length;
}

/** A source event (retracted, downgraded): a warning on each of its claims and on each brief citing them or it. */
export async function recordSourceImpact(tx: Tx, input: { projectId: string; actorId: string; sourceId: string; code: ImpactCode; message: string }) {
  const { claims, briefs } = await findSourceDependents(tx, input);
  return recordImpact(tx, { ...input, entries: [{ cause: { sourceId: input.sourceId }, message: input.message, claims, briefs }] });
}

/**
 * Claim events (disputed, orphaned): a warning on each brief citing the
 * claim, and with `onClaim` on the claim itself (an orphaned claim's author
 * must look at it; a disputed one's already hears of the review).
 */
export async function recordClaimImpact(
  tx: Tx,
  input: { projectId: string; actorId: string; code: ImpactCode; onClaim: boolean; claims: { id: string; authorId: string; message: string }[] },
) {
  if (input.claims.length === 0) return 0;
  const { briefs } = await findClaimDependents(tx, { projectId: input.projectId, claimIds: input.claims.map((c) => c.id) });
  const entries = input.claims.map((claim) => ({
    cause: { claimId: claim.id },
    message: claim.message,
    claims: input.onClaim ? [claim] : [],
    briefs: briefs.filter((b) => b.claimIds.includes(claim.id)),
  }));
  return recordImpact(tx, { projectId: input.projectId, actorId: input.actorId, code: input.code, entries });
}

import "server-only";
import { recordActivity } from "@/lib/activity/record-activity";
import { reanchorClaims } from "@/lib/claims/reanchor-claims";
import { requireProjectAccess } from "@/lib/authz/require-project-access";
import { db } from "@/lib/db";
import { conflict, notFound } from "@/lib/errors";
import { movedMessage, orphanedMessage } from "@/lib/impact/messages";
import { recordClaimImpact } from "@/lib/impact/record-impact";
import { contentHash } from "./content-hash";
import { prepareImport, type DocumentInput, type PreparedDocument } from "./prepare-import";

/**
 * Stores a revised text of a source as its next version. Earlier versions
 * stay; the source's citations follow the new text (matched by their label)
 * and its claims are re-anchored onto it. A reference-only source (imported
 * from a reference manager, with no text) gets its first version this way and
 * becomes a source like any other; its details and CSL item stay.
 */
export async function addSourceVersion(options: {
  userId: string;
  projectId: string;
  sourceId: string;
  input?: DocumentInput;
  prepared?: PreparedDocument;
  allowSameText?: boolean;
}) {
  const { userId, projectId, sourceId } = options;
  await requireProjectAccess({ userId, projectId, action: "source.update" });
  const current = await db.source.findFirst({ where: { id: sourceId, projectId }, select: { id: true, contentHash: true } });
  if (!current) throw notFound("Source");
  const prepared = options.prepared ?? (await prepareImport(options.input ?? {}));
  const { body, backMatter, markers, citations } = prepared.parsed;
  const hash = contentHash(body);
  if (hash === current.contentHash && !options.allowSameText) {
    throw conflict("This is the same text as the current version.", "file");
  }

  return db.$transaction(async (tx) => {
    await requireProjectAccess({ userId, projectId, action: "source.update", tx });
    // Lock the source so that two revisions at once get consecutive numbers.
    const [locked] = await tx.$queryRaw<{ version: number; referenceOnly: boolean; title: string }[]>`SELECT version, "referenceOnly", title FROM "Source" WHERE id = ${sourceId} FOR UPDATE`;
    if (!locked) throw notFound("Source");
    const version = locked.referenceOnly ? 1 : locked.version + 1;
    await tx.sourceVersion.create({
      data: {
        sourceId,
        version,
        body,
        backMatter,
        contentHash: hash,
        markers,
        createdById: userId,
        originalName: prepared.original?.name,
        originalType: prepared.original?.type,
        originalFile: prepared.original ? Buffer.from(prepared.original.bytes) : undefined,
      },
    });
    await tx.source.update({ where: { id: sourceId }, data: { body, backMatter, contentHash: hash, version, referenceOnly: false } });

    const labels = citations.map((c) => c.label);
    await tx.citation.deleteMany({ where: { sourceId, label: { notIn: labels } } });
    for (const c of citations) {
      const fields = { ordinal: c.ordinal, text: c.text, url: c.url, title: c.title, authors: c.authors, publisher: c.publisher, issued: c.issued };
      await tx.citation.upsert({ where: { sourceId_label: { sourceId, label: c.label } }, create: { sourceId, label: c.label, ...fields }, update: fields });
    }
    const { newlyOrphaned, reworded, ...claims } = await reanchorClaims(tx, { sourceId, body, version });
    // Each claim the revision orphaned warns its author, and the briefs citing it.
    await recordClaimImpact(tx, {
      projectId,
      actorId: userId,
      code: "CLAIM_ORPHANED",
      onClaim: true,
      claims: newlyOrphaned.map((claim) => ({ ...claim, message: orphanedMessage(claim, { title: locked.title }, version) })),
    });
    // And each claim whose quoted words it changed: what the claim says may no longer follow from them.
    await recordClaimImpact(tx, {
      projectId,
      actorId: userId,
      code: "CLAIM_MOVED",
      onClaim: true,
      claims: reworded.map(({ before, after, ...claim }) => ({ ...claim, message: movedMessage({ ...claim, before, after }, { title: locked.title }, version) })),
    });
    await recordActivity(tx, {
      projectId,
      actorId: userId,
      action: "source.version",
      objectType: "Source",
      objectId: sourceId,
      after: { version, citations: citations.length, claimsMoved: claims.moved, claimsOrphaned: claims.orphaned, ...(locked.referenceOnly ? { attached: true } : {}) },
    });
    return { version, claims };
  });
}

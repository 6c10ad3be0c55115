import "server-only";
import type { Db, Tx } from "@/lib/db";
import { CORROBORATING_KINDS } from "@/lib/provenance/load-provenance";
import { claimToken, sourceToken } from "@/lib/briefs/claim-references";
import { briefsCiting } from "./dependents";

const CLAIM_FIELDS = { id: true, paraphrase: true, status: true, authorId: true, orphaned: true } as const;
const BRIEF_FIELDS = { id: true, title: true, status: true, authorId: true, body: true } as const;

/** Above this many tokens, the briefs are read whole rather than picked by their text in SQL. */
const TOKENS_IN_SQL = 100;

/**
 * A project's briefs that may cite the claims or sources, with their bodies:
 * which of them cite what is then read from the tokens in the text. For a
 * few claims (a dispute, a revision's orphans) PostgreSQL picks the briefs
 * whose text holds a token, so a review does not read every brief.
 */
async function projectBriefs(tx: Db | Tx, projectId: string, cited: { claimIds?: string[]; sourceIds?: string[] }) {
  const tokens = [...(cited.claimIds ?? []).map(claimToken), ...(cited.sourceIds ?? []).map(sourceToken)];
  const text = tokens.length <= TOKENS_IN_SQL ? { OR: tokens.map((token) => ({ body: { contains: token } })) } : {};
  return tx.brief.findMany({ where: { projectId, ...text }, select: BRIEF_FIELDS, orderBy: [{ updatedAt: "desc" }, { id: "asc" }] });
}

const withoutBody = <B extends { body: string }>({ body: _body, ...brief }: B) => brief;

/**
 * What rests on a source: its claims, and the briefs citing one of them or
 * the source directly. Judgments do not exist yet; when they do they join here.
 */
export async function findSourceDependents(tx: Db | Tx, options: { projectId: string; sourceId: string }) {
  const claims = await tx.claim.findMany({ where: { projectId: options.projectId, sourceId: options.sourceId }, select: CLAIM_FIELDS, orderBy: { createdAt: "asc" } });
  const cited = { claimIds: claims.map((c) => c.id), sourceIds: [options.sourceId] };
  const briefs = briefsCiting(await projectBriefs(tx, options.projectId, cited), cited);
  return { claims, briefs: briefs.map(withoutBody), judgments: [] as never[] };
}

/**
 * What rests on some claims: the briefs citing them, and the claims that
 * lean on them through a corroborating or duplicating relation (either way round).
 */
export async function findClaimDependents(tx: Db | Tx, options: { projectId: string; claimIds: string[] }) {
  const ids = new Set(options.claimIds);
  const relations = await tx.claimRelation.findMany({
    where: { projectId: options.projectId, kind: { in: CORROBORATING_KINDS }, OR: [{ fromId: { in: options.claimIds } }, { toId: { in: options.claimIds } }] },
    select: { fromId: true, toId: true },
  });
  const related = [...new Set(relations.flatMap((r) => [r.fromId, r.toId]).filter((id) => !ids.has(id)))];
  const claims = related.length ? await tx.claim.findMany({ where: { projectId: options.projectId, id: { in: related } }, select: CLAIM_FIELDS, orderBy: { createdAt: "asc" } }) : [];
  const briefs = briefsCiting(await projectBriefs(tx, options.projectId, { claimIds: options.claimIds }), { claimIds: options.claimIds });
  return { claims, briefs: briefs.map(withoutBody), judgments: [] as never[] };
}

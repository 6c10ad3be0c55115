import "server-only";
import { requireProjectAccess } from "@/lib/authz/require-project-access";
import type { Tx } from "@/lib/db";
import { can } from "@/lib/authz/permissions";
import { forbidden, invalid } from "@/lib/errors";
import { credibilityOneRefusal } from "@/lib/provenance/credibility-rule";
import { CLAIM_ORIGIN_FIELDS, CORROBORATING_KINDS, toClaimForOrigins } from "@/lib/provenance/load-provenance";
import { corroborationGroup } from "@/lib/provenance/origins";

/** What a claim records of an override of the credibility rule: none, or why and by whom. */
export type CredibilityOverride = { credibilityRationale: string | null; credibilityOverriddenById: string | null };

const OVERRIDE_PROMPT = "As a project owner you may keep credibility 1: say why it stands without two independent origins.";

const NONE: CredibilityOverride = { credibilityRationale: null, credibilityOverriddenById: null };

/**
 * Applies the rule that credibility 1 needs two independent origins (see
 * lib/provenance/credibility-rule.ts) to a claim as it will be saved: its
 * source, the footnotes it will rely on, and the claims related to it as
 * corroborating or duplicating it. A claim that falls short is refused, with
 * the reason on the credibility field, unless the user is a project owner
 * who gives a rationale: the override is kept on the claim with its author.
 * Any other credibility clears an earlier override.
 */
export async function checkCredibilityRule(
  tx: Tx,
  options: { userId: string; projectId: string; claimId?: string; sourceId: string; citationIds: string[]; credibility: number; rationale?: string },
): Promise<CredibilityOverride> {
  if (options.credibility !== 1) return NONE;
  const { projectId, claimId } = options;
  const source = await tx.source.findUniqueOrThrow({ where: { id: options.sourceId }, select: CLAIM_ORIGIN_FIELDS.source.select });
  const citations = options.citationIds.length
    ? await tx.citation.findMany({ where: { id: { in: options.citationIds }, sourceId: source.id }, select: CLAIM_ORIGIN_FIELDS.citations.select.citation.select })
    : [];
  const relations = claimId
    ? await tx.claimRelation.findMany({ where: { projectId, kind: { in: CORROBORATING_KINDS }, OR: [{ fromId: claimId }, { toId: claimId }] }, select: { fromId: true, toId: true } })
    : [];
  const partnerIds = relations.map((r) => (r.fromId === claimId ? r.toId : r.fromId));
  const partners = partnerIds.length ? await tx.claim.findMany({ where: { projectId, id: { in: partnerIds } }, select: CLAIM_ORIGIN_FIELDS }) : [];
  const group = corroborationGroup({ id: claimId ?? "new", source, citations }, partners.map(toClaimForOrigins));
  const refusal = credibilityOneRefusal(group);
  if (!refusal) return NONE;
  const rationale = options.rationale?.trim();
  const { role } = await requireProjectAccess({ userId: options.userId, projectId, action: "project.read", tx });
  const mayOverride = can(role, "claim.override_credibility");
  if (!rationale) {
    // An owner is asked for the rationale that would override the rule; the form shows its field then.
    throw invalid(refusal, mayOverride ? { credibility: [refusal], credibilityRationale: [OVERRIDE_PROMPT] } : { credibility: [refusal] });
  }
  if (!mayOverride) {
    const message = `${refusal.replace(/ A project owner may override.*$/, "")} Only a project owner may override the rule.`;
    throw forbidden(message);
  }
  return { credibilityRationale: rationale, credibilityOverriddenById: options.userId };
}

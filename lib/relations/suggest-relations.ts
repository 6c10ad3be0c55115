import "server-only";
import { requireProjectAccess } from "@/lib/authz/require-project-access";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { claimOrigins } from "@/lib/provenance/origins";
import { CLAIM_ORIGIN_FIELDS, toClaimForOrigins } from "@/lib/provenance/load-provenance";
import { rankSuggestions, SUGGESTION_LIMIT, type SuggestionCandidate } from "./rank-suggestions";

/** How many of the most alike claims the ranking looks at. */
const CANDIDATES = 40;
/** The trigram similarity below which a claim is not a candidate at all. */
const SIMILARITY_FLOOR = 0.1;
/** How many claims alike in wording are scored, at most. */
const ALIKE = 200;

/**
 * The project's other claims (from any source) most likely to bear on this
 * one, not related to it yet, best first: alike in wording (trigram
 * similarity of quote and paraphrase), sharing terms (full-text rank), and
 * sharing amounts and dates. Each comes with its reasons and a suggested
 * kind; nothing is related until an analyst says so.
 */
export async function suggestRelations(options: { userId: string; projectId: string; claimId: string }) {
  const { userId, projectId, claimId } = options;
  return db.$transaction(async (tx) => {
    await requireProjectAccess({ userId, projectId, action: "project.read", tx });
    const claim = await tx.claim.findFirst({ where: { id: claimId, projectId }, select: { id: true, exact: true, paraphrase: true } });
    if (!claim) throw notFound("Claim");
    const words = `${claim.exact} ${claim.paraphrase}`;
    // Claims alike in wording are found through the trigram indexes (the % operator, at a low threshold);
    // only those are scored, so a project of thousands of claims is not scanned in full.
    await tx.$executeRaw`SELECT set_config('pg_trgm.similarity_threshold', ${String(SIMILARITY_FLOOR)}, true)`;
    const candidates = await tx.$queryRaw<SuggestionCandidate[]>`
      WITH q AS (SELECT replace(plainto_tsquery('claimwork', ${words})::text, '&', '|') AS text),
      alike AS (
        SELECT c.id FROM "Claim" c
        WHERE c."projectId" = ${projectId} AND c.id <> ${claimId}
          AND (c.paraphrase % ${claim.paraphrase} OR c.exact % ${claim.exact} OR c.paraphrase % ${claim.exact} OR c.exact % ${claim.paraphrase})
        LIMIT ${ALIKE}
      )
      SELECT c.id, c.exact, c.paraphrase, scored.similarity, scored."textRank"
      FROM alike JOIN "Claim" c ON c.id = alike.id
      CROSS JOIN q
      CROSS JOIN LATERAL (
        SELECT GREATEST(
                 similarity(c.paraphrase, ${claim.paraphrase}), similarity(c.exact, ${claim.exact}),
                 similarity(c.paraphrase, ${claim.exact}), similarity(c.exact, ${claim.paraphrase})
               )::float8 AS similarity,
               (CASE WHEN q.text = '' THEN 0
                     ELSE ts_rank(to_tsvector('claimwork', c.exact || ' ' || c.paraphrase), q.text::tsquery, 32) END)::float8 AS "textRank"
      ) scored
      WHERE NOT EXISTS (
          SELECT 1 FROM "ClaimRelation" r
          WHERE (r."fromId" = ${claimId} AND r."toId" = c.id) OR (r."toId" = ${claimId} AND r."fromId" = c.id)
        )
      ORDER BY scored.similarity + scored."textRank" DESC, c.id
      LIMIT ${CANDIDATES}`;
    const ranked = rankSuggestions(claim, candidates, SUGGESTION_LIMIT);
    if (!ranked.length) return { suggestions: [] };
    const rows = await tx.claim.findMany({
      where: { projectId, id: { in: ranked.map((s) => s.id) } },
      select: { ...CLAIM_ORIGIN_FIELDS, paraphrase: true, status: true },
    });
    const byId = new Map(rows.map((row) => [row.id, row]));
    return {
      suggestions: ranked.flatMap((s) => {
        const row = byId.get(s.id);
        if (!row) return [];
        return [
          {
            claim: { id: row.id, paraphrase: row.paraphrase, status: row.status, source: { id: row.source.id, title: row.source.title }, origins: claimOrigins(toClaimForOrigins(row)) },
            score: s.score,
            reasons: s.reasons,
            shared: s.shared.map((f) => f.label),
            kind: s.kind,
          },
        ];
      }),
    };
  });
}

import "server-only";
import { requireProjectAccess } from "@/lib/authz/require-project-access";
import { db } from "@/lib/db";
import { buildTsQuery } from "./build-tsquery";
import { HIT_END, HIT_START, splitSnippet } from "./snippet";

const LIMIT = 20;
const HEADLINE = `MaxFragments=2, MaxWords=28, MinWords=12, FragmentDelimiter=" … ", StartSel="${HIT_START}", StopSel="${HIT_END}"`;

type SourceRow = { id: string; title: string; kind: string; reliability: string; publishedOn: Date | null; rank: number; snippet: string };
type CitationRow = { id: string; label: string; sourceId: string; sourceTitle: string; rank: number; snippet: string };

/**
 * Full-text search of a project's sources (title, authors, publisher, text)
 * and citations, ranked, with highlighted snippets. Accents and case don't
 * matter; "phrases", prefix* and -exclusions work (see buildTsQuery).
 */
export async function searchProject(options: { userId: string; projectId: string; query: string }) {
  await requireProjectAccess({ userId: options.userId, projectId: options.projectId, action: "project.read" });
  const tsquery = buildTsQuery(options.query);
  if (!tsquery) return { query: options.query, sources: [], citations: [], totals: { sources: 0, citations: 0 } };
  const { projectId } = options;

  // Rank and cut first; only the few rows shown pay for ts_headline.
  const [sources, citations, totals] = await Promise.all([
    db.$queryRaw<SourceRow[]>`
      WITH q AS (SELECT to_tsquery('claimwork', ${tsquery}) AS query),
      top AS (
        SELECT s.id, ts_rank_cd(s."searchVector", q.query) AS rank
        FROM "Source" s, q
        WHERE s."projectId" = ${projectId} AND s."searchVector" @@ q.query
        ORDER BY rank DESC, s."createdAt" DESC
        LIMIT ${LIMIT}
      )
      SELECT s.id, s.title, s.kind::text AS kind, s.reliability::text AS reliability, s."publishedOn", top.rank::float8 AS rank,
             ts_headline('claimwork', s.body, q.query, ${HEADLINE}) AS snippet
      FROM top JOIN "Source" s ON s.id = top.id, q
      ORDER BY top.rank DESC, s."createdAt" DESC`,
    db.$queryRaw<CitationRow[]>`
      WITH q AS (SELECT to_tsquery('claimwork', ${tsquery}) AS query)
      SELECT c.id, c.label, c."sourceId", s.title AS "sourceTitle", ts_rank_cd(c."searchVector", q.query)::float8 AS rank,
             ts_headline('claimwork', c.text, q.query, ${`HighlightAll=true, StartSel="${HIT_START}", StopSel="${HIT_END}"`}) AS snippet
      FROM "Citation" c JOIN "Source" s ON s.id = c."sourceId", q
      WHERE s."projectId" = ${projectId} AND c."searchVector" @@ q.query
      ORDER BY rank DESC, c.ordinal
      LIMIT ${LIMIT}`,
    db.$queryRaw<{ sources: bigint; citations: bigint }[]>`
      WITH q AS (SELECT to_tsquery('claimwork', ${tsquery}) AS query)
      SELECT
        (SELECT count(*) FROM "Source" s, q WHERE s."projectId" = ${projectId} AND s."searchVector" @@ q.query) AS sources,
        (SELECT count(*) FROM "Citation" c JOIN "Source" s ON s.id = c."sourceId", q
          WHERE s."projectId" = ${projectId} AND c."searchVector" @@ q.query) AS citations`,
  ]);

  return {
    query: options.query,
    sources: sources.map((s) => ({ ...s, snippet: splitSnippet(s.snippet) })),
    citations: citations.map((c) => ({ ...c, snippet: splitSnippet(c.snippet) })),
    totals: { sources: Number(totals[0]?.sources ?? 0), citations: Number(totals[0]?.citations ?? 0) },
  };
}

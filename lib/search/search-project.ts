import "server-only";
import { requireProjectAccess } from "@/lib/authz/require-project-access";
import { db } from "@/lib/db";
import { buildTsQuery } from "./build-tsquery";
import { HIT_END, HIT_START, splitSnippet } from "./snippet";

const LIMIT = 20;
const HEADLINE = `MaxFragments=2, MaxWords=28, MinWords=12, FragmentDelimiter=" … ", StartSel="${HIT_START}", StopSel="${HIT_END}"`;
/**
 * Characters from the start of a text that its snippet is first looked for in. ts_headline parses all the text it
 * is given (about 3.5 ms for a 5,000-word body), so a snippet from the opening, where the best-ranked texts
 * mostly match, costs a tenth of one from the whole text; only texts whose opening does not match pay for that.
 */
const SNIPPET_WINDOW = 2000;

type SourceRow = { id: string; title: string; kind: string; reliability: string | null; publishedOn: Date | null; rank: number; snippet: string };
type CitationRow = { id: string; label: string; sourceId: string; sourceTitle: string; rank: number; snippet: string };
/** Every match counted by the ranking query itself (a window count), which needs no second scan. */
type Counted<T> = T & { total: bigint };

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

  // Rank, count and cut first; only the few rows shown pay for ts_headline. A source's snippet comes from the
  // opening of its text when the opening matches the whole query, else from the whole text as before.
  const [sources, citations] = await Promise.all([
    db.$queryRaw<Counted<SourceRow>[]>`
      WITH q AS (SELECT to_tsquery('claimwork', ${tsquery}) AS query),
      top AS (
        SELECT s.id, ts_rank_cd(s."searchVector", q.query) AS rank, count(*) OVER () AS total
        FROM "Source" s, q
        WHERE s."projectId" = ${projectId} AND s."searchVector" @@ q.query
        ORDER BY rank DESC, s."createdAt" DESC, s.id
        LIMIT ${LIMIT}
      )
      SELECT s.id, s.title, s.kind::text AS kind, s.reliability::text AS reliability, s."publishedOn", top.rank::float8 AS rank, top.total,
             CASE WHEN to_tsvector('claimwork', left(s.body, ${SNIPPET_WINDOW}::int)) @@ q.query
                  THEN ts_headline('claimwork', left(s.body, ${SNIPPET_WINDOW}::int), q.query, ${HEADLINE})
                  ELSE ts_headline('claimwork', s.body, q.query, ${HEADLINE}) END AS snippet
      FROM top JOIN "Source" s ON s.id = top.id, q
      ORDER BY top.rank DESC, s."createdAt" DESC, s.id`,
    db.$queryRaw<Counted<CitationRow>[]>`
      WITH q AS (SELECT to_tsquery('claimwork', ${tsquery}) AS query),
      top AS (
        SELECT c.id, ts_rank_cd(c."searchVector", q.query) AS rank, count(*) OVER () AS total
        FROM "Citation" c JOIN "Source" s ON s.id = c."sourceId", q
        WHERE s."projectId" = ${projectId} AND c."searchVector" @@ q.query
        ORDER BY rank DESC, c.ordinal, c.id
        LIMIT ${LIMIT}
      )
      SELECT c.id, c.label, c."sourceId", s.title AS "sourceTitle", top.rank::float8 AS rank, top.total,
             ts_headline('claimwork', c.text, q.query, ${`HighlightAll=true, StartSel="${HIT_START}", StopSel="${HIT_END}"`}) AS snippet
      FROM top JOIN "Citation" c ON c.id = top.id JOIN "Source" s ON s.id = c."sourceId", q
      ORDER BY top.rank DESC, c.ordinal, c.id`,
  ]);

  return {
    query: options.query,
    sources: sources.map(({ total: _total, ...s }) => ({ ...s, snippet: splitSnippet(s.snippet) })),
    citations: citations.map(({ total: _total, ...c }) => ({ ...c, snippet: splitSnippet(c.snippet) })),
    totals: { sources: Number(sources[0]?.total ?? 0), citations: Number(citations[0]?.total ?? 0) },
  };
}

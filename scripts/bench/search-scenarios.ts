/**
 * The reader of the long imported source, and search of the library project through the page
 * and the API, each beside plain-SQL floors. Per-query figures go into a breakdown table.
 */
import { performance } from "node:perf_hooks";
import { buildTsQuery } from "../../lib/search/build-tsquery";
import { getPage, signIn } from "./http";
import type { ImportResults } from "./import-scenarios";
import type { Library } from "./library";
import { rankSources, readSourceRows } from "./library-floors";
import { median, percentile } from "./load";
import type { Measurement, ScenarioRow, Section } from "./report";
import { measure, type Context } from "./scenarios";

const READER_TARGET_MS = 400;
const SEARCH_TARGET_MS = 150;

/** A rare word, a common one, a phrase, a prefix and an alternative. */
export const SEARCH_QUERIES = [
  { kind: "rare word", q: "Phongsaly" },
  { kind: "common word", q: "development" },
  { kind: "phrase", q: '"quality infrastructure"' },
  { kind: "prefix", q: "infra*" },
  { kind: "OR", q: "railway OR airport" },
] as const;

type SearchJson = { totals: { sources: number; citations: number } };

/** Times each query separately (measured runs only), for the breakdown. */
function perQuery(warmup: number) {
  const times = SEARCH_QUERIES.map(() => [] as number[]);
  return {
    wrap: (op: (i: number) => Promise<unknown>) => async (i: number) => {
      const started = performance.now();
      const result = await op(i);
      if (i >= warmup) times[i % SEARCH_QUERIES.length]!.push(performance.now() - started);
      return result;
    },
    stats: (k: number) => {
      const sorted = [...times[k]!].sort((a, b) => a - b);
      return `${median(sorted).toFixed(1)} / ${percentile(sorted, 95).toFixed(1)}`;
    },
  };
}

export async function runSearchScenarios(
  ctx: Context,
  library: Library,
  largeSource: ImportResults["largeSource"],
): Promise<{ scenarios: ScenarioRow[]; floors: Measurement[]; notes: string[]; sections: Section[] }> {
  const { baseUrl, options, pool } = ctx;
  const load = { requests: options.requests, concurrency: options.concurrency, serverSide: true };
  const out = { scenarios: [] as ScenarioRow[], floors: [] as Measurement[], notes: [] as string[], sections: [] as Section[] };
  const jar = await signIn(baseUrl, library.user);

  if (largeSource) {
    const path = `/projects/${library.importProjectId}/sources/${largeSource.id}`;
    // The reader opens on the first part of a long source, with the notes that part cites.
    const expected = [largeSource.title, 'id="note-1"'];
    const row = await measure(ctx, "reader", `GET /projects/:id/sources/:id (${Math.round(largeSource.words / 1000)}k words)`, () => getPage(baseUrl, path, jar, expected), load);
    out.scenarios.push({ ...row, floorKey: "reader-sql", target: { stat: "median", ms: READER_TARGET_MS } });
    out.floors.push(
      await measure(ctx, "reader-sql", "source+body+notes, plain SQL", readSourceRows(pool, library.importProjectId, largeSource.id), { ...load, serverSide: false }),
    );
  }

  const search = library.search;
  if (!search) return out;
  const queries = SEARCH_QUERIES.map((s) => s.q);
  const tsqueries = queries.map((q) => buildTsQuery(q)!);
  const warmup = Math.min(options.warmup, options.requests);
  const at = (i: number) => encodeURIComponent(queries[i % queries.length]!);
  const totals: SearchJson["totals"][] = [];
  const api = async (i: number) => {
    const response = await fetch(`${baseUrl}/api/v1/projects/${search.projectId}/search?q=${at(i)}`, {
      headers: { authorization: `Bearer ${library.apiToken}` },
      signal: AbortSignal.timeout(30_000),
    });
    const text = await response.text();
    if (response.status !== 200) throw new Error(`GET /api/v1/…/search answered ${response.status}: ${text.slice(0, 200)}`);
    const json = JSON.parse(text) as SearchJson;
    if (json.totals.sources === 0) throw new Error(`the API found nothing for ${queries[i % queries.length]}`);
    totals[i % queries.length] = json.totals;
    return text.length;
  };
  const page = perQuery(warmup);
  const apiTimes = perQuery(warmup);
  const floorTimes = perQuery(warmup);
  const pageRow = await measure(
    ctx,
    "search-page",
    `GET /projects/:id/search?q= (${search.sources} sources)`,
    page.wrap((i) => getPage(baseUrl, `/projects/${search.projectId}/search?q=${at(i)}`, jar, ["Sources ("])),
    load,
  );
  const apiRow = await measure(ctx, "search-api", `GET /api/v1/projects/:id/search?q=`, apiTimes.wrap(api), load);
  out.scenarios.push({ ...pageRow, floorKey: "search-sql" }, { ...apiRow, floorKey: "search-sql", target: { stat: "p95", ms: SEARCH_TARGET_MS } });
  out.floors.push(
    await measure(ctx, "search-sql", "ranked tsquery match, plain SQL", floorTimes.wrap(rankSources(pool, search.projectId, tsqueries)), { ...load, serverSide: false }),
  );
  // The API once more, one request at a time: latency without queueing on the machine's cores.
  const requests = Math.max(queries.length, Math.min(options.requests, 100));
  const single = perQuery(Math.min(options.warmup, requests));
  const apiSingle = await measure(ctx, "search-api-1", `GET /api/v1/projects/:id/search?q=, alone`, single.wrap(api), {
    requests,
    concurrency: 1,
    serverSide: true,
    warmup: Math.min(options.warmup, requests),
  });
  out.scenarios.push({ ...apiSingle, floorKey: "search-sql", target: { stat: "p95", ms: SEARCH_TARGET_MS } });

  out.notes.push(
    `Search library: ${search.sources.toLocaleString("en")} sources, ${search.words.toLocaleString("en")} words, ${search.citations.toLocaleString("en")} citations ` +
      `(generated and inserted in ${search.seconds.toFixed(1)} s); queries in turn: ${queries.join(" · ")}.`,
  );
  out.sections.push({
    title: `Search, per query: median / p95 ms (concurrency ${options.concurrency}, API alone at 1)`,
    header: ["query", "tsquery", "sources", "notes", "page", "API", "API alone", "SQL floor"],
    rows: SEARCH_QUERIES.map((s, k) => [
      `${s.kind}: ${s.q}`,
      tsqueries[k]!,
      String(totals[k]?.sources ?? "?"),
      String(totals[k]?.citations ?? "?"),
      page.stats(k),
      apiTimes.stats(k),
      single.stats(k),
      floorTimes.stats(k),
    ]),
  });
  return out;
}

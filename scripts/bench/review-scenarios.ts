/**
 * The review scenario: many reviewers at once working through their queues of a project of
 * thousands of claims in review, each verdict posted through the API, beside a plain-SQL floor;
 * meanwhile other members keep the project open (GET /live), and the delay from each review to
 * its event reaching their pages is measured beside NOTIFY → LISTEN in this process.
 */
import { randomBytes } from "node:crypto";
import { performance } from "node:perf_hooks";
import pg from "pg";
import { VERDICTS } from "../../lib/reviews/schemas";
import type { BenchUser } from "./dataset";
import { signIn } from "./http";
import { openWatchers } from "./live-watchers";
import { median, percentile, summarize } from "./load";
import type { BenchOptions } from "./options";
import { observedRow, type Measurement, type ScenarioRow, type Section } from "./report";
import { insertReviewRows, listenForReviews } from "./review-floors";
import { measure, type Context } from "./scenarios";

const REVIEW_TARGET_MS = 150;
const EVENT_TARGET_MS = 1000;
/** How long after the last review its events may still arrive before they count as missing. */
const DRAIN_MS = 5000;
const SOURCES = 20;
const SENTENCE =
  "Luang Prabang's officials weigh each Japanese grant for the old town against the Chinese railway's new station, and say so in public. ";
/** One per verdict, in the order of VERDICTS. */
const RATIONALES = [
  "The quote matches the source word for word, and the paraphrase keeps the author's hedging.",
  "The figures in the paraphrase differ from the table the quote comes from; the source gives a lower total.",
  "The source attributes this to an unnamed official. A second, named source is needed before it can be cited.",
] as const;

export type ReviewProject = {
  projectId: string;
  owner: BenchUser;
  reviewers: (BenchUser & { token: string })[];
  /** Viewers who keep the project open during the review scenario. */
  watchers: BenchUser[];
  /** Each reviewer's claims in review, oldest first. */
  queues: string[][];
  claims: number;
  seconds: number;
};

export type Reviewer = ReviewProject["reviewers"][number];

const newId = () => `c${randomBytes(12).toString("hex")}`;

/**
 * A project of `reviewQueue` claims in review, written by its owner and assigned in turn to
 * `reviewers` reviewers who each hold an API token, and `watchers` viewers. Members and tokens
 * go through lib/ (as in the app); sources and claims in bulk with SQL.
 */
export async function seedReviewProject(url: string, options: BenchOptions, log: (line: string) => void): Promise<ReviewProject | null> {
  if (options.reviewQueue === 0 || options.reviews === 0) return null;
  // The API scenario and its floor each take their own claims from every queue.
  const perReviewer = 2 * Math.ceil((Math.min(options.warmup, options.reviews) + options.reviews) / options.reviewers);
  if (Math.floor(options.reviewQueue / options.reviewers) < perReviewer) {
    throw new Error(`--review-queue ${options.reviewQueue} is too short: ${options.reviewers} reviewers need ${perReviewer} claims each for the reviews, their warm-up and the floor`);
  }
  const started = Date.now();
  const { makeMember, makeProject, makeUser } = await import("../../lib/factories");
  const { createApiToken } = await import("../../lib/tokens/create-api-token");
  const owner = await makeUser({ name: "Bench Review Lead", email: "bench-review-lead@bench.claimwork.test" });
  const project = await makeProject(owner, { name: "Bench reviews", description: "Thousands of claims in review, for a team of reviewers." });
  const reviewers: ReviewProject["reviewers"] = [];
  for (let i = 1; i <= options.reviewers; i++) {
    const user = await makeUser({ name: `Bench Reviewer ${String(i).padStart(2, "0")}`, email: `bench-reviewer-${i}@bench.claimwork.test` });
    await makeMember(project, owner, user, "REVIEWER");
    const { token } = await createApiToken({ userId: user.id, input: { name: "bench" } });
    reviewers.push({ ...user, token });
  }
  const watchers: BenchUser[] = [];
  for (let i = 1; i <= options.watchers; i++) {
    const user = await makeUser({ name: `Bench Watcher ${String(i).padStart(2, "0")}`, email: `bench-watcher-${i}@bench.claimwork.test` });
    await makeMember(project, owner, user, "VIEWER");
    watchers.push(user);
  }
  log(`Generating the review project: ${options.reviewQueue.toLocaleString("en")} claims in review, ${options.reviewers} reviewers, ${options.watchers} watchers…`);

  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const body = SENTENCE.repeat(80);
    const sourceIds = Array.from({ length: SOURCES }, newId);
    await client.query("BEGIN");
    await client.query(
      `INSERT INTO "Source" (id, "projectId", title, authors, publisher, "publishedOn", kind, language, reliability,
                             body, "contentHash", "addedById", "createdAt", "updatedAt")
       SELECT s.id, $1, 'Review source ' || s.n, ARRAY['Souphanh Keomixay'], 'Vientiane Times',
              DATE '2021-01-01' + s.n::int, (enum_range(NULL::"SourceKind"))[1 + s.n::int % 6], 'en', (enum_range(NULL::"Reliability"))[1 + s.n::int % 6],
              $2 || ' ' || s.n, md5($2 || s.n), $3, now() - make_interval(mins => s.n::int), now()
       FROM unnest($4::text[]) WITH ORDINALITY AS s(id, n)`,
      [project.id, body, owner.id, sourceIds],
    );
    await client.query(
      `INSERT INTO "SourceVersion" (id, "sourceId", version, body, "contentHash", "createdById")
       SELECT 'c' || substr(md5(id || ':v1'), 1, 24), id, 1, body, "contentHash", "addedById" FROM "Source" WHERE "projectId" = $1`,
      [project.id],
    );
    // Claim c goes to reviewer c mod n: every reviewer's queue holds every n-th claim, oldest first.
    await client.query(
      `INSERT INTO "Claim" (id, "projectId", "sourceId", "sourceVersion", exact, prefix, suffix, start, "end",
                            paraphrase, credibility, status, "authorId", "assigneeId", "createdAt", "updatedAt")
       SELECT 'c' || substr(md5($1 || ':review-claim:' || c), 1, 24), $1, s.id, 1,
              substr(s.body, 1 + (c / $3) * 67 % 9000, 60), '', '', (c / $3) * 67 % 9000, (c / $3) * 67 % 9000 + 60,
              'Review claim ' || c || ': Luang Prabang balances Japanese heritage grants against the Chinese railway.', 1 + c % 6,
              'IN_REVIEW', $4, ($5::text[])[1 + c % cardinality($5::text[])],
              now() - make_interval(secs => $2 - c), now() - make_interval(secs => $2 - c)
       FROM generate_series(0, $2::int - 1) AS c
       JOIN LATERAL (SELECT id, body FROM "Source" WHERE id = ($6::text[])[1 + c % $3]) s ON true`,
      [project.id, options.reviewQueue, SOURCES, owner.id, reviewers.map((r) => r.id), sourceIds],
    );
    await client.query("COMMIT");
    await client.query(`ANALYZE "Claim"; ANALYZE "Source"`);
    const { rows } = await client.query<{ id: string; assigneeId: string }>(
      `SELECT id, "assigneeId" FROM "Claim" WHERE "projectId" = $1 ORDER BY "createdAt", id`,
      [project.id],
    );
    const queues = reviewers.map((r) => rows.filter((row) => row.assigneeId === r.id).map((row) => row.id));
    return { projectId: project.id, owner, reviewers, watchers, queues, claims: rows.length, seconds: (Date.now() - started) / 1000 };
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    throw error;
  } finally {
    await client.end();
  }
}

/** The i-th review of a scenario: whose, on which claim, and what it says. */
export type NextReview = (i: number) => { reviewer: Reviewer; claimId: string; input: { verdict: (typeof VERDICTS)[number]; rationale: string } };

/** Hands out each reviewer's claims in queue order, each claim once, whichever scenario asks: operation i is reviewer i mod n's. */
function queueCursor(project: ReviewProject): NextReview {
  const taken = project.queues.map(() => 0);
  return (i) => {
    const r = i % project.reviewers.length;
    const k = taken[r] ?? 0;
    taken[r] = k + 1;
    const claimId = project.queues[r]?.[k];
    if (!claimId) throw new Error(`reviewer ${r + 1} has no claim left to review: raise --review-queue`);
    const input = { verdict: VERDICTS[i % VERDICTS.length]!, rationale: `${RATIONALES[i % RATIONALES.length]!} (Review ${i}.)` };
    return { reviewer: project.reviewers[r]!, claimId, input };
  };
}

const ms = (n: number) => (Number.isNaN(n) ? "—" : n.toFixed(1));
const describeDelays = (sorted: number[]) => [ms(median(sorted)), ms(percentile(sorted, 95)), ms(sorted.at(-1) ?? Number.NaN)];

export async function runReviewScenarios(
  ctx: Context,
  project: ReviewProject | null,
): Promise<{ scenarios: ScenarioRow[]; floors: Measurement[]; notes: string[]; sections: Section[] }> {
  const out = { scenarios: [] as ScenarioRow[], floors: [] as Measurement[], notes: [] as string[], sections: [] as Section[] };
  if (!project) return out;
  const { baseUrl, options, pool, log } = ctx;
  const concurrency = project.reviewers.length;
  const warmup = Math.min(options.warmup, options.reviews);
  // Reviewers at a steady offered rate (see runLoad); --review-rate 0 lets each one post again as soon as answered.
  const load = { requests: options.reviews, concurrency, serverSide: true, warmup, ratePerSecond: options.reviewRate || undefined };
  const next = queueCursor(project);

  // Every watcher's page is open before the first review, as a teammate's would be.
  const jars = await Promise.all(project.watchers.map((w) => signIn(baseUrl, w)));
  const live = await openWatchers(baseUrl, jars, { projectId: project.projectId, action: "review.create" });
  /** Measured reviews the API accepted: when each request began and when its answer arrived. */
  const reviewed = new Map<string, { start: number; ack: number }>();
  let row: Measurement;
  try {
    const review = async (i: number) => {
      const { reviewer, claimId, input } = next(i);
      const start = performance.now();
      const response = await fetch(`${baseUrl}/api/v1/projects/${project.projectId}/claims/${claimId}/reviews`, {
        method: "POST",
        headers: { authorization: `Bearer ${reviewer.token}`, "content-type": "application/json" },
        body: JSON.stringify(input),
        signal: AbortSignal.timeout(30_000),
      });
      const text = await response.text();
      const ack = performance.now();
      if (response.status !== 201) throw new Error(`POST /api/v1/…/reviews answered ${response.status}: ${text.slice(0, 200)}`);
      const { status } = JSON.parse(text) as { status?: string };
      if (status !== input.verdict) throw new Error(`a ${input.verdict} review left the claim ${status}`);
      if (i >= warmup) reviewed.set(claimId, { start, ack });
      return text.length;
    };
    const label = `POST /api/v1/…/claims/:id/reviews (${concurrency} reviewer${concurrency === 1 ? "" : "s"}, ${project.claims.toLocaleString("en")} in review)`;
    row = await measure(ctx, "review", label, review, load);
    out.scenarios.push({ ...row, floorKey: "review-sql", target: { stat: "p95", ms: REVIEW_TARGET_MS } });
    if (live.watchers.length > 0) await live.waitFor([...reviewed.keys()], DRAIN_MS);
  } finally {
    await live.close();
  }

  // The floor's announcements, heard by a plain LISTEN connection of this process.
  const listener = await listenForReviews(pool.options.connectionString);
  const floorStarts = new Map<string, number>();
  let floor: Measurement;
  try {
    const started = (claimId: string, at: number, i: number) => {
      if (i >= warmup) floorStarts.set(claimId, at);
    };
    floor = await measure(ctx, "review-sql", "lock + review + claim + activity + notification + notify, plain SQL", insertReviewRows(pool, project, next, started), {
      ...load,
      serverSide: false,
    });
    out.floors.push(floor);
    await listener.waitFor([...floorStarts.keys()], DRAIN_MS);
  } finally {
    await listener.close();
  }

  const { delays: floorDelays, missing: floorMissing } = listener.delaysFrom(floorStarts);
  out.floors.push(
    observedRow(
      "review-event-sql",
      "its NOTIFY → a LISTEN of this process, from BEGIN",
      summarize(floorDelays, {
        concurrency,
        planned: floorStarts.size,
        errors: floorMissing,
        firstError: floorMissing ? `${floorMissing} of ${floorStarts.size} notifications never reached the LISTEN connection` : undefined,
        cutShort: floor.stats.cutShort,
        elapsedMs: floor.stats.elapsedMs,
      }),
      floor,
    ),
  );

  const pages = live.watchers.length;
  const perQueue = Math.round(project.claims / concurrency);
  out.notes.push(
    `Review project: ${project.claims.toLocaleString("en")} claims in review over ${SOURCES} sources, written by the owner and assigned in turn to ` +
      `${concurrency} reviewers (≈ ${perQueue} each; generated in ${project.seconds.toFixed(1)} s). Each reviewer posts verdicts on their own queue ` +
      `in order with their API token (verified, disputed, needs evidence in turn); the floor writes the same rows on the next claims of the same queues.`,
  );
  if (pages === 0) return out;

  const fromStart: number[] = [];
  const fromAck: number[] = [];
  let missing = 0;
  for (const [claimId, { start, ack }] of reviewed) {
    for (const watcher of live.watchers) {
      const arrived = watcher.arrivals.get(claimId);
      if (arrived === undefined) {
        missing++;
        continue;
      }
      fromStart.push(arrived - start);
      fromAck.push(arrived - ack);
    }
  }
  const failures = live.watchers.flatMap((w, k) => (w.failure ? [`page ${k + 1}: ${w.failure}`] : []));
  const resyncs = live.watchers.reduce((n, w) => n + w.resyncs, 0);
  const planned = reviewed.size * pages;
  const stats = summarize(fromStart, {
    concurrency,
    planned,
    errors: missing,
    firstError: missing
      ? `${missing} of ${planned} review events never reached an open page within ${DRAIN_MS / 1000} s${failures.length ? ` (${failures.join("; ")})` : ""}`
      : undefined,
    cutShort: row.stats.cutShort,
    elapsedMs: row.stats.elapsedMs,
  });
  const sortedAck = [...fromAck].sort((a, b) => a - b);
  log(
    `  review → event on ${pages} open pages: median ${ms(stats.medianMs)} ms, p95 ${ms(stats.p95Ms)} ms, max ${ms(stats.maxMs)} ms ` +
      `(after the API's answer: median ${ms(median(sortedAck))}, p95 ${ms(percentile(sortedAck, 95))})${missing ? `, ${missing} MISSING` : ""}`,
  );
  out.scenarios.push({
    ...observedRow("review-event", `review → its event on another open page (${pages} pages, GET /live)`, stats, row),
    floorKey: "review-event-sql",
    target: { stat: "p95", ms: EVENT_TARGET_MS },
  });
  const floorSorted = [...floorDelays].sort((a, b) => a - b);
  out.sections.push({
    title: `Review → event on an open page: delay in ms (${reviewed.size} reviews × ${pages} pages, ${concurrency} reviewers at once)`,
    header: ["measured from", "to", "pairs", "median", "p95", "max", "missing"],
    rows: [
      ["the review request's start", "a GET /live stream", String(fromStart.length), ...describeDelays([...fromStart].sort((a, b) => a - b)), String(missing)],
      ["the API's answer (201)", "a GET /live stream", String(fromAck.length), ...describeDelays(sortedAck), String(missing)],
      ["BEGIN of the plain-SQL floor", "a LISTEN of this process", String(floorDelays.length), ...describeDelays(floorSorted), String(floorMissing)],
    ],
  });
  out.notes.push(
    `Event delay: ${pages} viewers of the review project each keep GET /live open while the reviews run; the delay runs from the start of a review's ` +
      `request to the arrival of its review.create event on each page, as read by this process (its event loop also drives the load). ` +
      `After the answer it can be negative: NOTIFY is sent at commit, before the response is written.` +
      (resyncs ? ` The pages were asked to re-read ${resyncs} times (the server's LISTEN connection came back).` : ""),
  );
  return out;
}

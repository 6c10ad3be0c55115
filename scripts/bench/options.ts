import { parseArgs } from "node:util";

export type BenchOptions = {
  quick: boolean;
  /** Run everything on the embedded server, then again on `externalUrl`'s server, and compare the two. */
  compareExternal: boolean;
  /** The server of the comparison run. */
  externalUrl: string;
  /** Projects the benchmark user is a member of. */
  projects: number;
  /** Other users: sign-in accounts and project members. */
  users: number;
  /** Other users added to each project (at most `users`). */
  members: number;
  sourcesPerProject: number;
  claimsPerSource: number;
  briefsPerProject: number;
  /** Measured requests per page scenario and per floor. */
  requests: number;
  /** Measured sign-ins (each ≈ 100 ms of server CPU by design). */
  signIns: number;
  concurrency: number;
  warmup: number;
  /** Upper bound on one scenario's measured phase, in seconds. */
  timeLimit: number;
  /** Words of the long Markdown import (0: no text import and no reader scenario). */
  sourcesWords: number;
  /** Footnotes of the long Markdown import. */
  sourcesNotes: number;
  /** Measured imports per import scenario (one more is the warm-up). */
  imports: number;
  /** Pages of the PDF import (0: none). */
  pdfPages: number;
  /** Sources of the search project (0: no search scenarios). */
  searchSources: number;
  /** Words per source of the search project. */
  searchWords: number;
  /** Claims added to the long imported source for the reader-with-claims scenario (0 skips it). */
  readerClaims: number;
  /** Claims of the board project (0: no board scenario). */
  boardClaims: number;
  /** Analysts creating claims at once (each with an API token). */
  analysts: number;
  /** Measured claim creations (0: no creation scenario). */
  claimCreates: number;
  /** Offered rate of the paced claim-creation run, claims a second. */
  createRate: number;
  /** Offered rate of the review run, reviews a second (0: unpaced). */
  reviewRate: number;
  /** Claims in review of the review project, assigned in turn to the reviewers (0: no review scenario). */
  reviewQueue: number;
  /** Reviewers working through their queues at once (each with an API token). */
  reviewers: number;
  /** Measured reviews (0: no review scenario). */
  reviews: number;
  /** Other members keeping the project open (GET /live) during the reviews (0: no event-delay figures). */
  watchers: number;
  /** Claims the long brief references (0: no brief scenarios). */
  briefClaims: number;
  /** Sources those claims come from. */
  briefSources: number;
  /** Length of the brief, in pages of about 500 words. */
  briefPages: number;
  /** Measured requests per brief scenario (preview and each export format). */
  briefExports: number;
};

const HELP = `npm run bench -- [options]

  --quick               small smoke run (few projects and requests)
  --compare-external    run every scenario on the embedded PostgreSQL, then again on
                        --external-url's server, and print the two side by side
  --external-url URL    the server of that comparison (default
                        postgresql://postgres@127.0.0.1:5432/postgres)
  --projects N          projects of the benchmark user (default 50; quick 8)
  --users N             other users: sign-in accounts and members (default 10; quick 3)
  --members N           other users added to each project (default 3; quick 2)
  --sources N           sources per project (default 20; quick 3)
  --claims N            claims per source (default 10; quick 4)
  --briefs N            briefs per project (default 3; quick 1)
  --requests N          measured requests per scenario (default 200; quick 30)
  --sign-ins N          measured sign-ins (default 100; quick 10)
  --concurrency N       requests in flight (default 10; quick 4)
  --warmup N            unmeasured requests before each scenario (default 20; quick 4)
  --time-limit S        cap on each scenario's measured phase, seconds (default 120)

  --sources-words N     words of the long Markdown import, read back by the reader
                        scenario (default 100000; quick 10000; 0 skips both)
  --sources-notes N     its footnotes (default 300; quick 30)
  --imports N           measured imports per import scenario (default 5; quick 2)
  --pdf-pages N         pages of the PDF import, ~400 words each (default 100; quick 5; 0 skips)
  --search-sources N    sources of the search project (default 1000; quick 40; 0 skips search)
  --search-words N      words per search source (default 5000; quick 1000)

  --reader-claims N     claims added to the long source, read back (default 2000; quick 200; 0 skips)
  --board-claims N      claims of the board project (default 20000; quick 2000; 0 skips the board)
  --analysts N          analysts creating claims at once (default 20; quick 4)
  --claim-creates N     measured claim creations (default 1000; quick 40; 0 skips)
  --create-rate N       offered rate of the paced creation run, a second (default 110; quick 40)

  --review-queue N      claims in review, assigned in turn to the reviewers (default 5000; quick 200; 0 skips)
  --reviewers N         reviewers working through their queues at once (default 20; quick 4)
  --reviews N           measured reviews through the API (default 1000; quick 40; 0 skips)
  --review-rate N       offered rate of the reviews, a second (default 100; quick 40; 0: each
                        reviewer posts again as soon as answered)
  --watchers N          other members with the project open, timing each review's live event
                        (default 5; quick 2; 0 skips the event delay)

  --brief-claims N      claims referenced by the long brief (default 300; quick 30; 0 skips briefs)
  --brief-sources N     sources of those claims (default 50; quick 5)
  --brief-pages N       length of the brief, pages of ~500 words (default 30; quick 3)
  --brief-exports N     measured previews and exports per format (default 10; quick 3)

Database: a throwaway database on BENCH_DATABASE_URL, TEST_DATABASE_URL or
DATABASE_URL (created and dropped); with none set, on the embedded PostgreSQL that
\`npm start\` runs by default (its cluster in .data/bench/).`;

const int = (value: string | undefined, fallback: number, name: string, min = 0): number => {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min) throw new Error(`--${name} wants a whole number ≥ ${min}, got "${value}"`);
  return n;
};

export function parseOptions(argv: string[]): BenchOptions {
  const { values } = parseArgs({
    args: argv,
    strict: true,
    options: {
      quick: { type: "boolean", default: false },
      "compare-external": { type: "boolean", default: false },
      "external-url": { type: "string" },
      help: { type: "boolean", short: "h", default: false },
      projects: { type: "string" },
      users: { type: "string" },
      members: { type: "string" },
      sources: { type: "string" },
      claims: { type: "string" },
      briefs: { type: "string" },
      requests: { type: "string" },
      "sign-ins": { type: "string" },
      concurrency: { type: "string" },
      warmup: { type: "string" },
      "time-limit": { type: "string" },
      "sources-words": { type: "string" },
      "sources-notes": { type: "string" },
      imports: { type: "string" },
      "pdf-pages": { type: "string" },
      "search-sources": { type: "string" },
      "search-words": { type: "string" },
      "reader-claims": { type: "string" },
      "board-claims": { type: "string" },
      analysts: { type: "string" },
      "claim-creates": { type: "string" },
      "create-rate": { type: "string" },
      "review-rate": { type: "string" },
      "review-queue": { type: "string" },
      reviewers: { type: "string" },
      reviews: { type: "string" },
      watchers: { type: "string" },
      "brief-claims": { type: "string" },
      "brief-sources": { type: "string" },
      "brief-pages": { type: "string" },
      "brief-exports": { type: "string" },
    },
  });
  if (values.help) {
    console.log(HELP);
    process.exit(0);
  }
  const q = values.quick;
  const users = int(values.users, q ? 3 : 10, "users", 1);
  return {
    quick: q,
    compareExternal: values["compare-external"],
    externalUrl: values["external-url"] ?? "postgresql://postgres@127.0.0.1:5432/postgres",
    projects: int(values.projects, q ? 8 : 50, "projects", 1),
    users,
    members: Math.min(users, int(values.members, q ? 2 : 3, "members")),
    sourcesPerProject: int(values.sources, q ? 3 : 20, "sources", 1),
    claimsPerSource: int(values.claims, q ? 4 : 10, "claims"),
    briefsPerProject: int(values.briefs, q ? 1 : 3, "briefs"),
    requests: int(values.requests, q ? 30 : 200, "requests", 1),
    signIns: int(values["sign-ins"], q ? 10 : 100, "sign-ins", 1),
    concurrency: int(values.concurrency, q ? 4 : 10, "concurrency", 1),
    warmup: int(values.warmup, q ? 4 : 20, "warmup"),
    timeLimit: int(values["time-limit"], 120, "time-limit", 1),
    sourcesWords: int(values["sources-words"], q ? 10_000 : 100_000, "sources-words"),
    sourcesNotes: int(values["sources-notes"], q ? 30 : 300, "sources-notes"),
    imports: int(values.imports, q ? 2 : 5, "imports", 1),
    pdfPages: int(values["pdf-pages"], q ? 5 : 100, "pdf-pages"),
    searchSources: int(values["search-sources"], q ? 40 : 1000, "search-sources"),
    searchWords: int(values["search-words"], q ? 1000 : 5000, "search-words", 50),
    readerClaims: int(values["reader-claims"], q ? 200 : 2000, "reader-claims"),
    boardClaims: int(values["board-claims"], q ? 2000 : 20_000, "board-claims"),
    analysts: int(values.analysts, q ? 4 : 20, "analysts", 1),
    claimCreates: int(values["claim-creates"], q ? 40 : 1000, "claim-creates"),
    createRate: int(values["create-rate"], q ? 40 : 110, "create-rate", 1),
    reviewRate: int(values["review-rate"], q ? 40 : 100, "review-rate"),
    reviewQueue: int(values["review-queue"], q ? 200 : 5000, "review-queue"),
    reviewers: int(values.reviewers, q ? 4 : 20, "reviewers", 1),
    reviews: int(values.reviews, q ? 40 : 1000, "reviews"),
    watchers: int(values.watchers, q ? 2 : 5, "watchers"),
    briefClaims: int(values["brief-claims"], q ? 30 : 300, "brief-claims"),
    briefSources: int(values["brief-sources"], q ? 5 : 50, "brief-sources", 1),
    briefPages: int(values["brief-pages"], q ? 3 : 30, "brief-pages", 1),
    briefExports: int(values["brief-exports"], q ? 3 : 10, "brief-exports", 1),
  };
}

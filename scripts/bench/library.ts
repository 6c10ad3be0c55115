/**
 * The data of the large-source and search scenarios, apart from the main dataset (so the home
 * page and the other scenarios see exactly what they saw before): a librarian user, a project
 * to import into, and a search project of many long sources inserted in bulk with SQL (the
 * search vectors are filled by the triggers on "Source" and "Citation"), plus an API token.
 * lib/db must be importable (DATABASE_URL set).
 */
import { randomBytes } from "node:crypto";
import pg from "pg";
import { parseDocument } from "../../lib/sources/parse-document";
import type { BenchUser } from "./dataset";
import { corpusBody, corpusNotes } from "./documents";
import type { BenchOptions } from "./options";

/** Terms injected into one source in `every`, so that a query has a selective term. */
export const RARE_TERMS = [{ term: "Phongsaly", every: 200 }];
const NOTES_PER_SOURCE = 5;
const BATCH = 25;

export type Library = {
  user: BenchUser;
  importProjectId: string;
  search: { projectId: string; sources: number; words: number; citations: number; seconds: number } | null;
  apiToken: string;
};

export async function seedLibrary(url: string, options: BenchOptions, log: (line: string) => void): Promise<Library> {
  const { makeProject, makeUser } = await import("../../lib/factories");
  const { createApiToken } = await import("../../lib/tokens/create-api-token");
  const user = await makeUser({ name: "Bench Librarian", email: "bench-librarian@bench.claimwork.test" });
  const importProject = await makeProject(user, { name: "Bench imports", description: "Long commentaries and reports imported by the benchmark." });
  const { token } = await createApiToken({ userId: user.id, input: { name: "bench" } });
  let search: Library["search"] = null;
  if (options.searchSources > 0) {
    const project = await makeProject(user, { name: "Bench search library", description: "Many long sources, for search." });
    search = await insertCorpus(url, project.id, user.id, options, log);
  }
  return { user, importProjectId: importProject.id, search, apiToken: token };
}

async function insertCorpus(url: string, projectId: string, userId: string, o: BenchOptions, log: (line: string) => void) {
  const started = Date.now();
  log(`Generating the search library: ${o.searchSources} sources of ~${o.searchWords.toLocaleString("en")} words…`);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  let words = 0;
  let citations = 0;
  try {
    for (let from = 0; from < o.searchSources; from += BATCH) {
      const rows = Array.from({ length: Math.min(BATCH, o.searchSources - from) }, (_, k) => {
        const i = from + k;
        const notes = corpusNotes(i, NOTES_PER_SOURCE);
        const text = `# Library source ${i + 1}\n\n${corpusBody(i, o.searchWords, RARE_TERMS)}\n\n## Notes\n\n${notes.map((n, j) => `${j + 1}. ${n}`).join("\n")}\n`;
        const parsed = parseDocument(text);
        words += parsed.body.split(/\s+/).length;
        citations += parsed.citations.length;
        return { id: `c${randomBytes(12).toString("hex")}`, i, parsed };
      });
      await client.query("BEGIN");
      await client.query(
        `INSERT INTO "Source" (id, "projectId", title, authors, publisher, "publishedOn", kind, language, reliability,
                               body, "contentHash", "addedById", "createdAt", "updatedAt")
         SELECT r.id, $1, r.title, ARRAY['Kanya Rattanavong', 'Hiroshi Tanaka'], 'Institute for Mekong Connectivity Studies',
                DATE '2015-01-01' + r.i * 3, (enum_range(NULL::"SourceKind"))[1 + r.i % 6], 'en', (enum_range(NULL::"Reliability"))[1 + r.i % 6],
                r.body, md5(r.body), $2, now() - make_interval(mins => r.i), now()
         FROM unnest($3::text[], $4::int[], $5::text[], $6::text[]) AS r(id, i, title, body)`,
        [projectId, userId, rows.map((r) => r.id), rows.map((r) => r.i), rows.map((r) => `Library source ${r.i + 1}`), rows.map((r) => r.parsed.body)],
      );
      await client.query(
        `INSERT INTO "SourceVersion" (id, "sourceId", version, body, "contentHash", "createdById")
         SELECT 'c' || substr(md5(id || ':v1'), 1, 24), id, 1, body, "contentHash", "addedById" FROM "Source" WHERE id = ANY($1)`,
        [rows.map((r) => r.id)],
      );
      const notes = rows.flatMap((r) => r.parsed.citations.map((c) => ({ sourceId: r.id, ...c })));
      await client.query(
        `INSERT INTO "Citation" (id, "sourceId", label, ordinal, text, url, title, authors, publisher, issued, "updatedAt")
         SELECT 'c' || substr(md5(n."sourceId" || ':note:' || n.label), 1, 24), n."sourceId", n.label, n.ordinal, n.text, n.url, n.title,
                string_to_array(n.authors, '|'), n.publisher, n.issued, now()
         FROM unnest($1::text[], $2::text[], $3::int[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[])
              AS n("sourceId", label, ordinal, text, url, title, publisher, issued, authors)`,
        [
          notes.map((n) => n.sourceId),
          notes.map((n) => n.label),
          notes.map((n) => n.ordinal),
          notes.map((n) => n.text),
          notes.map((n) => n.url),
          notes.map((n) => n.title),
          notes.map((n) => n.publisher),
          notes.map((n) => n.issued),
          notes.map((n) => n.authors.join("|")),
        ],
      );
      await client.query("COMMIT");
      const done = from + rows.length;
      if (done % 200 === 0 || done === o.searchSources) log(`  ${done}/${o.searchSources} sources`);
    }
    await client.query(`ANALYZE "Source"; ANALYZE "SourceVersion"; ANALYZE "Citation"`);
  } finally {
    await client.end();
  }
  return { projectId, sources: o.searchSources, words, citations, seconds: (Date.now() - started) / 1000 };
}

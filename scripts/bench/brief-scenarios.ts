/**
 * The brief scenarios: a long brief (about 30 pages) referencing hundreds of verified claims
 * from dozens of sources, each claim relying on one of its source's footnotes, rendered for the
 * preview and exported to DOCX, PDF, Markdown and HTML through the API, one request at a time
 * (an export is one person's action; its time is what they wait). Floors, in this process: the
 * brief's rows in plain SQL, and each file written by its library from the already-rendered
 * document, so an export's time splits into gathering the rows, Claimwork's rendering, and the
 * writer. The PDF has two more: Typst in this thread (what the PDF worker adds), and pdfkit with
 * the same embedded fonts writing the words as flowing text (what typesetting them costs at least).
 */
import type pg from "pg";
import type { BriefDocument } from "../../lib/briefs/document";
import type { BenchUser } from "./dataset";
import type { BenchOptions } from "./options";
import type { Measurement, ScenarioRow } from "./report";
import { measure, type Context } from "./scenarios";

const TARGETS = { docx: 1000, pdf: 1500, md: 200 } as const;
const NOTES_PER_SOURCE = 6;
/** About 500 words a page. */
const WORDS_PER_PAGE = 500;
const PROSE =
  "Officials in Vientiane weigh each Japanese grant against the terms of Chinese credit, and the ministries that plan the country's infrastructure read both with an eye on the debt that already falls due each year. ";

export type BriefProject = {
  projectId: string;
  briefId: string;
  owner: BenchUser & { token: string };
  claims: number;
  sources: number;
  words: number;
};

/** A source's text: paragraphs of prose, each ending on a footnote marker, and the notes at the end. */
function sourceText(n: number): string {
  const paragraphs = Array.from(
    { length: NOTES_PER_SOURCE },
    (_, i) => `Finding ${i + 1} of report ${n}: Japan's grant aid to Laos for project ${n}-${i + 1} reached a new level this year.[^${i + 1}] ${PROSE}`,
  );
  const notes = Array.from(
    { length: NOTES_PER_SOURCE },
    (_, i) => `[^${i + 1}]: Ministry of Planning and Investment, "Official Development Assistance Report ${n}.${i + 1}," Vientiane, 12 March 2025, https://example.org/oda/${n}/${i + 1}`,
  );
  return `# Report ${n} on Japanese aid to Laos\n\n*By Kanya Rattanavong — 1 April 2025*\n\n${paragraphs.join("\n\n")}\n\n${notes.join("\n")}\n`;
}

/**
 * Seeds the brief project through lib/, as the app would: sources imported with their notes,
 * claims made on a sentence each with the note they rely on, then verified in bulk with SQL.
 */
export async function seedBriefProject(url: string, options: BenchOptions, log: (line: string) => void): Promise<BriefProject | null> {
  if (options.briefClaims === 0) return null;
  const started = Date.now();
  const { makeProject, makeSource, makeUser } = await import("../../lib/factories");
  const { createClaim } = await import("../../lib/claims/create-claim");
  const { createBrief } = await import("../../lib/briefs/create-brief");
  const { claimToken } = await import("../../lib/briefs/claim-references");
  const { createApiToken } = await import("../../lib/tokens/create-api-token");
  const { db } = await import("../../lib/db");

  const sources = Math.max(1, Math.min(options.briefSources, options.briefClaims));
  log(`Generating the brief project: ${sources} sources, ${options.briefClaims} claims, a ${options.briefPages}-page brief…`);
  const owner = await makeUser({ name: "Bench Brief Writer", email: "bench-brief@bench.claimwork.test" });
  const { token } = await createApiToken({ userId: owner.id, input: { name: "bench" } });
  const project = await makeProject(owner, { name: "Bench briefs", description: "One long brief citing hundreds of claims." });

  const claimIds: string[] = [];
  for (let s = 0; s < sources; s++) {
    const source = await makeSource(project, owner, { text: sourceText(s + 1), kind: "REPORT", reliability: "B", title: `Report ${s + 1} on Japanese aid to Laos` });
    const { body } = await db.source.findUniqueOrThrow({ where: { id: source.id }, select: { body: true } });
    const citations = await db.citation.findMany({ where: { sourceId: source.id }, orderBy: { ordinal: "asc" }, select: { id: true } });
    const mine = Math.floor(options.briefClaims / sources) + (s < options.briefClaims % sources ? 1 : 0);
    for (let c = 0; c < mine; c++) {
      const finding = `Finding ${(c % NOTES_PER_SOURCE) + 1} of report ${s + 1}`;
      const start = body.indexOf(finding);
      const claim = await createClaim({
        userId: owner.id,
        projectId: project.id,
        input: {
          sourceId: source.id,
          start,
          end: start + 80,
          paraphrase: `Japan's grant aid for project ${s + 1}-${c + 1} reached a new level this year, according to the planning ministry.`,
          citationIds: [citations[c % citations.length]!.id],
          credibility: 2,
        },
      });
      claimIds.push(claim.id);
    }
  }
  await db.claim.updateMany({ where: { projectId: project.id }, data: { status: "VERIFIED" } });

  // The brief: sections of paragraphs, each paragraph some prose and one claim, until the words run out.
  const totalWords = options.briefPages * WORDS_PER_PAGE;
  const perParagraph = Math.max(20, Math.round(totalWords / claimIds.length) - 20);
  const proseWords = PROSE.trim().split(/\s+/);
  const prose = (i: number) => Array.from({ length: perParagraph }, (_, w) => proseWords[(i + w) % proseWords.length]).join(" ");
  const lines: string[] = [];
  claimIds.forEach((id, i) => {
    if (i % 20 === 0) lines.push(`## Section ${i / 20 + 1}`, "");
    lines.push(`${prose(i)}. ${claimToken(id)} It is likely that the trend continues.`, "");
  });
  const body = lines.join("\n");
  const brief = await createBrief({ userId: owner.id, projectId: project.id, input: { title: "Japan's aid to Laos: the record", summary: "What the ministry's reports say.", audience: "Ministers", body } });
  await db.$disconnect();
  const words = body.split(/\s+/).length;
  log(`  ${claimIds.length} claims and a brief of ${words.toLocaleString("en")} words in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return { projectId: project.id, briefId: brief.id, owner: { ...owner, token }, claims: claimIds.length, sources, words };
}

/** The brief's rows, in plain SQL: the brief, and its claims with their sources and the notes they rely on. */
function briefRowsQuery(pool: pg.Pool, project: BriefProject) {
  return async () => {
    const { rows } = await pool.query(`SELECT body FROM "Brief" WHERE id = $1`, [project.briefId]);
    const ids = [...(rows[0].body as string).matchAll(/\[\[claim:([a-z0-9]+)\]\]/g)].map((m) => m[1]);
    const claims = await pool.query(
      `SELECT c.id, c.paraphrase, c.exact, c.status, c.credibility, s.title, s.authors, s.publisher, s."publishedOn", s.url, s.reliability,
              (SELECT json_agg(json_build_object('label', n.label, 'text', n.text)) FROM "ClaimCitation" cc JOIN "Citation" n ON n.id = cc."citationId" WHERE cc."claimId" = c.id) AS notes
       FROM "Claim" c JOIN "Source" s ON s.id = c."sourceId" WHERE c."projectId" = $1 AND c.id = ANY($2)`,
      [project.projectId, ids],
    );
    if (claims.rowCount !== project.claims) throw new Error(`the floor read ${claims.rowCount} claims, not ${project.claims}`);
  };
}

/** The document with every paragraph changed a little: Typst, which memoises layout across compiles, typesets it afresh. */
function changedEverywhere(document: BriefDocument, i: number): BriefDocument {
  const mark = (blocks: BriefDocument["blocks"]): BriefDocument["blocks"] =>
    blocks.map((block) => (block.kind === "paragraph" ? { ...block, children: [{ kind: "text", text: `(${i}) ` }, ...block.children] } : block));
  return { ...document, blocks: mark(document.blocks) };
}

/**
 * The PDF writer's floors: Typst in this thread, no worker, on the same document (what the API's repeated
 * exports of one brief cost, memoised) and on a document changed in every paragraph each time (a brief
 * typeset afresh); pdfkit with the same fonts embedded, flowing text.
 */
async function pdfFloors(ctx: Context, rendered: BriefDocument, load: Parameters<typeof measure>[4]): Promise<Measurement[]> {
  const { compileBriefPdf } = await import("../../lib/exports/typst/compile-brief");
  const { writeBriefPdfWithPdfkit } = await import("./pdfkit-floor");
  return [
    await measure(ctx, "brief-write-pdf-thread", "PDF typeset by Typst in this thread (no worker), same brief", async () => compileBriefPdf(rendered).byteLength, load),
    await measure(ctx, "brief-write-pdf-fresh", "PDF typeset by Typst in this thread, every paragraph changed", async (i) => compileBriefPdf(changedEverywhere(rendered, i)).byteLength, load),
    await measure(ctx, "brief-write-pdf-pdfkit", "PDF by pdfkit, Noto embedded, flowing text (comparison)", async () => (await writeBriefPdfWithPdfkit(rendered)).byteLength, load),
  ];
}

export async function runBriefScenarios(ctx: Context, project: BriefProject | null): Promise<{ scenarios: ScenarioRow[]; floors: Measurement[]; notes: string[] }> {
  const out = { scenarios: [] as ScenarioRow[], floors: [] as Measurement[], notes: [] as string[] };
  if (!project) return out;
  const { baseUrl, options, pool } = ctx;
  const { writeBriefDocx } = await import("../../lib/exports/brief-docx");
  const { writeBriefPdf } = await import("../../lib/exports/brief-pdf");
  const { writeBriefMarkdown } = await import("../../lib/exports/brief-markdown");
  const { writeBriefHtml } = await import("../../lib/exports/brief-html");
  const api = `${baseUrl}/api/v1/projects/${project.projectId}/briefs/${project.briefId}`;
  const headers = { authorization: `Bearer ${project.owner.token}` };
  const load = { requests: options.briefExports, concurrency: 1, serverSide: true, warmup: 2 };

  const get = async (url: string, check: (bytes: Buffer) => void) => {
    const response = await fetch(url, { headers, signal: AbortSignal.timeout(60_000) });
    const bytes = Buffer.from(await response.arrayBuffer());
    if (response.status !== 200) throw new Error(`GET ${url} answered ${response.status}: ${bytes.toString("utf8", 0, 300)}`);
    check(bytes);
    return bytes.byteLength;
  };

  let document: BriefDocument | null = null;
  const preview = await measure(
    ctx,
    "brief-preview",
    `brief preview (API): ${project.claims} claims, ${project.words.toLocaleString("en")} words`,
    () =>
      get(api, (bytes) => {
        document = (JSON.parse(bytes.toString("utf8")) as { document: BriefDocument }).document;
        if (document.footnotes.length < project.sources) throw new Error(`the preview has ${document.footnotes.length} footnotes for ${project.sources} sources`);
      }),
    load,
  );
  out.scenarios.push({ ...preview, floorKey: "brief-sql" });
  out.floors.push(await measure(ctx, "brief-sql", "the brief's rows, plain SQL", briefRowsQuery(pool, project), { ...load, serverSide: false }));

  let pdfPages = 0;
  const rendered = document as BriefDocument | null;
  if (!rendered) throw new Error("the preview returned no document");
  const formats = [
    { format: "docx", label: "DOCX", check: (b: Buffer) => b.subarray(0, 2).toString() === "PK", write: () => writeBriefDocx(rendered) },
    {
      format: "pdf",
      label: "PDF",
      check: (b: Buffer) => {
        pdfPages = b.toString("latin1").match(/\/Type\s*\/Page\b/g)?.length ?? 0;
        return b.subarray(0, 5).toString() === "%PDF-";
      },
      write: () => writeBriefPdf(rendered),
    },
    { format: "md", label: "Markdown", check: (b: Buffer) => b.includes(`[^${rendered.footnotes.length}]:`), write: async () => writeBriefMarkdown(rendered) },
    { format: "html", label: "HTML", check: (b: Buffer) => /^<!doctype html>/i.test(b.toString("utf8", 0, 20)), write: async () => writeBriefHtml(rendered) },
  ] as const;
  for (const { format, label, check, write } of formats) {
    const row = await measure(
      ctx,
      `brief-${format}`,
      `export the brief as ${label} (API)`,
      () =>
        get(`${api}/export?format=${format}`, (bytes) => {
          if (!check(bytes)) throw new Error(`the ${label} export is not a ${label} file`);
        }),
      load,
    );
    const target = format in TARGETS ? { stat: "median" as const, ms: TARGETS[format as keyof typeof TARGETS] } : undefined;
    out.scenarios.push({ ...row, floorKey: `brief-write-${format}`, ...(target ? { target } : {}) });
    const where = format === "pdf" ? "by Typst in its worker" : "in-process";
    out.floors.push(await measure(ctx, `brief-write-${format}`, `${label} written from the rendered document, ${where}`, write, { ...load, serverSide: false }));
    if (format === "pdf") out.floors.push(...(await pdfFloors(ctx, rendered, { ...load, serverSide: false })));
  }
  out.notes.push(
    `Brief: ${project.words.toLocaleString("en")} words of Markdown, ${pdfPages} pages as PDF, ` +
      `${project.claims} claims from ${project.sources} sources, each relying on one of its source's footnotes ("cited in"): ` +
      `${rendered.footnotes.length} footnotes and ${rendered.bibliography.length} bibliography entries; exported one request at a time. ` +
      `The PDF exports repeat one brief, which Typst's memoised layout serves after the first: "every paragraph changed" is a brief typeset afresh.`,
  );
  return out;
}

import { Document, ExternalHyperlink, FootnoteReferenceRun, Packer, Paragraph, TextRun } from "docx";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { beforeAll, describe, expect, it } from "vitest";
import { exportProject } from "@/lib/backup/export-project";
import { restoreProject } from "@/lib/backup/restore-project";
import { createBrief } from "@/lib/briefs/create-brief";
import { exportBrief } from "@/lib/briefs/export-brief";
import { createClaim } from "@/lib/claims/create-claim";
import { createComment } from "@/lib/comments/create-comment";
import { db } from "@/lib/db";
import { makeSource, makeTeam } from "@/lib/factories";
import { reviewClaim } from "@/lib/reviews/review-claim";
import { searchProject } from "@/lib/search/search-project";
import { addSourceVersion } from "@/lib/sources/add-source-version";
import { readZipEntries } from "@/lib/sources/extract/inspect-zip";
import { importSource } from "@/lib/sources/import-source";
import { importCodebook } from "@/lib/themes/import-codebook";
import { makePdf, makeZip, CONTENT_TYPES } from "./document-files";
import { attempt, expectClearRefusal, expectNoPollution } from "./hostile-checks";
import { HOSTILE_BLOCK, HOSTILE_TEXT, HOSTILE_URLS, INVALID_UTF8, isWebAddress, MEGABYTE_LINE, pollutedJson } from "./hostile-input";

type MdNode = { type: string; url?: string; value?: string; children?: MdNode[] };

/** Every node of a Markdown document's syntax tree. */
function markdownNodes(markdown: string): MdNode[] {
  const all: MdNode[] = [];
  const walk = (node: MdNode) => {
    all.push(node);
    node.children?.forEach(walk);
  };
  walk(unified().use(remarkParse).use(remarkGfm).parse(markdown) as MdNode);
  return all;
}

type Team = Awaited<ReturnType<typeof makeTeam>>;
let team: Team;
let n = 0;
const unique = () => `${Date.now().toString(36)}-${++n}`;
const bytes = (text: string) => new TextEncoder().encode(text);
const SCRIPT = "<script>window.__pwned = 'script'; alert('script')</script>";

/** The rows of the project, in one string: a refused import must leave it as it was. */
async function footprint(projectId: string) {
  const where = { projectId };
  const counts = await Promise.all([
    db.source.count({ where }),
    db.sourceVersion.count({ where: { source: where } }),
    db.citation.count({ where: { source: where } }),
    db.theme.count({ where }),
    db.activity.count({ where }),
    db.project.count(),
  ]);
  return counts.join(",");
}

/** Imports a file; either it lands with nothing dangerous in what was stored, or it is refused clearly and leaves nothing. */
async function importHostile(label: string, file: { name: string; type?: string; bytes: Uint8Array }) {
  const { project, analyst } = team;
  const before = await footprint(project.id);
  const outcome = await attempt(label, () =>
    importSource({ userId: analyst.id, projectId: project.id, input: { file: { type: "", ...file }, metadata: {} } }),
  );
  if (!outcome.ok) {
    expectClearRefusal(label, outcome.error, "file");
    expect(await footprint(project.id), `${label}: nothing stored`).toBe(before);
    return null;
  }
  const source = await db.source.findUniqueOrThrow({ where: { id: outcome.value.source.id }, include: { citations: true, versions: true } });
  expect(isWebAddress(source.url), `${label}: source URL ${source.url}`).toBe(true);
  for (const c of source.citations) expect(isWebAddress(c.url), `${label}: note ${c.label} URL ${c.url}`).toBe(true);
  for (const text of [source.title, source.body, source.publisher ?? "", ...source.authors]) expect(text, label).not.toContain("\u0000");
  return source;
}

const HOSTILE_HTML = `<!doctype html><html><head><meta charset="utf-8">
<title>Hostile page ${SCRIPT}</title>
<meta name="author" content="&lt;img src=x onerror=alert('author')&gt;">
<meta property="og:url" content="javascript:window.__pwned='og'">
<link rel="canonical" href="javascript:window.__pwned='canonical'">
<script>window.__pwned = 'inline'</script><style>body{background:url(https://evil.example/bg.png)}</style>
<base href="javascript:alert(1)//"></head>
<body onload="window.__pwned='body'"><nav><a href="javascript:alert('nav')">Menu</a></nav>
<article><h1 onclick="alert(1)">Hostile page</h1>
<p>Escaped &lt;script&gt;window.__pwned='entity'&lt;/script&gt; and <img src="https://evil.example/x.png" onerror="window.__pwned='img'"> a <a href="javascript:window.__pwned='a'">link</a>.<sup><a href="#fn1">1</a></sup></p>
<svg onload="window.__pwned='svg'"><script>window.__pwned='svg-script'</script></svg>
<iframe src="javascript:alert('iframe')"></iframe><object data="https://evil.example/x.swf"></object>
<p>NUL entities &#0; &#x0; and override \u202eexe.txt, zero\u200bwidth.</p>
<ol class="footnotes"><li id="fn1">Evil Corp, “Report”, 2024, <a href="javascript:alert('note')">javascript:alert('note')</a> data:text/html,&lt;script&gt;alert(1)&lt;/script&gt;</li></ol>
</article></body></html>`;

async function hostileDocx(): Promise<Uint8Array> {
  const doc = new Document({
    title: `Hostile DOCX ${SCRIPT}`,
    creator: "<img src=x onerror=alert('creator')>; Evil \u202eroC",
    footnotes: { 1: { children: [new Paragraph("Evil, “Note”, 2024, javascript:alert('footnote') https://evil.example/ok")] } },
    sections: [
      {
        children: [
          new Paragraph({ children: [new TextRun(`Hostile DOCX ${unique()}`)] }),
          ...HOSTILE_TEXT.filter((e) => !/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ud800-\udfff]/.test(e.value)).map((e) => new Paragraph(e.value)),
          new Paragraph({
            children: [
              new TextRun("A link "),
              new ExternalHyperlink({ link: "javascript:window.__pwned='docx'", children: [new TextRun("click")] }),
              new TextRun(" with a note."),
              new FootnoteReferenceRun(1),
            ],
          }),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}

beforeAll(async () => {
  team = await makeTeam();
});

describe("hostile uploads", () => {
  it("keeps markup in .txt, .md, .docx and .pdf as text, and drops the HTML page's scripts and unsafe links", { timeout: 60_000 }, async () => {
    for (const ext of ["txt", "md"]) {
      const source = await importHostile(`.${ext}`, { name: `hostile-${unique()}.${ext}`, bytes: bytes(`# Hostile ${ext}\n\n${unique()}\n\n${HOSTILE_BLOCK}\n`) });
      expect(source?.body).toContain(SCRIPT);
      // Read as Markdown, a link keeps its text; its javascript: address is never kept as one.
      expect(source?.body).toContain("click me");
      expect(source?.body).not.toMatch(/\]\(javascript:/);
    }

    const html = await importHostile(".html", { name: "hostile.html", type: "text/html", bytes: bytes(HOSTILE_HTML) });
    expect(html).not.toBeNull();
    expect(html!.body).toContain("<script>window.__pwned='entity'</script>"); // the page's text, decoded once
    expect(html!.body).not.toContain("window.__pwned = 'inline'");
    expect(html!.body).not.toContain("window.__pwned='svg-script'");
    expect(html!.body).not.toContain("background:url");

    const docx = await importHostile(".docx", { name: "hostile.docx", bytes: await hostileDocx() });
    expect(docx?.body).toContain(SCRIPT);
    expect(docx?.body).toContain("\u202e");

    const pdf = await importHostile(".pdf", {
      name: "hostile.pdf",
      bytes: await makePdf(
        [{ lines: [{ runs: [`Hostile PDF ${unique()}`], size: 18 }, { runs: [SCRIPT] }, { runs: ["[x](javascript:alert(1)) <img src=x onerror=alert(1)>"] }] }],
        { info: { Title: `PDF ${SCRIPT}\u0000`, Author: "<svg onload=alert(1)>", Subject: "javascript:alert(1)" } },
      ),
    });
    expect(pdf?.body).toContain("<script>");
  });

  it("refuses bytes that are not text, and reads a 1 MB line", { timeout: 60_000 }, async () => {
    for (const ext of ["txt", "md"]) {
      expect(await importHostile(`invalid UTF-8 .${ext}`, { name: `bad.${ext}`, bytes: INVALID_UTF8 })).toBeNull();
      expect(await importHostile(`NUL in .${ext}`, { name: `nul.${ext}`, bytes: bytes(`# NUL\n\nbefore\u0000after ${unique()}`) })).toBeNull();
    }
    // A browser reads an HTML page that is not UTF-8 as windows-1252; NUL far into it must not reach the database.
    const legacy = new Uint8Array([...bytes(`<html><head><title>Legacy ${unique()}</title></head><body><p>${"x".repeat(5000)}</p><p>`), 0x00, 0xe9, 0x80, ...bytes("</p></body></html>")]);
    await importHostile("HTML with NUL and invalid UTF-8", { name: "legacy.html", bytes: legacy });
    const zipped = await makeZip({ "[Content_Types].xml": CONTENT_TYPES, "word/document.xml": `<w:document xmlns:w="x"><w:body><w:p><w:r><w:t>&#0;&#xD800;${SCRIPT.replace(/</g, "&lt;")}</w:t></w:r></w:p></w:body></w:document>` });
    await importHostile("DOCX with NUL references", { name: "nul.docx", bytes: zipped });
    await importHostile("PDF of garbage", { name: "garbage.pdf", bytes: new Uint8Array([...bytes("%PDF-1.7\n"), ...INVALID_UTF8]) });
    await importHostile("DOCX that is not a ZIP", { name: "fake.docx", bytes: bytes(HOSTILE_HTML) });

    const long = await importHostile("1 MB line", { name: "long.txt", bytes: bytes(`# Long ${unique()}\n\n${MEGABYTE_LINE}`) });
    expect(long?.body.length).toBeGreaterThan(1_000_000);
  });

  it("takes a hostile file as a new version the same way", async () => {
    const { project, analyst } = team;
    const source = await makeSource(project, analyst, { text: `# Versioned ${unique()}\n\nPlain text.` });
    const version = await addSourceVersion({ userId: analyst.id, projectId: project.id, sourceId: source.id, input: { file: { name: "v2.html", type: "text/html", bytes: bytes(HOSTILE_HTML) } } });
    expect(version.version).toBe(2);
    const row = await db.source.findUniqueOrThrow({ where: { id: source.id }, include: { citations: true } });
    expect(row.body).not.toContain("window.__pwned = 'inline'");
    for (const c of row.citations) expect(isWebAddress(c.url)).toBe(true);
    const before = await footprint(project.id);
    const refused = await attempt("version of invalid bytes", () =>
      addSourceVersion({ userId: analyst.id, projectId: project.id, sourceId: source.id, input: { file: { name: "v3.txt", type: "text/plain", bytes: INVALID_UTF8 } } }),
    );
    expect(refused.ok).toBe(false);
    if (!refused.ok) expectClearRefusal("version of invalid bytes", refused.error, "file");
    expect(await footprint(project.id)).toBe(before);
  });
});

describe("hostile codebooks", () => {
  it("imports hostile names and descriptions as text, and refuses a broken file clearly", async () => {
    const { project, analyst } = team;
    const themes = HOSTILE_TEXT.map((e, i) => ({ name: `${i} ${e.value}`.slice(0, 80), description: e.value, colour: "#123456", children: [] }));
    const json = pollutedJson({ format: "claimwork-codebook", version: 1, themes: [...themes, { name: "Nested", children: [JSON.parse(pollutedJson({ name: "Child", description: SCRIPT }))] }] });
    const imported = await importCodebook({ userId: analyst.id, projectId: project.id, input: { text: json } });
    expect(imported.created).toBe(themes.length + 2);
    expectNoPollution("codebook import");
    const stored = await db.theme.findMany({ where: { projectId: project.id } });
    expect(stored.map((t) => t.name)).toContain(`0 ${HOSTILE_TEXT[0]!.value}`.slice(0, 80));
    expect(stored.find((t) => t.name === "Child")?.description).toBe(SCRIPT);
    for (const t of stored) expect(t.name + t.description).not.toMatch(/[\u0000]/);

    const refusals = [
      ["colour that is CSS", pollutedJson({ format: "claimwork-codebook", version: 1, themes: [{ name: "Red", colour: "red;background:url(https://evil.example/)" }] })],
      ["not JSON", `{"format": "claimwork-codebook", ${SCRIPT}`],
      ["too long a name", JSON.stringify({ format: "claimwork-codebook", version: 1, themes: [{ name: MEGABYTE_LINE.slice(0, 5000) }] })],
      ["qdc without codes", `<CodeBook><script>alert(1)</script></CodeBook>`],
    ] as const;
    for (const [label, text] of refusals) {
      const before = await footprint(project.id);
      const outcome = await attempt(label, () => importCodebook({ userId: analyst.id, projectId: project.id, input: { text } }));
      expect(outcome.ok, label).toBe(false);
      if (!outcome.ok) expectClearRefusal(label, outcome.error);
      expect(await footprint(project.id), label).toBe(before);
    }

    // An external entity is never fetched or expanded: the name stays the characters written.
    const xxe = `<?xml version="1.0"?><!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><CodeBook xmlns="urn:QDA-XML:codebook:1.0"><Codes><Code guid="1" name="XXE &xxe;" isCodable="true"/></Codes></CodeBook>`;
    const entity = await attempt("qdc with an external entity", () => importCodebook({ userId: analyst.id, projectId: project.id, input: { text: xxe } }));
    if (!entity.ok) expectClearRefusal("qdc with an external entity", entity.error);
    const names = (await db.theme.findMany({ where: { projectId: project.id, name: { startsWith: "XXE" } } })).map((t) => t.name);
    expect(names.join()).not.toMatch(/root:|\/bin\//);

    const qdc = `<?xml version="1.0"?><CodeBook xmlns="urn:QDA-XML:codebook:1.0" origin="x"><Codes><Code guid="g" name="QDC &lt;img src=x onerror=alert(1)&gt;" isCodable="true" color="#ff0000"><Description>&lt;script&gt;alert(1)&lt;/script&gt; \u202e</Description></Code></Codes></CodeBook>`;
    await importCodebook({ userId: analyst.id, projectId: project.id, input: { text: qdc } });
    const fromQdc = await db.theme.findFirstOrThrow({ where: { projectId: project.id, name: { startsWith: "QDC" } } });
    expect(fromQdc.name).toBe("QDC <img src=x onerror=alert(1)>");
    expect(fromQdc.description).toBe("<script>alert(1)</script> \u202e");
  });
});

describe("hostile backups", () => {
  type BackupJson = Record<string, unknown> & { project: Record<string, unknown>; sources: Record<string, unknown>[]; reviews: Record<string, unknown>[]; citations: Record<string, unknown>[] };
  let file: BackupJson;

  beforeAll(async () => {
    const { project, owner, analyst, reviewer } = team;
    const source = await makeSource(project, analyst, { text: `# Backed up ${SCRIPT}\n\n${HOSTILE_BLOCK}\n\nA claim.¹\n\n## Notes\n\n1. Evil, “Note”, 2024, https://evil.example/note\n`, url: "https://evil.example/source" });
    const claim = await createClaim({ userId: analyst.id, projectId: project.id, input: { sourceId: source.id, start: 0, end: 20, paraphrase: HOSTILE_BLOCK.slice(0, 4000), submit: true } });
    await reviewClaim({ userId: reviewer.id, projectId: project.id, claimId: claim.id, input: { verdict: "VERIFIED", rationale: SCRIPT, evidenceUrl: "https://evil.example/evidence" } });
    await createComment({ userId: owner.id, projectId: project.id, claimId: claim.id, input: { body: HOSTILE_BLOCK.slice(0, 9000) } });
    await createBrief({ userId: analyst.id, projectId: project.id, input: { title: SCRIPT, body: `${HOSTILE_BLOCK}\n\n[[claim:${claim.id}]]` } });
    file = JSON.parse((await exportProject({ userId: owner.id, projectId: project.id })).body) as BackupJson;
  });

  const restore = (json: string | Uint8Array) => restoreProject({ userId: team.owner.id, input: { file: typeof json === "string" ? bytes(json) : json } });

  it("restores hostile text as the same text", async () => {
    const restored = await restore(JSON.stringify(file));
    const brief = await db.brief.findFirstOrThrow({ where: { projectId: restored.project.id } });
    expect(brief.title).toBe(SCRIPT);
    const review = await db.review.findFirstOrThrow({ where: { claim: { projectId: restored.project.id } } });
    expect(review.rationale).toBe(SCRIPT);
  });

  it("refuses a crafted file with script addresses, NUL or broken text clearly, leaving nothing", async () => {
    const crafted: [string, string | Uint8Array][] = [
      ...HOSTILE_URLS.filter((u) => !isWebAddress(u.value)).flatMap((u): [string, string][] => [
        [`source url ${u.name}`, JSON.stringify({ ...file, sources: file.sources.map((s) => ({ ...s, url: u.value })) })],
        [`evidence url ${u.name}`, JSON.stringify({ ...file, reviews: file.reviews.map((r) => ({ ...r, evidenceUrl: u.value })) })],
        [`citation url ${u.name}`, JSON.stringify({ ...file, citations: file.citations.map((c) => ({ ...c, url: u.value })) })],
      ]),
      ["invalid UTF-8", new Uint8Array([...bytes(JSON.stringify(file).slice(0, 200)), ...INVALID_UTF8])],
      ["prototype keys", pollutedJson({ ...file, project: JSON.parse(pollutedJson({ ...file.project, name: 42 })) })],
    ];
    for (const [label, json] of crafted) {
      const projects = await db.project.count();
      const outcome = await attempt(label, () => restore(json));
      expect(outcome.ok, `${label} was restored`).toBe(false);
      if (!outcome.ok) expectClearRefusal(label, outcome.error, "file");
      expect(await db.project.count(), label).toBe(projects);
    }
    expectNoPollution("backup restore");
  });

  it("restores NUL and lone surrogates as text PostgreSQL can hold", async () => {
    const json = JSON.stringify({ ...file, project: { ...file.project, name: `Odd ${unique()} \u0000 \ud800`, description: "a\u0000b" } });
    const outcome = await attempt("NUL in a backup", () => restore(json));
    if (!outcome.ok) return expectClearRefusal("NUL in a backup", outcome.error, "file");
    const project = await db.project.findUniqueOrThrow({ where: { id: outcome.value.project.id } });
    expect(project.name).toMatch(/^Odd \S+ {2}\ufffd$/);
    expect(project.description).toBe("ab");
  });
});

describe("hostile briefs, exported", () => {
  it("writes every format with the text as text and no script or unsafe link", { timeout: 60_000 }, async () => {
    const { project, analyst } = team;
    const source = await makeSource(project, analyst, { text: `# Source ${SCRIPT} ${unique()}\n\nThe claim is here.¹\n\n## Notes\n\n1. Evil, “<img src=x onerror=alert(1)>”, 2024, https://evil.example/note\n`, url: "https://evil.example/<script>" });
    await db.source.update({ where: { id: source.id }, data: { publisher: "<svg onload=alert(1)>", authors: ["<script>alert(1)</script>"] } });
    const claim = await createClaim({ userId: analyst.id, projectId: project.id, input: { sourceId: source.id, start: 0, end: 10, paraphrase: `${SCRIPT} [x](javascript:alert(1))` } });
    const body = `# ${SCRIPT}\n\n${HOSTILE_BLOCK}\n\nCited [[claim:${claim.id}]] and [[claim:<script>]].\n\n<iframe src="javascript:alert(1)"></iframe>\n\n[ref][1]\n\n[1]: javascript:alert('ref')\n`;
    const brief = await createBrief({ userId: analyst.id, projectId: project.id, input: { title: SCRIPT, summary: "<img src=x onerror=alert(1)>", audience: "\u202eecneidua", body } });

    const html = String((await exportBrief({ userId: analyst.id, projectId: project.id, briefId: brief.id, format: "html" })).body);
    expect(html).toContain("&lt;script&gt;window.__pwned");
    expect(html).not.toMatch(/<script|<iframe|<img|<svg|<object|<embed|<style[^>]*>[^<]*url\(/i);
    // Text is escaped, so every "<" left starts one of the file's own tags: none may carry an event handler.
    for (const [tag] of html.matchAll(/<[a-z][^>]*>/gi)) expect(tag).not.toMatch(/\son[a-z]+\s*=/i);
    for (const [, href] of html.matchAll(/href="([^"]*)"/g)) expect(href!.startsWith("#") || isWebAddress(href!.replace(/&amp;/g, "&")), href).toBe(true);

    const md = String((await exportBrief({ userId: analyst.id, projectId: project.id, briefId: brief.id, format: "md" })).body);
    // Read as a Markdown reader would: every link, image and definition is a web, mail or in-page address, and no raw HTML is left.
    const nodes = markdownNodes(md);
    const addresses = nodes.filter((node) => typeof node.url === "string").map((node) => node.url!);
    expect(addresses.length).toBeGreaterThan(0);
    for (const url of addresses) expect(url.startsWith("#") || url.startsWith("mailto:") || isWebAddress(url), url).toBe(true);
    expect(nodes.filter((node) => node.type === "html").map((node) => node.value)).toEqual([]);
    expect(md).toContain("\\<script\\>window.\\_\\_pwned");

    const docx = await exportBrief({ userId: analyst.id, projectId: project.id, briefId: brief.id, format: "docx" });
    const parts = await readZipEntries(new Uint8Array(docx.body as Buffer), () => true, (name) => /\.(xml|rels)$/.test(name));
    expect(parts.get("word/document.xml")?.toString("utf8")).toContain("&lt;script&gt;");
    for (const [name, part] of parts) {
      for (const [, target] of part.toString("utf8").matchAll(/Target="([^"]*)"\s+TargetMode="External"/g)) expect(isWebAddress(target!.replace(/&amp;/g, "&")), `${name}: ${target}`).toBe(true);
    }

    const pdf = await exportBrief({ userId: analyst.id, projectId: project.id, briefId: brief.id, format: "pdf" });
    expect((pdf.body as Buffer).subarray(0, 5).toString()).toBe("%PDF-");
    expect((pdf.body as Buffer).toString("latin1")).not.toMatch(/\/S\s*\/JavaScript|\/URI\s*\(javascript:/i);
  });
});

describe("hostile search", () => {
  it("answers every query, and gives snippets as plain text parts", async () => {
    const { project, analyst } = team;
    await makeSource(project, analyst, { text: `# Searchable ${unique()}\n\nThe word pwnedword sits beside <b>bold</b> and ${SCRIPT} and &amp; entities.\n` });
    for (const entry of [...HOSTILE_TEXT, { name: "1 MB", value: MEGABYTE_LINE }]) {
      const outcome = await attempt(`search ${entry.name}`, () => searchProject({ userId: analyst.id, projectId: project.id, query: entry.value }));
      if (!outcome.ok) expectClearRefusal(`search ${entry.name}`, outcome.error);
    }
    const found = await searchProject({ userId: analyst.id, projectId: project.id, query: "pwnedword" });
    const parts = found.sources[0]?.snippet ?? [];
    expect(parts.some((p) => p.hit && p.text === "pwnedword")).toBe(true);
    // ts_headline leaves out what its parser takes for tags; the rest is the text itself, neither escaped nor decoded.
    const snippet = parts.map((p) => p.text).join("");
    expect(snippet).toContain("window.__pwned = 'script'; alert('script')");
    expect(snippet).toContain("&amp; entities");
    expect(snippet).not.toContain("&lt;");
  });
});

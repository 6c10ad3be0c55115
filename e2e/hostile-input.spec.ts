import type { APIResponse } from "@playwright/test";
import { createBrief } from "@/lib/briefs/create-brief";
import { createClaim } from "@/lib/claims/create-claim";
import { createComment } from "@/lib/comments/create-comment";
import { db } from "@/lib/db";
import { linkToken, makeMember, makeProject, makeSource, makeUser, TEST_ORIGIN } from "@/lib/factories";
import { addMember } from "@/lib/members/add-member";
import { HOSTILE_TEXT, HOSTILE_URLS, INVALID_UTF8, longString, MEGABYTE_LINE, pollutedJson } from "@/lib/testing/hostile-input";
import { createTheme } from "@/lib/themes/create-theme";
import { createApiToken } from "@/lib/tokens/create-api-token";
import { expect, test } from "./fixtures";
import { discoverRoutes } from "./security/routes";

test.describe.configure({ timeout: 120_000 });

/**
 * What each body field gets. The whole corpus goes through every lib/ operation in the integration tests;
 * over HTTP what matters is what JSON and the route handlers make of it: markup, NUL and other controls,
 * broken surrogates, separators JSON treats differently, and addresses that are script.
 */
const PICK = ["script tag", "NUL", "lone surrogate", "line and paragraph separators"];
const VALUES = [...HOSTILE_TEXT.filter((e) => PICK.includes(e.name)).map((e) => e.value), HOSTILE_URLS[0]!.value];
/** Values over any field's limit, sent in every field of an endpoint at once. */
const HUGE = [longString(200_001, "<i>"), MEGABYTE_LINE];
/** What a path segment can carry, bytes that are not UTF-8 among them (the proxy answers those 400 before any route). */
const SEGMENTS = [encodeURIComponent(HOSTILE_TEXT[0]!.value), "%00", encodeURIComponent("a\u0000b"), "%2e%2e", longString(5000, "x"), "%ff%fe", "%ED%A0%80"];
/** Query values reach parsers rather than routes: markup, NUL and bytes that are not UTF-8 are what could hurt. */
const QUERY_VALUES = [encodeURIComponent(HOSTILE_TEXT[0]!.value), "%00", "%FF%FE", "%ED%A0%80"];

/** Runs requests a few at a time: fast enough, without burying two cores. */
async function inBatches<T>(items: T[], run: (item: T) => Promise<void>, size = 6) {
  for (let i = 0; i < items.length; i += size) await Promise.all(items.slice(i, i + size).map(run));
}

/** Below 500, and an error (or any answer that is not a file) is JSON. */
async function expectHandled(response: APIResponse, label: string, options: { file?: boolean } = {}) {
  const status = response.status();
  expect(status, `${label} answered ${status}: ${(await response.text()).slice(0, 200)}`).toBeLessThan(500);
  if (status === 204) return;
  if (status >= 400 || !options.file) {
    expect(response.headers()["content-type"], label).toContain("application/json");
    const body = (await response.json()) as { error?: { code: string; message: string } };
    if (status >= 400) expect(body.error?.message, label).toMatch(/\w{3}/);
  }
}

async function setup(owner: { id: string; email: string }) {
  const reviewer = await makeUser();
  const project = await makeProject(owner, { name: `Hostile API ${Date.now()}` });
  await makeMember(project, owner, reviewer, "REVIEWER");
  const source = await makeSource(project, owner, { text: `# API source ${Date.now()}\n\nJapan pledged a grant.¹\n\n## Notes\n\n1. Embassy, “Grant”, 2024, https://example.org/\n` });
  const claim = await createClaim({ userId: owner.id, projectId: project.id, input: { sourceId: source.id, start: 0, end: 10, paraphrase: "A claim", submit: true } });
  const citation = await db.citation.findFirstOrThrow({ where: { sourceId: source.id } });
  const theme = await createTheme({ userId: owner.id, projectId: project.id, input: { name: "A theme" } });
  const brief = await createBrief({ userId: owner.id, projectId: project.id, input: { title: "A brief" } });
  const comment = await createComment({ userId: owner.id, projectId: project.id, claimId: claim.id, input: { body: "A comment" } });
  const token = (await createApiToken({ userId: owner.id, input: { name: "hostile" } })).token;
  const reviewerToken = (await createApiToken({ userId: reviewer.id, input: { name: "hostile" } })).token;
  const { invitation } = await addMember({ userId: owner.id, projectId: project.id, origin: TEST_ORIGIN, input: { email: `hostile-${Date.now()}@example.test`, role: "VIEWER" } });
  return { project, reviewer, source, citation, claim, theme, brief, comment, token, reviewerToken, invitationToken: linkToken(invitation.url) };
}

type Setup = Awaited<ReturnType<typeof setup>>;

/** Each API body field, with valid values for the others. */
function bodyFields(s: Setup, ownerId: string) {
  const p = `/api/v1/projects/${s.project.id}`;
  const base = async () => ({ baseVersion: (await db.brief.findUniqueOrThrow({ where: { id: s.brief.id } })).version });
  const fields: { method: "POST" | "PATCH"; url: string; field: string; rest?: Record<string, unknown> | (() => Promise<Record<string, unknown>>); reviewer?: boolean }[] = [];
  const add = (method: "POST" | "PATCH", url: string, names: string[], rest: Record<string, unknown> | (() => Promise<Record<string, unknown>>) = {}, reviewer = false) =>
    names.forEach((field) => fields.push({ method, url, field, rest, reviewer }));
  add("POST", "/api/v1/projects", ["name", "description"], { name: "Project" });
  add("PATCH", p, ["name", "description"]);
  add("POST", `${p}/members`, ["email", "role"], { role: "VIEWER" });
  add("PATCH", `${p}/members/${s.reviewer.id}`, ["role"]);
  add("POST", `${p}/sources`, ["text", "title", "authors", "publisher", "publishedOn", "url", "kind", "language", "reliability", "onDuplicate"], { text: "Some pasted text" });
  add("PATCH", `${p}/sources/${s.source.id}`, ["title", "authors", "publisher", "publishedOn", "url", "kind", "language", "reliability"]);
  add("POST", `${p}/sources/${s.source.id}/versions`, ["text"]);
  add("PATCH", `${p}/sources/${s.source.id}/citations/${s.citation.id}`, ["text", "title", "authors", "publisher", "issued", "url"]);
  add("POST", `${p}/claims`, ["sourceId", "start", "end", "paraphrase", "note", "credibility", "credibilityRationale", "themeIds", "citationIds", "submit"], { sourceId: s.source.id, start: 0, end: 10, paraphrase: "p" });
  add("PATCH", `${p}/claims/${s.claim.id}`, ["paraphrase", "note", "credibility", "credibilityRationale", "themeIds", "citationIds"], { paraphrase: "p", credibility: 3 });
  add("POST", `${p}/claims/${s.claim.id}/reviews`, ["verdict", "rationale", "evidenceUrl", "citationId"], { verdict: "DISPUTED", rationale: "r" }, true);
  add("POST", `${p}/claims/${s.claim.id}/assign`, ["assigneeId"]);
  add("POST", `${p}/claims/${s.claim.id}/pass-back`, ["comment"], {}, true);
  add("POST", `${p}/claims/bulk`, ["claimIds", "operation", "themeId", "assigneeId"], { claimIds: [s.claim.id], operation: "add-theme", themeId: s.theme.id });
  add("POST", `${p}/claims/${s.claim.id}/comments`, ["body", "parentId"], { body: "c" });
  add("PATCH", `${p}/comments/${s.comment.id}`, ["body"]);
  add("POST", `${p}/themes`, ["name", "colour", "description", "parentId"], { name: "T" });
  add("PATCH", `${p}/themes/${s.theme.id}`, ["name", "colour", "description", "parentId"]);
  add("POST", `${p}/themes/${s.theme.id}/merge`, ["targetId"]);
  add("POST", `${p}/briefs`, ["title", "summary", "audience", "body"], { title: "B" });
  add("PATCH", `${p}/briefs/${s.brief.id}`, ["baseVersion", "title", "summary", "audience", "body"], base);
  add("POST", `${p}/briefs/${s.brief.id}/marks/dismiss`, ["key"]);
  add("POST", `${p}/briefs/${s.brief.id}/comments`, ["body", "parentId"], { body: "c" });
  add("POST", "/api/v1/notifications/read", ["ids", "all"]);
  expect(ownerId).toBeTruthy();
  return fields;
}

test("every API body field takes the hostile corpus without a 500, answering JSON", async ({ request, user }) => {
  const s = await setup(user);
  const auth = (reviewer = false) => ({ Authorization: `Bearer ${reviewer ? s.reviewerToken : s.token}` });
  const fields = bodyFields(s, user.id);
  const endpoints = [...new Map(fields.map((f) => [`${f.method} ${f.url}`, f])).values()];
  const send = async (job: (typeof fields)[number], data: Record<string, unknown>, label: string) => {
    const response = await request.fetch(job.url, { method: job.method, headers: auth(job.reviewer), data });
    await expectHandled(response, `${job.method} ${job.url} ${label}`);
  };
  await inBatches(
    fields.flatMap((job) => VALUES.map((value) => ({ job, value }))),
    async ({ job, value }) => {
      const rest = typeof job.rest === "function" ? await job.rest() : (job.rest ?? {});
      await send(job, { ...rest, [job.field]: value }, `${job.field}=${JSON.stringify(value.slice(0, 40))}`);
    },
    8,
  );
  for (const endpoint of endpoints) {
    const names = fields.filter((f) => f.method === endpoint.method && f.url === endpoint.url).map((f) => f.field);
    for (const value of HUGE) await send(endpoint, Object.fromEntries(names.map((name) => [name, value])), `every field ${value.length.toLocaleString("en")} characters long`);
  }
  expect(fields.length * VALUES.length).toBeGreaterThan(350);

  // Bodies that are not what they claim: broken JSON, bytes that are not UTF-8, prototype-pollution keys.
  for (const url of ["/api/v1/projects", `/api/v1/projects/${s.project.id}/claims`, `/api/v1/projects/${s.project.id}/themes/import`, "/api/v1/projects/restore", `/api/v1/projects/${s.project.id}/sources`]) {
    for (const data of [Buffer.from(INVALID_UTF8), Buffer.from(`{"name": "\\ud800\\u0000<script>"`), Buffer.from(pollutedJson({ name: `Polluted ${Date.now()}`, text: "polluted" }))]) {
      const response = await request.post(url, { headers: { ...auth(), "content-type": "application/json" }, data });
      await expectHandled(response, `POST ${url} with raw ${data.subarray(0, 20).toString("hex")}`);
    }
  }
  // JSON nested 100,000 deep, to every endpoint that reads a JSON body: refused before it is parsed.
  const deep = `${'{"a":'.repeat(100_000)}1${"}".repeat(100_000)}`;
  await inBatches(endpoints, async (endpoint) => {
    const response = await request.fetch(endpoint.url, { method: endpoint.method, headers: { ...auth(endpoint.reviewer), "content-type": "application/json" }, data: deep });
    const label = `${endpoint.method} ${endpoint.url} nested 100,000 deep`;
    await expectHandled(response, label);
    expect(response.status(), label).toBe(400);
    expect(((await response.json()) as { error: { message: string } }).error.message, label).toMatch(/deeper than 64 levels/);
  });

  const polluted = await db.project.findFirst({ where: { name: { startsWith: "Polluted" }, createdById: user.id } });
  expect(polluted).not.toBeNull();
  expect(Object.keys(polluted!)).not.toContain("isAdmin");
  expect((await (await request.get("/api/v1/me", { headers: auth() })).json()).user).not.toHaveProperty("isAdmin");
});

test("hostile path segments and query values answer < 500 with JSON on every route", async ({ request, user }) => {
  const s = await setup(user);
  const ids: Record<string, string> = { token: s.invitationToken, projectId: s.project.id, sourceId: s.source.id, citationId: s.citation.id, claimId: s.claim.id, briefId: s.brief.id, themeId: s.theme.id, commentId: s.comment.id, userId: s.reviewer.id, version: "1", file: "claims.csv" };
  const routes: [string, string, boolean?][] = [
    ["GET", "/api/v1/projects/:projectId"],
    ["GET", "/api/v1/projects/:projectId/members"],
    ["PATCH", "/api/v1/projects/:projectId/members/:userId"],
    ["GET", "/api/v1/projects/:projectId/activity"],
    ["GET", "/api/v1/projects/:projectId/activity/export", true],
    ["GET", "/api/v1/projects/:projectId/backup", true],
    ["GET", "/api/v1/projects/:projectId/sources"],
    ["GET", "/api/v1/projects/:projectId/sources/:sourceId"],
    ["POST", "/api/v1/projects/:projectId/sources/:sourceId/versions"],
    ["GET", "/api/v1/projects/:projectId/sources/:sourceId/citations"],
    ["PATCH", "/api/v1/projects/:projectId/sources/:sourceId/citations/:citationId"],
    ["GET", "/api/v1/projects/:projectId/sources/:sourceId/original", true],
    ["GET", "/api/v1/projects/:projectId/search"],
    ["GET", "/api/v1/projects/:projectId/claims"],
    ["GET", "/api/v1/projects/:projectId/claims/:claimId"],
    ["GET", "/api/v1/projects/:projectId/claims/:claimId/reviews"],
    ["POST", "/api/v1/projects/:projectId/claims/:claimId/submit"],
    ["POST", "/api/v1/projects/:projectId/claims/:claimId/withdraw"],
    ["POST", "/api/v1/projects/:projectId/claims/:claimId/assign"],
    ["GET", "/api/v1/projects/:projectId/claims/:claimId/comments"],
    ["PATCH", "/api/v1/projects/:projectId/comments/:commentId"],
    ["GET", "/api/v1/projects/:projectId/themes"],
    ["PATCH", "/api/v1/projects/:projectId/themes/:themeId"],
    ["POST", "/api/v1/projects/:projectId/themes/:themeId/merge"],
    ["GET", "/api/v1/projects/:projectId/themes/coverage"],
    ["GET", "/api/v1/projects/:projectId/themes/export", true],
    ["GET", "/api/v1/projects/:projectId/exports/:file", true],
    ["GET", "/api/v1/projects/:projectId/briefs"],
    ["GET", "/api/v1/projects/:projectId/briefs/:briefId"],
    ["GET", "/api/v1/projects/:projectId/briefs/:briefId/versions"],
    ["POST", "/api/v1/projects/:projectId/briefs/:briefId/versions/:version/restore"],
    ["POST", "/api/v1/projects/:projectId/briefs/:briefId/submit"],
    ["GET", "/api/v1/projects/:projectId/briefs/:briefId/export", true],
    ["GET", "/api/v1/projects/:projectId/briefs/:briefId/comments"],
    ["POST", "/api/v1/invitations/:token/accept"],
    ["POST", "/api/v1/invitations/:token/decline"],
  ];
  const auth = { Authorization: `Bearer ${s.token}` };
  const jobs: { method: string; url: string; file?: boolean }[] = [];
  for (const [method, template, file] of routes) {
    for (const name of template.match(/:[a-zA-Z]+/g) ?? []) {
      for (const segment of SEGMENTS) {
        const url = template.replace(/:[a-zA-Z]+/g, (param) => (param === name ? segment : ids[param.slice(1)]!));
        jobs.push({ method, url, file });
      }
    }
  }
  const queries: [string, string[], boolean?][] = [
    ["/api/v1/projects/:projectId/activity", ["actor", "type", "object", "from", "to", "before"]],
    ["/api/v1/projects/:projectId/activity/export", ["actor", "from"], true],
    ["/api/v1/projects/:projectId/claims", ["theme", "status", "source", "author", "reviewer", "assignee", "credibility", "q", "sort", "page"]],
    ["/api/v1/projects/:projectId/sources", ["kind", "reliability", "publisher", "from", "to", "sort"]],
    ["/api/v1/projects/:projectId/search", ["q"]],
    ["/api/v1/projects/:projectId/sources/:sourceId", ["version"]],
    ["/api/v1/projects/:projectId/sources/:sourceId/original", ["version"], true],
    ["/api/v1/projects/:projectId/themes/coverage", ["level"]],
    ["/api/v1/projects/:projectId/themes/export", ["format"], true],
    ["/api/v1/projects/:projectId/briefs/:briefId", ["appendix", "sources"]],
    ["/api/v1/projects/:projectId/briefs/:briefId/versions", ["from", "to"]],
    ["/api/v1/projects/:projectId/briefs/:briefId/export", ["format", "appendix", "sources"], true],
    ["/api/v1/projects/:projectId/exports/claims.csv", ["q", "theme", "sort", "page"], true],
    ["/api/v1/projects/:projectId/exports/claims.jsonld", ["q", "status"], true],
    ["/api/v1/notifications", ["unread", "before"]],
  ];
  for (const [template, names, file] of queries) {
    const path = template.replace(/:[a-zA-Z]+/g, (param) => ids[param.slice(1)]!);
    for (const name of names) for (const value of QUERY_VALUES) jobs.push({ method: "GET", url: `${path}?${name}=${value}`, file });
  }
  // A theme in use is deleted only when its claims can move: none of these names a theme to move them to.
  await db.claimTheme.create({ data: { claimId: s.claim.id, themeId: s.theme.id, position: 0 } });
  for (const segment of SEGMENTS) jobs.push({ method: "DELETE", url: `/api/v1/projects/${s.project.id}/themes/${s.theme.id}?reassignTo=${segment}` });
  await inBatches(jobs, async (job) => {
    const response = await request.fetch(job.url, { method: job.method, headers: auth, data: job.method === "GET" || job.method === "DELETE" ? undefined : {} });
    await expectHandled(response, `${job.method} ${job.url.slice(0, 160)}`, { file: job.file });
  });
  expect(jobs.length).toBeGreaterThan(350);
  // The hostile ids reached nothing: the project's objects are all still there.
  expect(await db.theme.count({ where: { id: s.theme.id } })).toBe(1);
  expect(await db.claim.count({ where: { id: s.claim.id } })).toBe(1);
});

test("a page or download address whose bytes are not UTF-8 answers 400, signed in or not", async ({ request, signedInPage: page }) => {
  const patterns = discoverRoutes()
    .filter((route) => !route.pattern.startsWith("/api/") && route.method === "GET")
    .map((route) => route.pattern);
  expect(patterns.length).toBeGreaterThan(25);
  const urls = patterns.map((pattern) => (pattern.includes("[") ? pattern.replace(/\[[^\]]+\]/, "%ff%fe").replace(/\[[^\]]+\]/g, "x") : `${pattern.replace(/\/$/, "")}/%ff%fe`));
  await inBatches(urls, async (url) => {
    for (const context of [request, page.request]) {
      const response = await context.get(url, { maxRedirects: 0 });
      expect(response.status(), url).toBe(400);
      expect(await response.text(), url).toMatch(/not valid UTF-8/);
    }
  });
});

test("hostile uploads through the API are imported as text or refused with JSON", async ({ request, user }) => {
  const s = await setup(user);
  const auth = { Authorization: `Bearer ${s.token}` };
  const url = `/api/v1/projects/${s.project.id}/sources`;
  const files: [string, string, Buffer][] = [
    ["bad.txt", "text/plain", Buffer.from(INVALID_UTF8)],
    ["nul.md", "text/markdown", Buffer.from(`# NUL\n\na\u0000b`)],
    ["page.html", "text/html", Buffer.from(`<html><head><title>${HOSTILE_TEXT[0]!.value}</title><meta property="og:url" content="javascript:alert(1)"></head><body><p>${HOSTILE_TEXT.filter((e) => !e.value.includes("\u0000")).map((e) => e.value).join("</p><p>")}</p></body></html>`)],
    ["fake.pdf", "application/pdf", Buffer.from(`%PDF-1.7\n${HOSTILE_TEXT[0]!.value}`)],
    ["fake.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", Buffer.from(INVALID_UTF8)],
    ["\u202egnp.exe.txt", "text/plain", Buffer.from(`# ${HOSTILE_TEXT[1]!.value}\n\n${Date.now()}`)],
  ];
  for (const [name, mimeType, buffer] of files) {
    const response = await request.post(url, { headers: auth, multipart: { file: { name, mimeType, buffer }, title: HOSTILE_TEXT[2]!.value, url: "javascript:alert(1)" } });
    await expectHandled(response, `upload ${name}`);
    expect(response.ok(), `${name} was imported with a javascript: URL`).toBe(false);
  }
  const html = await request.post(url, { headers: auth, multipart: { file: { name: "page.html", mimeType: "text/html", buffer: files[2]![2] } } });
  await expectHandled(html, "upload page.html without metadata");
  expect(html.status()).toBe(201);
  const { source } = (await html.json()) as { source: { id: string } };
  const stored = await db.source.findUniqueOrThrow({ where: { id: source.id } });
  expect(stored.url).toBeNull();
  expect(stored.body).toContain("DROP TABLE");
  expect(stored.body).not.toContain("window.__pwned = 'script'");
  await expectHandled(await request.post(`/api/v1/projects/${s.project.id}/sources/${s.source.id}/versions`, { headers: auth, multipart: { file: { name: "v.txt", mimeType: "text/plain", buffer: Buffer.from(INVALID_UTF8) } } }), "version upload");
  await expectHandled(await request.post("/api/v1/projects/restore", { headers: auth, multipart: { file: { name: "b.json", mimeType: "application/json", buffer: Buffer.from(INVALID_UTF8) } } }), "restore upload");
});

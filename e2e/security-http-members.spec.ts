import { createBrief } from "@/lib/briefs/create-brief";
import { submitBrief } from "@/lib/briefs/submit-brief";
import { db } from "@/lib/db";
import { makeProject } from "@/lib/factories";
import { updateProject } from "@/lib/projects/update-project";
import { addSourceVersion } from "@/lib/sources/add-source-version";
import { createTheme } from "@/lib/themes/create-theme";
import { expect, test } from "./fixtures";
import { API_CASES, type RequestSpec } from "./security/api-cases";
import { BROWSER_CASES, discoverRoutes, fill, send } from "./security/routes";
import { bearer, inBatches, makeActor, makeSecureProject, projectSnapshot, signedInContext, sourceText, unique, type Actor, type SecureProject } from "./security/world";

/**
 * Membership is the boundary: someone outside project A learns nothing of it,
 * whatever URL they try, and A's owner cannot reach project B's objects
 * through A's URLs or bodies. "Not found" is the answer either way.
 */
test.describe.configure({ mode: "default" });

let A: SecureProject;
let B: SecureProject;
let outsider: Actor;
test.beforeAll(async () => {
  [A, B, outsider] = await Promise.all([makeSecureProject("a"), makeSecureProject("b"), makeActor()]);
  // B's source and brief have versions that A's do not.
  await addSourceVersion({ userId: B.owner.id, projectId: B.project.id, sourceId: B.source.id, input: { text: sourceText(B.marker, "third") } });
});

const browserCases = (scopes: string[]) =>
  Object.entries(BROWSER_CASES).flatMap(([key, cases]) => {
    const [, pattern] = key.split(" ") as [string, string];
    return cases.filter((c) => scopes.includes(c.scope)).map((c) => ({ key, pattern, ...c }));
  });
const projectBrowserCases = () => browserCases(["project"]);

const projectApiCases = () =>
  Object.entries(API_CASES).flatMap(([key, cases]) => {
    const [method, pattern] = key.split(" ") as [string, string];
    return cases.filter((c) => c.action !== "user").map((c) => ({ key: `${key}${c.name ? ` (${c.name})` : ""}`, method, pattern, ...c }));
  });

async function expectNotFoundPage(response: { status(): number; text(): Promise<string> }, label: string, marker: string) {
  const body = await response.text();
  expect(response.status(), label).toBe(404);
  expect(body, label).not.toContain(marker);
}

/**
 * The same page as the client router fetches it on navigation: a Flight payload, not HTML
 * (Next.js first redirects to add its cache-busting `_rsc` parameter). Flight responses
 * stream, so the status may already be 200 when the layout finds the project missing: the
 * payload then carries the not-found fallback instead of the page.
 */
async function expectNotFoundFlight(response: { status(): number; text(): Promise<string> }, label: string, marker: string) {
  const body = await response.text();
  expect(body, label).not.toContain(marker);
  if (response.status() === 404) return;
  expect(response.status(), label).toBe(200);
  expect(body, label).toContain('"digest":"NEXT_HTTP_ERROR_FALLBACK;404"');
}

async function expectNotFoundJson(response: { status(): number; text(): Promise<string> }, label: string, marker: string) {
  const body = await response.text();
  expect(response.status(), `${label}: ${body.slice(0, 200)}`).toBe(404);
  expect(body, label).not.toContain(marker);
  expect((JSON.parse(body) as { error: { code: string } }).error.code, label).toBe("not_found");
}

test("a signed-in non-member gets not found for every page and browser route of the project", async ({ baseURL }) => {
  const before = await projectSnapshot(A.project.id);
  const session = await signedInContext(baseURL!, outsider);
  await Promise.all(
    projectBrowserCases().map(async (route) => {
      const url = fill(route.pattern, { ...A.params, ...route.params }, route.query);
      await expectNotFoundPage(await session.get(url, { maxRedirects: 0 }), `${route.key} ${url}`, A.marker);
      if (route.kind === "page") await expectNotFoundFlight(await session.get(url, { headers: { rsc: "1" } }), `${route.key} ${url} (RSC)`, A.marker);
    }),
  );
  await session.dispose();
  expect(await projectSnapshot(A.project.id)).toEqual(before);
});

test("a non-member's live stream carries their own projects' changes and nothing of the project", async ({ baseURL }) => {
  const own = await makeProject(outsider, { name: `Own ${unique()}` });
  const session = await signedInContext(baseURL!, outsider);
  const cookie = (await session.storageState()).cookies.map((c) => `${c.name}=${c.value}`).join("; ");
  const abort = new AbortController();
  const response = await fetch(`${baseURL}/live`, { headers: { cookie }, signal: abort.signal });
  expect(response.status).toBe(200);
  const reader = response.body!.getReader();
  const decoder = new TextDecoder();
  let received = "";
  const readUntil = async (needle: string) => {
    while (!received.includes(needle)) {
      const { done, value } = await reader.read();
      if (done) throw new Error(`the stream ended before ${needle}`);
      received += decoder.decode(value, { stream: true });
    }
  };
  await readUntil(": connected");
  // A change in the project, then one in their own: events arrive in commit order, so once
  // their own has arrived, the project's would have too.
  await updateProject({ userId: A.owner.id, projectId: A.project.id, input: { name: A.project.name, description: `Changed ${unique()}` } });
  await updateProject({ userId: outsider.id, projectId: own.id, input: { name: own.name, description: "Changed" } });
  await readUntil(own.id);
  abort.abort();
  await session.dispose();
  expect(received).not.toContain(A.project.id);
});

test("a non-member's token gets not found for every endpoint and method of the project, and changes nothing", async ({ request }) => {
  const specs = await Promise.all(projectApiCases().map(async (c) => ({ ...c, spec: await c.prepare(A, "OWNER") })));
  const before = await projectSnapshot(A.project.id);
  await Promise.all(
    specs.map(async (c) => expectNotFoundJson(await send(request, c.method, c.pattern, c.spec, bearer(outsider)), `${c.key} by a non-member`, A.marker)),
  );
  expect(await projectSnapshot(A.project.id)).toEqual(before);

  // Nor does the project show in their lists, or its notifications in theirs.
  const projects = await request.get("/api/v1/projects", { headers: bearer(outsider) });
  expect(await projects.text()).not.toContain(A.marker);
  const notification = await db.notification.findFirstOrThrow({ where: { projectId: A.project.id } });
  const markOthers = await request.post("/api/v1/notifications/read", { headers: bearer(outsider), data: { ids: [notification.id] } });
  await expectNotFoundJson(markOthers, "marking someone else's notification read", A.marker);
  expect((await db.notification.findUniqueOrThrow({ where: { id: notification.id } })).readAt).toBeNull();
});

/** A's ids, with every object id (and version) taken from B instead. */
const swapped = (params: Record<string, string>) => {
  const { projectId: _projectId, file: _file, ...objects } = B.params;
  return { ...params, ...Object.fromEntries(Object.keys(objects).filter((name) => name in params).map((name) => [name, objects[name]!])) };
};

test("A's owner gets not found for A's pages and browser routes with B's object ids", async ({ baseURL }) => {
  const session = await signedInContext(baseURL!, A.owner);
  const cases = projectBrowserCases().filter((route) => /\[(?!projectId\]|file\])/.test(route.pattern));
  expect(cases.length).toBeGreaterThanOrEqual(5);
  await Promise.all(
    cases.map(async (route) => {
      const url = fill(route.pattern, swapped({ ...A.params, ...route.params }), route.query);
      await expectNotFoundPage(await session.get(url, { maxRedirects: 0 }), `${route.key} ${url}`, B.marker);
      if (route.kind === "page") await expectNotFoundFlight(await session.get(url, { headers: { rsc: "1" } }), `${route.key} ${url} (RSC)`, B.marker);
    }),
  );
  // A version number that exists only in B's source.
  const version = `/projects/${A.project.id}/sources/${A.source.id}?version=3`;
  await expectNotFoundPage(await session.get(version), version, B.marker);
  const original = `/projects/${A.project.id}/sources/${A.source.id}/original?version=3`;
  const response = await session.get(original);
  expect(response.status(), original).toBe(404);
  expect(await response.text()).not.toContain(B.marker);
  await session.dispose();
});

test("A's owner gets not found for A's API paths with B's object ids, and neither project changes", async ({ request }) => {
  const cases = projectApiCases().filter((c) => /\[(?!projectId\]|file\])/.test(c.pattern));
  const specs = await Promise.all(cases.map(async (c) => ({ ...c, spec: await c.prepare(A, "OWNER") })));
  const [beforeA, beforeB] = await Promise.all([projectSnapshot(A.project.id), projectSnapshot(B.project.id)]);
  await Promise.all(
    specs.map(async (c) => {
      const spec: RequestSpec = { ...c.spec, params: swapped(c.spec.params) };
      expect(spec.params, c.key).not.toEqual(c.spec.params);
      await expectNotFoundJson(await send(request, c.method, c.pattern, spec, bearer(A.owner)), `${c.key} with B's ids`, B.marker);
    }),
  );
  const onlyInB = [
    `/api/v1/projects/${A.project.id}/sources/${A.source.id}?version=3`,
    `/api/v1/projects/${A.project.id}/sources/${A.source.id}/original?version=3`,
  ];
  for (const url of onlyInB) await expectNotFoundJson(await request.get(url, { headers: bearer(A.owner) }), url, B.marker);
  // A's own source with B's note: a note must belong to the source its URL names.
  const borrowedNote = `/api/v1/projects/${A.project.id}/sources/${A.source.id}/citations/${B.citation.id}`;
  await expectNotFoundJson(await request.patch(borrowedNote, { headers: bearer(A.owner), data: { text: "Borrowed", publisher: "A" } }), borrowedNote, B.marker);
  expect(await projectSnapshot(A.project.id)).toEqual(beforeA);
  expect(await projectSnapshot(B.project.id)).toEqual(beforeB);
});

test("B's ids inside A's request bodies are refused with a clear error, and neither project changes", async ({ request }) => {
  const spare = await createTheme({ userId: A.owner.id, projectId: A.project.id, input: { name: `Spare ${A.marker}`, colour: "#aa3300" } });
  const base = `/api/v1/projects/${A.project.id}`;
  const claim = `${base}/claims/${A.claim.id}`;
  const attempts: [string, string, string, unknown][] = [
    ["claim on B's source", "POST", `${base}/claims`, { sourceId: B.source.id, start: 0, end: 20, paraphrase: "Borrowed" }],
    ["claim tagged with B's theme", "POST", `${base}/claims`, { sourceId: A.source.id, start: 0, end: 20, paraphrase: "Borrowed", themeIds: [B.theme.id] }],
    ["claim citing B's footnote", "POST", `${base}/claims`, { sourceId: A.source.id, start: 0, end: 20, paraphrase: "Borrowed", citationIds: [B.citation.id] }],
    ["edit tagging B's theme", "PATCH", claim, { themeIds: [B.theme.id] }],
    ["edit citing B's footnote", "PATCH", claim, { citationIds: [B.citation.id] }],
    ["assign to a non-member", "POST", `${claim}/assign`, { assigneeId: B.reviewer.id }],
    ["review citing B's footnote", "POST", `${claim}/reviews`, { verdict: "VERIFIED", rationale: "See the note.", citationId: B.citation.id }],
    ["relation to B's claim", "POST", `${claim}/relations`, { targetId: B.claim.id, kind: "corroborates" }],
    ["removing B's relation", "DELETE", `${claim}/relations/${B.relation.id}`, {}],
    ["reply to B's comment", "POST", `${claim}/comments`, { body: "Replying", parentId: B.comment.id }],
    ["brief reply to B's comment", "POST", `${base}/briefs/${A.brief.id}/comments`, { body: "Replying", parentId: B.comment.id }],
    ["mention of a non-member", "POST", `${claim}/comments`, { body: `Ask @[${B.reviewer.name}](user:${B.reviewer.id})` }],
    ["bulk tagging of B's claim", "POST", `${base}/claims/bulk`, { claimIds: [B.claim.id], operation: "add-theme", themeId: A.theme.id }],
    ["bulk tagging with B's theme", "POST", `${base}/claims/bulk`, { claimIds: [A.claim.id], operation: "add-theme", themeId: B.theme.id }],
    ["bulk submit of B's claim", "POST", `${base}/claims/bulk`, { claimIds: [A.claim.id, B.claim.id], operation: "submit" }],
    ["bulk assign to a non-member", "POST", `${base}/claims/bulk`, { claimIds: [A.claim.id], operation: "assign", assigneeId: B.reviewer.id }],
    ["merge into B's theme", "POST", `${base}/themes/${spare.id}/merge`, { targetId: B.theme.id }],
    ["theme under B's theme", "POST", `${base}/themes`, { name: "Nested", colour: "#0088cc", parentId: B.theme.id }],
    ["move under B's theme", "PATCH", `${base}/themes/${spare.id}`, { parentId: B.theme.id }],
    ["delete moving claims to B's theme", "DELETE", `${base}/themes/${A.theme.id}`, { reassignTo: B.theme.id }],
    ["role of a non-member", "PATCH", `${base}/members/${B.analyst.id}`, { role: "OWNER" }],
  ];
  const [beforeA, beforeB] = await Promise.all([projectSnapshot(A.project.id), projectSnapshot(B.project.id)]);
  await Promise.all(
    attempts.map(async ([label, method, url, data]) => {
      const response = await request.fetch(url, { method, data: data as object, headers: bearer(A.owner) });
      const body = await response.text();
      expect(response.status(), `${label}: ${body.slice(0, 200)}`).toBeGreaterThanOrEqual(400);
      expect(response.status(), `${label}: ${body.slice(0, 200)}`).toBeLessThan(500);
      expect([401, 403], label).not.toContain(response.status());
      const { error } = JSON.parse(body) as { error: { code: string; message: string } };
      expect(error.message.length, label).toBeGreaterThan(0);
      expect(body, label).not.toContain(B.marker);
    }),
  );
  expect(await projectSnapshot(A.project.id)).toEqual(beforeA);
  expect(await projectSnapshot(B.project.id)).toEqual(beforeB);
});

test("a brief citing B's claim shows it as a missing claim, never B's words, and cannot be approved", async ({ request }) => {
  const brief = await createBrief({
    userId: A.analyst.id,
    projectId: A.project.id,
    input: { title: "Borrowing", body: `Our finding. [[claim:${A.claim.id}]] Their finding. [[claim:${B.claim.id}]]` },
  });
  const url = `/api/v1/projects/${A.project.id}/briefs/${brief.id}`;
  const read = await request.get(`${url}?appendix=1`, { headers: bearer(A.owner) });
  expect(read.status()).toBe(200);
  const text = await read.text();
  expect(text).toContain(A.marker);
  expect(text).not.toContain(B.marker);
  expect(JSON.parse(text).warnings).toEqual(expect.arrayContaining([expect.objectContaining({ kind: "missing-claim", claimId: B.claim.id, blocking: true })]));
  for (const format of ["md", "html"]) {
    const exported = await request.get(`${url}/export?format=${format}&appendix=1`, { headers: bearer(A.owner) });
    expect(exported.status()).toBe(200);
    const file = await exported.text();
    expect(file).toMatch(/\\?\[missing claim\\?\]/);
    expect(file).not.toContain(B.marker);
  }
  await submitBrief({ userId: A.analyst.id, projectId: A.project.id, briefId: brief.id });
  const approve = await request.post(`${url}/approve`, { headers: bearer(A.owner) });
  expect(approve.status()).toBe(409);
  expect((await db.brief.findUniqueOrThrow({ where: { id: brief.id } })).status).toBe("IN_REVIEW");
});

const FILTERS = ["q", "status", "theme", "source", "author", "reviewer", "assignee", "credibility", "sort", "page", "actor", "type", "object", "before", "from", "to", "version", "part", "claim", "format", "publisher", "kind", "reliability"];

test("a member's page or download URL, or their own pages', carrying a value the database cannot hold answers 4xx, never a 500 or a cut-off file", async ({ baseURL }) => {
  // Most of these pages are rendered here for the first time since the server started.
  test.setTimeout(90_000);
  const session = await signedInContext(baseURL!, A.owner);
  const queried = new Set(discoverRoutes().filter((route) => route.readsQuery).map((route) => route.key));
  expect(queried.size).toBeGreaterThanOrEqual(10);
  // The live stream never ends: it takes no parameters, and its refusals are tested above.
  const urls = browserCases(["project", "user"]).filter((route) => route.kind !== "stream").flatMap((route) => {
    const params = { ...A.params, ...route.params };
    const names = [...route.pattern.matchAll(/\[(\w+)\]/g)].map((m) => m[1]!).filter((name) => name !== "file");
    return [
      ...names.map((name) => ({ route, url: fill(route.pattern, { ...params, [name]: "a\u0000b" }, route.query) })),
      // Every filter at once: each reaches the same query, so one that the database refuses fails it.
      ...(queried.has(route.key) ? [FILTERS.map((filter) => `${filter}=a%00b`).join("&"), "version=99999999999"] : []).map((query) => ({
        route,
        url: fill(route.pattern, params, query),
      })),
    ];
  });
  // Several hundred pages: a few at a time, as a busy browser would, not all at once.
  await inBatches(urls, 8, async ({ route, url }) => {
    const response = await session.get(url, { maxRedirects: 0 });
    // Reading the whole body fails if the server cut the response off.
    const body = await response.text();
    expect(response.status(), `${route.key} ${url}: ${body.slice(0, 200)}`).toBeLessThan(500);
  });
  await session.dispose();
});

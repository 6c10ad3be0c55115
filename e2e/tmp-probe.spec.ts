import { expect, test } from "./fixtures";
import { bearer, makeSecureProject } from "./security/world";

test("probe", async ({ request }) => {
  const A = await makeSecureProject("probe");
  const h = bearer(A.owner);
  const base = `/api/v1/projects/${A.project.id}`;
  const N = "a\u0000b";
  const urls: [string, string, unknown?][] = [
    ["POST", `/api/v1/projects`, { name: N }],
    ["PATCH", base, { description: N }],
    ["POST", `${base}/claims/${A.claim.id}/comments`, { body: N }],
    ["POST", `${base}/themes`, { name: N, colour: "#123456" }],
    ["POST", `${base}/briefs`, { title: N }],
    ["PATCH", `${base}/briefs/${A.brief.id}`, { baseVersion: Number(A.params.version), body: N }],
    ["POST", `${base}/sources`, { text: `# T\n\n${N} text` }],
    ["POST", `${base}/claims`, { sourceId: A.source.id, start: 0, end: 10, paraphrase: N }],
    ["POST", `${base}/members`, { email: `x${N}@example.test`, role: "VIEWER" }],
    ["POST", `${base}/claims/${A.claim.id}/reviews`, { verdict: "VERIFIED", rationale: N }],
    ["POST", `${base}/claims/bulk`, { claimIds: [N], operation: "submit" }],
    ["POST", `/api/v1/notifications/read`, { ids: [N] }],
    ["POST", `${base}/themes/${A.theme.id}/merge`, { targetId: N }],
    ["POST", `${base}/claims/${A.claim.id}/assign`, { assigneeId: N }],
  ];
  for (const q of ["q", "theme", "source", "author", "reviewer", "status"]) urls.push(["GET", `${base}/claims?${q}=a%00b`]);
  for (const q of ["actor", "type", "object", "before"]) urls.push(["GET", `${base}/activity?${q}=a%00b`]);
  urls.push(["GET", `${base}/search?q=a%00b`]);
  urls.push(["GET", `${base}/sources?publisher=a%00b`]);
  urls.push(["GET", `${base}/claims/a%00b`]);
  urls.push(["GET", `/api/v1/projects/a%00b`]);
  urls.push(["GET", `/api/v1/notifications?before=a%00b`]);
  const results = await Promise.all(urls.map(async ([m, u, d]) => {
    const r = await request.fetch(u, { method: m, headers: h, data: d as object });
    return `${r.status()} ${m} ${u.slice(0, 120)} ${JSON.stringify(d ?? "").slice(0, 60)}`;
  }));
  console.log(results.join("\n"));
  expect(1).toBe(1);
});

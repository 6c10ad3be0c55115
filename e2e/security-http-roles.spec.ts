import { can, ROLES } from "@/lib/authz/permissions";
import { expect, test } from "./fixtures";
import { API_CASES, type RequestSpec } from "./security/api-cases";
import { BROWSER_CASES, fill, send } from "./security/routes";
import { bearer, makeSecureProject, signedInContext, type SecureProject } from "./security/world";

/**
 * Each role, through the API with its own token, on every endpoint and method:
 * what lib/authz/permissions.ts allows succeeds, what it refuses answers 403.
 * Every case builds its own objects first, so one case's writes cannot mask
 * another's.
 */
let team: SecureProject;
test.beforeAll(async () => {
  team = await makeSecureProject("roles");
});

for (const [key, cases] of Object.entries(API_CASES)) {
  const [method, pattern] = key.split(" ") as [string, string];
  test(`${key}: each role gets what the permission table says`, async ({ request }) => {
    const outcomes = await Promise.all(
      cases.flatMap((c) =>
        ROLES.map(async (role) => {
          const allowed = c.action === "user" || can(role, c.action);
          const spec = await c.prepare(team, role);
          const response = await send(request, method, pattern, spec, bearer(team.members[role]));
          const body = await response.text();
          return { label: `${role} ${c.name ?? ""} (${c.action})`.replace(/\s+/g, " "), allowed, expected: allowed ? c.status : 403, status: response.status(), body };
        }),
      ),
    );
    for (const outcome of outcomes) {
      expect(outcome.status, `${outcome.label}: ${outcome.body.slice(0, 300)}`).toBe(outcome.expected);
      if (!outcome.allowed) expect(JSON.parse(outcome.body).error.code, outcome.label).toBe("forbidden");
    }
  });
}

const NUL = "a\u0000b";

/** The request with one value replaced by something PostgreSQL cannot take: a NUL character, or an integer beyond its range. */
function spoiled(spec: RequestSpec): { label: string; spec: RequestSpec }[] {
  const variants: { label: string; spec: RequestSpec }[] = [];
  for (const name of Object.keys(spec.params).filter((n) => n !== "file")) {
    const values = name === "version" ? [NUL, "99999999999"] : [NUL];
    for (const value of values) variants.push({ label: `[${name}]=${JSON.stringify(value)}`, spec: { ...spec, params: { ...spec.params, [name]: value } } });
  }
  for (const [name] of new URLSearchParams(spec.query ?? "")) {
    const query = new URLSearchParams(spec.query);
    query.set(name, name === "version" ? "99999999999" : NUL);
    variants.push({ label: `?${name}`, spec: { ...spec, query: query.toString() } });
  }
  if (spec.json && typeof spec.json === "object") {
    for (const [name, value] of Object.entries(spec.json)) {
      const bad = typeof value === "string" ? NUL : Array.isArray(value) ? [NUL] : typeof value === "number" ? 99999999999 : undefined;
      if (bad !== undefined) variants.push({ label: `body.${name}`, spec: { ...spec, json: { ...spec.json, [name]: bad } } });
    }
  }
  return variants;
}

test("a value the database cannot hold, in any path, query or body field, answers a 4xx JSON error, never a 500", async ({ request }) => {
  const cases = Object.entries(API_CASES).flatMap(([key, list]) => list.map((c) => ({ key, ...c })));
  const specs = await Promise.all(cases.map(async (c) => ({ ...c, spec: await c.prepare(team, "OWNER") })));
  const attempts = specs.flatMap((c) => spoiled(c.spec).map((variant) => ({ ...c, ...variant })));
  expect(attempts.length).toBeGreaterThan(100);
  await Promise.all(
    attempts.map(async (attempt) => {
      const [method, pattern] = attempt.key.split(" ") as [string, string];
      const response = await send(request, method, pattern, attempt.spec, bearer(team.owner));
      const body = await response.text();
      const label = `${attempt.key} ${attempt.label}: ${body.slice(0, 200)}`;
      expect(response.status(), label).toBeLessThan(500);
      if (response.status() >= 400) expect((JSON.parse(body) as { error: { code: string } }).error.code, label).toMatch(/^(invalid|not_found|conflict)$/);
    }),
  );
});

test("each role's browser session gets the downloads the permission table allows, and 403 for the others", async ({ baseURL }) => {
  const downloads = Object.entries(BROWSER_CASES).flatMap(([key, cases]) =>
    cases.filter((c) => c.kind === "download").map((c) => ({ key, pattern: key.split(" ")[1]!, ...c })),
  );
  expect(downloads.length).toBeGreaterThanOrEqual(6);
  const sessions = await Promise.all(ROLES.map((role) => signedInContext(baseURL!, team.members[role])));
  // One role after another: a brief is exported once at a time.
  for (const [index, role] of ROLES.entries()) {
    await Promise.all(
      downloads.map(async (download) => {
        const url = fill(download.pattern, { ...team.params, ...download.params }, download.query);
        const response = await sessions[index]!.get(url, { maxRedirects: 0 });
        const allowed = can(role, download.action ?? "project.read");
        expect(response.status(), `${role} ${url}`).toBe(allowed ? 200 : 403);
        if (allowed) {
          expect(response.headers()["content-disposition"], url).toMatch(/^attachment;/);
          // The download's own policy, not the pages': whatever the file holds never runs.
          expect(response.headers()["content-security-policy"], url).toBe("sandbox");
        }
        else expect(await response.text(), url).not.toContain(team.marker);
      }),
    );
  }
  await Promise.all(sessions.map((session) => session.dispose()));
});

import { can, ROLES } from "@/lib/authz/permissions";
import { expect, test } from "./fixtures";
import { API_CASES } from "./security/api-cases";
import { send } from "./security/routes";
import { bearer, makeSecureProject, type SecureProject } from "./security/world";

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

import { DEMO_ACCOUNTS, DEMO_PASSWORD, DEMO_PROJECT } from "@/lib/demo/accounts";
import { db } from "@/lib/db";
import { seriousViolations } from "./axe";
import { expect, signInAs, test } from "./fixtures";

/**
 * Every main page, as the demo team sees it, has no serious or critical
 * accessibility violation by axe-core's WCAG 2.1 AA rules.
 */
const [mai] = DEMO_ACCOUNTS;

/** The demo project's paths, each to a page of a different kind. */
async function demoPaths(): Promise<string[]> {
  const project = await db.project.findFirstOrThrow({ where: { name: DEMO_PROJECT.name }, orderBy: { createdAt: "asc" }, select: { id: true } });
  const [source, claim, brief] = await Promise.all([
    db.source.findFirstOrThrow({ where: { projectId: project.id }, orderBy: { createdAt: "asc" }, select: { id: true } }),
    db.claim.findFirstOrThrow({ where: { projectId: project.id }, orderBy: { createdAt: "asc" }, select: { id: true } }),
    db.brief.findFirstOrThrow({ where: { projectId: project.id }, orderBy: { createdAt: "asc" }, select: { id: true } }),
  ]);
  const p = `/projects/${project.id}`;
  return [
    "/",
    "/inbox",
    "/settings/account",
    `${p}/sources`,
    `${p}/sources/new`,
    `${p}/sources/${source.id}`,
    `${p}/claims`,
    `${p}/claims/${claim.id}`,
    `${p}/reviews`,
    `${p}/reviews/agreement`,
    `${p}/briefs`,
    `${p}/briefs/${brief.id}`,
    `${p}/themes`,
    `${p}/members`,
    `${p}/settings`,
    `${p}/activity`,
    `${p}/search?q=Japan`,
  ];
}

test("the pages before signing in have no serious accessibility violation", async ({ page }) => {
  const found: Record<string, string[]> = {};
  for (const path of ["/sign-in", "/sign-up", "/forgot-password"]) {
    await page.goto(path);
    await expect(page.locator("main")).toBeVisible();
    const seen = await seriousViolations(page);
    if (seen.length) found[path] = seen;
  }
  expect(found).toEqual({});
});

test("the main pages of a project have no serious accessibility violation", async ({ page }) => {
  test.setTimeout(120_000);
  await signInAs(page, { email: mai.email, password: DEMO_PASSWORD });
  const found: Record<string, string[]> = {};
  for (const path of await demoPaths()) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(200);
    await expect(page.getByTestId("current-user")).toBeVisible();
    const seen = await seriousViolations(page);
    if (seen.length) found[path] = seen;
  }
  // Every page's findings at once, by path.
  expect(found).toEqual({});
});

import { DEMO_ACCOUNTS, DEMO_PASSWORD, DEMO_PROJECT } from "@/lib/demo/accounts";
import { db } from "@/lib/db";
import { expect, signInAs, test } from "./fixtures";

test("every page names the app's icon, and the icon is served", async ({ page, request }) => {
  await page.goto("/sign-in");
  const href = await page.locator('head link[rel="icon"]').first().getAttribute("href");
  expect(href).toMatch(/^\/icon\.svg/);
  const icon = await request.get(href!);
  expect(icon.status()).toBe(200);
  expect(icon.headers()["content-type"]).toContain("image/svg+xml");
  expect(await icon.text()).toContain("<svg");
});

test("the claims board at 1366 px keeps column titles on one line and source titles on two at most", async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 900 });
  await signInAs(page, { email: DEMO_ACCOUNTS[0].email, password: DEMO_PASSWORD });
  const project = await db.project.findFirstOrThrow({ where: { name: DEMO_PROJECT.name }, orderBy: { createdAt: "asc" }, select: { id: true } });
  await page.goto(`/projects/${project.id}/claims`);
  const lines = (selector: string) =>
    page.locator(selector).evaluateAll((elements) =>
      elements.map((el) => {
        const style = getComputedStyle(el);
        const height = el.getBoundingClientRect().height - parseFloat(style.paddingTop) - parseFloat(style.paddingBottom);
        return { text: el.textContent?.trim() ?? "", lines: Math.round(height / parseFloat(style.lineHeight)) };
      }),
    );
  const headers = await lines("[data-testid=claim-board] thead th");
  expect(headers.length).toBeGreaterThan(5);
  expect(headers.filter((h) => h.lines > 1)).toEqual([]);
  const sources = await lines("[data-testid=board-source]");
  expect(sources.length).toBeGreaterThan(0);
  expect(sources.filter((s) => s.lines > 2)).toEqual([]);
});

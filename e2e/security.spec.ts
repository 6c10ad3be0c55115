import type { Page } from "@playwright/test";
import { createBrief } from "@/lib/briefs/create-brief";
import { createClaim } from "@/lib/claims/create-claim";
import { createComment } from "@/lib/comments/create-comment";
import { db } from "@/lib/db";
import { makeMember, makeProject, makeSource, makeUser } from "@/lib/factories";
import { reviewClaim } from "@/lib/reviews/review-claim";
import { updateSource } from "@/lib/sources/update-source";
import { HOSTILE_BLOCK } from "@/lib/testing/hostile-input";
import { createTheme } from "@/lib/themes/create-theme";
import { expect, test } from "./fixtures";

const HOSTILE = [
  "<script>window.__pwned = 1</script>",
  '<img src="https://evil.example/x.png" onerror="window.__pwned = 2">',
  '<svg onload="window.__pwned = 3"></svg>',
  "[click me](javascript:window.__pwned=4)",
  "![tracker](https://evil.example/pixel.png)",
  "\u202egnp.exe",
].join("\n\n");

test("pages carry a nonce-based CSP, and hostile text in a source, a claim and a comment stays inert", async ({ signedInPage: page, user }) => {
  const project = await makeProject(user, { name: `Hostile ${Date.now()}` });
  const source = await makeSource(project, user, { text: `# Hostile <script>window.__pwned = 5</script>\n\n${HOSTILE}\n` });
  const body = (await db.source.findUniqueOrThrow({ where: { id: source.id } })).body;
  const claim = await createClaim({ userId: user.id, projectId: project.id, input: { sourceId: source.id, start: 0, end: Math.min(40, body.length), paraphrase: HOSTILE } });
  await createComment({ userId: user.id, projectId: project.id, claimId: claim.id, input: { body: HOSTILE } });

  const dialogs: string[] = [];
  const outside: string[] = [];
  page.on("dialog", (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  page.on("request", (request) => {
    if (!request.url().startsWith("http://127.0.0.1")) outside.push(request.url());
  });

  const response = await page.goto(`/projects/${project.id}/claims/${claim.id}`);
  const csp = response?.headers()["content-security-policy"] ?? "";
  expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
  expect(csp).not.toMatch(/script-src[^;]*'unsafe-inline'/);
  expect(csp).toContain("frame-ancestors 'none'");
  expect(response?.headers()["x-content-type-options"]).toBe("nosniff");
  // The page works (its own scripts run), and the hostile text shows as text.
  await expect(page.getByTestId("live-status")).toHaveAttribute("data-state", "live");
  await expect(page.getByTestId("comment-thread")).toContainText("<script>window.__pwned = 1</script>");

  for (const path of [`/projects/${project.id}/sources/${source.id}`, `/projects/${project.id}/claims`, `/projects/${project.id}/activity`]) {
    await page.goto(path);
    await expect(page.getByTestId("live-status")).toHaveAttribute("data-state", "live");
  }
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  expect(dialogs).toEqual([]);
  expect(outside).toEqual([]);
});

/** Markup that would run, load or link somewhere if any page treated text as HTML. */
const HTML_PAYLOAD = `<img src="https://evil.example/x.png" onerror="window.__pwned = 'img'">`;
const SCRIPT_PAYLOAD = "<script>window.__pwned = 'script'; alert('script')</script>";
const MD_PAYLOAD = "[click me](javascript:window.__pwned='md') ![pixel](https://evil.example/pixel.png)";

test("hostile text shows as text on every page that shows what people wrote", async ({ signedInPage: page, user }) => {
  test.setTimeout(120_000);
  const stamp = Date.now().toString(36);
  const mallory = await makeUser({ name: `<svg onload="alert(1)">Mallory ${stamp}` });
  const project = await makeProject(user, { name: `<b onclick="alert(1)">Hostile</b> ${stamp}`, description: `${SCRIPT_PAYLOAD} ${MD_PAYLOAD}` });
  await makeMember(project, user, mallory, "ANALYST");
  const source = await makeSource(project, user, {
    title: `Source ${SCRIPT_PAYLOAD} ${stamp}`,
    url: "https://evil.example/<script>",
    text: `# Source\n\nThe pwnedword sits in ${SCRIPT_PAYLOAD} and ${HTML_PAYLOAD} beside ${MD_PAYLOAD} and \u202eRTL.¹\n\n${HOSTILE_BLOCK}\n\n## Notes\n\n1. Evil Corp, “${HTML_PAYLOAD}”, 2024, javascript:window.__pwned='note' https://evil.example/note\n`,
  });
  await updateSource({ userId: user.id, projectId: project.id, sourceId: source.id, input: { title: `Source ${SCRIPT_PAYLOAD} ${stamp}`, authors: HTML_PAYLOAD, publisher: SCRIPT_PAYLOAD, url: "https://evil.example/<script>" } });
  const theme = await createTheme({ userId: user.id, projectId: project.id, input: { name: `<i onmouseover="alert(1)">Theme</i>`, description: SCRIPT_PAYLOAD } });
  const body = (await db.source.findUniqueOrThrow({ where: { id: source.id } })).body;
  const start = body.indexOf(SCRIPT_PAYLOAD);
  const claim = await createClaim({
    userId: user.id,
    projectId: project.id,
    input: { sourceId: source.id, start, end: start + SCRIPT_PAYLOAD.length, paraphrase: `Claim ${HTML_PAYLOAD} ${MD_PAYLOAD}`, note: SCRIPT_PAYLOAD, themeIds: [theme.id], submit: true },
  });
  await reviewClaim({ userId: mallory.id, projectId: project.id, claimId: claim.id, input: { verdict: "DISPUTED", rationale: `Rationale ${SCRIPT_PAYLOAD}`, evidenceUrl: "https://evil.example/evidence?<script>" } });
  await createComment({ userId: mallory.id, projectId: project.id, claimId: claim.id, input: { body: `@[${mallory.name.slice(0, 40)}](user:${user.id}) ${SCRIPT_PAYLOAD} ${MD_PAYLOAD}` } });
  const brief = await createBrief({
    userId: user.id,
    projectId: project.id,
    input: { title: `Brief ${SCRIPT_PAYLOAD}`, summary: HTML_PAYLOAD, audience: "\u202eecneidua", body: `${HOSTILE_BLOCK}\n\nCited [[claim:${claim.id}]].\n\n[ref][evil]\n\n[evil]: javascript:window.__pwned='ref'\n` },
  });

  const dialogs: string[] = [];
  const outside: string[] = [];
  page.on("dialog", (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  page.context().on("request", (request) => {
    if (!/^(?:http:\/\/127\.0\.0\.1[:/]|data:|blob:)/.test(request.url())) outside.push(request.url());
  });

  const p = `/projects/${project.id}`;
  const surfaces: { path: string; shows: [string, string][] }[] = [
    { path: "/", shows: [["project-list", project.name]] },
    { path: `${p}/sources`, shows: [["source-list", `Source ${SCRIPT_PAYLOAD}`], ["source-list", HTML_PAYLOAD]] },
    { path: `${p}/sources/${source.id}`, shows: [["body", `Source ${SCRIPT_PAYLOAD} ${stamp}`], ["body", `${HTML_PAYLOAD} · ${SCRIPT_PAYLOAD}`], ["source-text", SCRIPT_PAYLOAD], ["source-text", MD_PAYLOAD], ["notes-list", HTML_PAYLOAD]] },
    { path: `${p}/search?q=pwnedword`, shows: [["source-results", "window.__pwned = 'script'"], ["source-results", `Source ${SCRIPT_PAYLOAD}`]] },
    { path: `${p}/claims`, shows: [["claim-board", `Claim ${HTML_PAYLOAD} ${MD_PAYLOAD}`], ["claim-board", SCRIPT_PAYLOAD]] },
    { path: `${p}/claims/${claim.id}`, shows: [["claim-history", `Rationale ${SCRIPT_PAYLOAD}`], ["comment-thread", SCRIPT_PAYLOAD], ["comment-thread", "click me"]] },
    { path: `${p}/themes`, shows: [["theme-list", theme.name], ["theme-list", SCRIPT_PAYLOAD]] },
    { path: `${p}/themes/coverage`, shows: [["coverage-theme-table", theme.name], ["coverage-source-table", `Source ${SCRIPT_PAYLOAD}`]] },
    { path: `${p}/briefs/${brief.id}`, shows: [["region:Preview", SCRIPT_PAYLOAD], ["region:Preview", `Claim ${HTML_PAYLOAD}`]] },
    { path: "/inbox", shows: [["notification-list", mallory.name]] },
    { path: `${p}/activity`, shows: [["activity-list", mallory.name], ["activity-list", theme.name]] },
    { path: `${p}/members`, shows: [["member-list", mallory.name]] },
  ];
  for (const { path, shows } of surfaces) {
    await page.goto(path);
    await expect(page.getByTestId("live-status"), path).toHaveAttribute("data-state", "live");
    for (const [where, text] of shows) {
      const region = where === "body" ? page.locator("body") : where.startsWith("region:") ? page.getByRole("region", { name: where.slice(7) }) : page.getByTestId(where).first();
      await expect(region, `${path} shows ${text}`).toContainText(text);
    }
    await expectInert(page, path);
  }

  // A footnote's tooltip, shown on hover, holds the note as text.
  await page.goto(`${p}/sources/${source.id}`);
  await page.locator("[data-marker]").first().hover();
  await expect(page.getByRole("tooltip").first()).toContainText(HTML_PAYLOAD);
  await expectInert(page, "tooltip");

  // The HTML export, opened in the browser as a file would be: its own CSP, no script, text as text.
  const exported = await page.request.get(`${p}/briefs/${brief.id}/export?format=html`);
  expect(exported.ok()).toBe(true);
  const html = await exported.text();
  await page.route("http://127.0.0.1/hostile-export.html", (route) => route.fulfill({ body: html, contentType: "text/html" }));
  await page.goto("http://127.0.0.1/hostile-export.html");
  await expect(page.locator("body")).toContainText(SCRIPT_PAYLOAD);
  await expect(page.locator("body")).toContainText(`Claim ${HTML_PAYLOAD}`);
  await expectInert(page, "HTML export");

  // Hostile ids and filters in page addresses get a page, not a server error.
  for (const segment of ["%00", "%ED%A0%80", encodeURIComponent(SCRIPT_PAYLOAD)]) {
    for (const path of [`/projects/${segment}`, `${p}/claims/${segment}`, `${p}/briefs/${segment}`, `${p}/search?q=${segment}`, `${p}/claims?q=${segment}&theme=${segment}`, `${p}/activity?actor=${segment}&from=${segment}`]) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBeLessThan(500);
      // A page that streams has answered 200 before an error: the error page would say so.
      await expect(page.locator("body"), path).not.toContainText("could not load this page");
      await expectInert(page, path);
    }
  }

  expect(dialogs).toEqual([]);
  expect(outside).toEqual([]);
});

/** Nothing ran, and nothing on the page links to or loads script. */
async function expectInert(page: Page, where: string) {
  expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned), where).toBeUndefined();
  const unsafe = await page.evaluate(() =>
    [...document.querySelectorAll("*")].flatMap((el) =>
      ["href", "src", "action", "formaction", "xlink:href", "data"].flatMap((name) => {
        const value = el.getAttribute(name);
        // React marks a form whose action is a function with this fixed guard of its own; it holds no data.
        if (name === "action" && value?.startsWith("javascript:throw new Error('A React form was unexpectedly submitted.")) return [];
        return value && /^\s*(?:javascript|vbscript|data:text\/html)/i.test(value.replace(/[\t\n\r]/g, "")) ? [`<${el.tagName.toLowerCase()} ${name}="${value}">`] : [];
      }),
    ),
  );
  expect(unsafe, where).toEqual([]);
  const handlers = await page.evaluate(() =>
    [...document.querySelectorAll("*")].flatMap((el) => [...el.attributes].filter((a) => /^on/i.test(a.name)).map((a) => `<${el.tagName.toLowerCase()} ${a.name}>`)),
  );
  expect(handlers, where).toEqual([]);
}

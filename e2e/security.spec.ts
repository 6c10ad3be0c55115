import { createClaim } from "@/lib/claims/create-claim";
import { createComment } from "@/lib/comments/create-comment";
import { db } from "@/lib/db";
import { makeProject, makeSource } from "@/lib/factories";
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

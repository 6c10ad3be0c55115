import fs from "node:fs";
import path from "node:path";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { DEMO_ACCOUNTS, DEMO_PASSWORD, DEMO_PROJECT } from "@/lib/demo/accounts";
import { DEMO_BRIEF } from "@/lib/demo/demo-claims";
import { signInAs } from "../sign-in";

/**
 * The whole day of a team on `npm start` exactly as a newcomer runs it: no
 * DATABASE_URL, so on the embedded PostgreSQL, with the demo workspace. A new
 * analyst signs up and imports a source while the demo team reviews a claim,
 * approves the brief and exports it in every format, and other members keep
 * reading pages throughout. Every request must be answered, none with an error.
 */
const demo = fs.readFileSync(path.resolve(import.meta.dirname, "../../lib/demo/laos-japan-commentary.md"), "utf8");
const [mai, kenji, somchai] = DEMO_ACCOUNTS;

async function demoPage(browser: Browser, account: { email: string }): Promise<Page> {
  const page = await (await browser.newContext({ acceptDownloads: true })).newPage();
  await signInAs(page, { email: account.email, password: DEMO_PASSWORD });
  return page;
}

/** Someone else reading pages the whole time; resolves with every answer's status once told to stop. */
function keepReading(page: Page, paths: string[], stop: AbortSignal): Promise<string[]> {
  return (async () => {
    const answers: string[] = [];
    for (let i = 0; !stop.aborted; i++) {
      const path = paths[i % paths.length]!;
      const response = await page.request.get(path, { maxRedirects: 0 });
      answers.push(`${response.status()} ${path}${response.headers().location ? ` → ${response.headers().location}` : ""}`);
    }
    return answers;
  })();
}

test("a new analyst signs up and imports while the demo team reviews, approves and exports a brief in every format", async ({ browser }) => {
  test.setTimeout(120_000);
  const kenjiPage = await demoPage(browser, kenji);
  await kenjiPage.goto("/");
  await kenjiPage.getByRole("link", { name: DEMO_PROJECT.name }).click();
  await kenjiPage.waitForURL(/\/projects\/[^/]+\/sources$/);
  const projectPath = new URL(kenjiPage.url()).pathname.replace(/\/sources$/, "");

  const stop = new AbortController();
  const reader = await demoPage(browser, somchai);
  const reading = keepReading(reader, ["/", `${projectPath}/activity`, `${projectPath}/claims`, `${projectPath}/sources`, `${projectPath}/briefs`, `${projectPath}/themes`], stop.signal);

  // A newcomer signs up, makes a project and imports the commentary.
  const newcomer = await (await browser.newContext()).newPage();
  await newcomer.goto("/sign-up");
  await newcomer.getByLabel("Name").fill("Noy Inthavong");
  await newcomer.getByLabel("Email").fill(`noy-${Date.now()}@example.test`);
  await newcomer.getByLabel("Password").fill("a sound passphrase");
  await newcomer.getByRole("button", { name: "Create account" }).click();
  await expect(newcomer.getByTestId("current-user")).toHaveText("Noy Inthavong");
  await newcomer.getByLabel("Name").fill("Mekong connectivity");
  await newcomer.getByRole("button", { name: "Create project" }).click();
  await expect(newcomer.getByTestId("project-name")).toHaveText("Mekong connectivity");
  await newcomer.waitForURL(/\/projects\/[^/]+\/sources$/);
  const newProjectPath = new URL(newcomer.url()).pathname.replace(/\/sources$/, "");
  await newcomer.goto(`${newProjectPath}/sources/new`);
  await newcomer.getByLabel("Paste text or Markdown").fill(demo);
  await newcomer.getByRole("button", { name: "Import source" }).click();
  await expect(newcomer.getByRole("status")).toContainText("footnotes became citations");
  const newcomerReading = keepReading(newcomer, ["/", `${newProjectPath}/sources`, new URL(newcomer.url()).pathname], stop.signal);

  // The reviewer verifies the claim waiting in the queue.
  await kenjiPage.goto("/");
  await kenjiPage.getByTestId("review-queue").getByRole("link").first().click();
  await expect(kenjiPage.getByTestId("claim-status")).toHaveText("In review");
  await kenjiPage.getByRole("radio", { name: /Verified/ }).check();
  await kenjiPage.getByLabel("Rationale").fill("Matches the grant agreement as the embassy announced it.");
  await kenjiPage.getByRole("button", { name: "Save review", exact: true }).click();
  await expect(kenjiPage.getByTestId("claim-status")).toHaveText("Verified");

  // The owner sends the draft brief for review; the reviewer approves it.
  const maiPage = await demoPage(browser, mai);
  await maiPage.goto(`${projectPath}/briefs`);
  await maiPage.getByRole("link", { name: DEMO_BRIEF.title }).click();
  await maiPage.getByRole("button", { name: "Submit for review" }).click();
  await expect(maiPage.getByTestId("brief-status")).toHaveText("In review");
  await kenjiPage.goto(maiPage.url());
  await kenjiPage.getByRole("button", { name: "Approve" }).click();
  await expect(kenjiPage.getByTestId("brief-status")).toHaveText("Approved");
  // An approved brief opens, for its author too.
  await maiPage.reload();
  await expect(maiPage.getByTestId("brief-status")).toHaveText("Approved");

  for (const format of ["docx", "pdf", "md", "html"]) {
    await kenjiPage.getByLabel("Format").selectOption(format);
    const [download] = await Promise.all([kenjiPage.waitForEvent("download"), kenjiPage.getByRole("button", { name: "Export", exact: true }).click()]);
    expect(download.suggestedFilename()).toMatch(new RegExp(`\\.${format}$`));
    expect(fs.statSync((await download.path())!).size, format).toBeGreaterThan(500);
  }
  const markdown = await (await kenjiPage.request.get(`${new URL(kenjiPage.url()).pathname}/export?format=md`)).text();
  expect(markdown).toContain(DEMO_BRIEF.title);

  stop.abort();
  const answers = [...(await reading), ...(await newcomerReading)];
  expect(answers.length).toBeGreaterThan(10);
  expect(answers.filter((answer) => !answer.startsWith("200 "))).toEqual([]);
});

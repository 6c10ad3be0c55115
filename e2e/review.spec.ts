import fs from "node:fs";
import path from "node:path";
import type { Browser, Page } from "@playwright/test";
import { db } from "@/lib/db";
import { makeMember, makeProject, makeSource, makeUser } from "@/lib/factories";
import { expect, signInAs, test } from "./fixtures";

const demo = fs.readFileSync(path.resolve(import.meta.dirname, "../lib/demo/laos-japan-commentary.md"), "utf8");

async function pageFor(browser: Browser, user: { email: string; password: string }): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signInAs(page, user);
  return page;
}

/** Waits until the page's event stream is open, so that what follows reaches it without a reload. */
async function live(page: Page) {
  await expect(page.getByTestId("live-status")).toHaveAttribute("data-state", "live");
}

test("an analyst submits a claim, the reviewer sees it arrive and disputes it, the analyst sees the verdict and replies — all live", async ({
  browser,
}) => {
  const owner = await makeUser({ name: "Mai Phommachanh" });
  const analyst = await makeUser({ name: "Somchai Analyst" });
  const reviewer = await makeUser({ name: "Kenji Reviewer" });
  const project = await makeProject(owner, { name: `Review ${Date.now()}` });
  await makeMember(project, owner, analyst, "ANALYST");
  await makeMember(project, owner, reviewer, "REVIEWER");
  const source = await makeSource(project, owner, { text: demo, kind: "COMMENTARY" });
  const sentence = "China is Laos's largest foreign investor";
  const body = (await db.source.findUniqueOrThrow({ where: { id: source.id } })).body;
  const start = body.indexOf(sentence);

  const reviewerPage = await pageFor(browser, reviewer);
  await reviewerPage.goto("/");
  await live(reviewerPage);
  await expect(reviewerPage.getByTestId("review-queue")).toContainText("Nothing is waiting for you");

  // The analyst writes a draft and asks the reviewer to check it.
  const analystPage = await pageFor(browser, analyst);
  await analystPage.goto(`/projects/${project.id}/sources/${source.id}`);
  await analystPage.getByTestId("source-text").evaluate(
    (root, { from, to }) => {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      const range = document.createRange();
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const el = node.parentElement?.closest<HTMLElement>("[data-o]");
        if (!el) continue;
        const offset = Number(el.dataset.o);
        const length = node.textContent?.length ?? 0;
        if (from >= offset && from < offset + length) range.setStart(node, from - offset);
        if (to > offset && to <= offset + length) range.setEnd(node, to - offset);
      }
      const selection = window.getSelection()!;
      selection.removeAllRanges();
      selection.addRange(range);
    },
    { from: start, to: start + sentence.length },
  );
  await analystPage.getByRole("button", { name: "Claim", exact: true }).click();
  await expect(analystPage.getByTestId("new-claim-quote")).toHaveText(sentence);
  await analystPage.getByLabel("Claim, in your words").fill("China is the largest investor in Laos.");
  await analystPage.getByRole("button", { name: "Save draft" }).click();
  await analystPage.getByTestId("claim-list").getByRole("button", { name: /China is the largest investor in Laos/ }).click();
  await analystPage.getByRole("link", { name: /Open the claim/ }).click();
  await expect(analystPage.locator("#claim-heading")).toHaveText("China is the largest investor in Laos.");
  await expect(analystPage.getByTestId("claim-status")).toHaveText("Draft");
  await analystPage.getByLabel("Assign to").selectOption({ label: reviewer.name });
  await analystPage.getByRole("button", { name: "Save reviewer" }).click();
  await expect(analystPage.getByTestId("claim-status")).toHaveText("In review");
  await live(analystPage);

  // The reviewer's home page shows it without a reload.
  const queued = reviewerPage.getByTestId("review-queue").getByRole("link", { name: "China is the largest investor in Laos." });
  await expect(queued).toBeVisible({ timeout: 5_000 });
  await expect(reviewerPage.getByRole("link", { name: /Inbox 1 unread/ })).toBeVisible();
  await queued.click();
  await expect(reviewerPage.getByTestId("claim-status")).toHaveText("In review");

  // A review needs a rationale; then the verdict stands.
  await reviewerPage.getByRole("radio", { name: /Disputed/ }).check();
  await reviewerPage.getByRole("button", { name: "Save review", exact: true }).click();
  await expect(reviewerPage.locator('[data-field-error="rationale"]')).toBeVisible();
  await reviewerPage.getByLabel("Rationale").fill("Footnote 5 dates the figure to 2021; Thailand has since overtaken China in some years.");
  await reviewerPage.getByRole("button", { name: "Save review", exact: true }).click();
  await expect(reviewerPage.getByTestId("claim-status")).toHaveText("Disputed");

  // The analyst's open claim page follows, with the rationale in its history.
  await expect(analystPage.getByTestId("claim-status")).toHaveText("Disputed", { timeout: 5_000 });
  await expect(analystPage.getByTestId("claim-history")).toContainText("Thailand has since overtaken China");

  // The analyst answers in the discussion, mentioning the reviewer through the type-ahead,
  // and the reviewer sees the reply arrive.
  const composer = analystPage.getByLabel("Add a comment");
  await composer.pressSequentially("Fair point @Kenj");
  await analystPage.getByRole("listbox", { name: "Members to mention" }).getByRole("option", { name: /Kenji Reviewer/ }).click();
  await composer.pressSequentially("— I will add the **2023** figures from the ministry.");
  await analystPage.getByRole("button", { name: "Comment", exact: true }).click();
  const thread = reviewerPage.getByTestId("comment-thread");
  await expect(thread).toContainText("I will add the 2023 figures from the ministry.", { timeout: 5_000 });
  await expect(thread.locator("strong")).toHaveText("2023");
  await expect(thread.locator("[data-mention-id]")).toHaveText("@Kenji Reviewer");
  // The assignment, then the mention.
  await expect(reviewerPage.getByRole("link", { name: /Inbox 2 unread/ })).toBeVisible({ timeout: 5_000 });

  const claim = await db.claim.findFirstOrThrow({ where: { projectId: project.id }, include: { reviews: true } });
  expect(claim.status).toBe("DISPUTED");
  expect(claim.reviews).toEqual([expect.objectContaining({ reviewerId: reviewer.id, verdict: "DISPUTED" })]);
  await analystPage.context().close();
  await reviewerPage.context().close();
});

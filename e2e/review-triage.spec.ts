import type { Browser, Page } from "@playwright/test";
import { createClaim } from "@/lib/claims/create-claim";
import { db } from "@/lib/db";
import type { ReviewPolicy } from "@/lib/generated/prisma/enums";
import { makeMember, makeProject, makeSource, makeUser } from "@/lib/factories";
import { assignClaims } from "@/lib/reviews/assign-claims";
import { reviewClaim } from "@/lib/reviews/review-claim";
import { seriousViolations } from "./axe";
import { expect, signInAs, test } from "./fixtures";

const GRANT = "Japan pledged a grant of up to ¥2.836 billion for Wattay airport.";
const INVESTOR = "China remains the largest investor in Laos.";
const POWER = "Thailand buys most of the electricity Laos exports.";
const TEXT = `# Aid, investment and power

${GRANT}¹ ${INVESTOR}² ${POWER}

## Notes

1. Embassy of Japan, “Grant for Wattay”, 18 October 2024, https://www.la.emb-japan.go.jp/
2. Reuters, “China invests”, 2023, https://www.reuters.com/
`;

/** A project with an analyst who writes claims and a reviewer who checks them; `queue` sends claims to the reviewer, oldest first. */
async function team(policy: ReviewPolicy = "SHARED_QUEUE") {
  const owner = await makeUser({ name: "Mai Phommachanh" });
  const analyst = await makeUser({ name: "Somchai Analyst" });
  const reviewer = await makeUser({ name: "Kenji Reviewer" });
  const project = await makeProject(owner, { name: `Triage ${Date.now()}` });
  await makeMember(project, owner, analyst, "ANALYST");
  await makeMember(project, owner, reviewer, "REVIEWER");
  await db.project.update({ where: { id: project.id }, data: { reviewPolicy: policy } });
  const source = await makeSource(project, owner, { text: TEXT });
  const body = (await db.source.findUniqueOrThrow({ where: { id: source.id } })).body;
  const write = (words: string, options: { by?: string; submit?: boolean } = {}) => {
    const start = body.indexOf(words);
    return createClaim({ userId: options.by ?? analyst.id, projectId: project.id, input: { sourceId: source.id, start, end: start + words.length, paraphrase: words, submit: options.submit ?? true } });
  };
  const queue = async (...sentences: string[]) => {
    const claims = [];
    for (const words of sentences) {
      const claim = await write(words);
      // One at a time, so that the queue's order (longest waiting first) is the order given.
      await assignClaims({ userId: owner.id, projectId: project.id, input: { claimIds: [claim.id], assigneeId: reviewer.id } });
      claims.push(claim);
    }
    return claims;
  };
  return { owner, analyst, reviewer, project, write, queue };
}

async function pageFor(browser: Browser, user: { email: string; password: string }): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signInAs(page, user);
  return page;
}

const heading = (page: Page) => page.locator("#triage-claim-heading");
const item = (page: Page, paraphrase: string) => page.getByRole("navigation", { name: "Review queue" }).getByRole("link", { name: new RegExp(paraphrase.slice(0, 30).replace(/[.*+?^${}()|[\]\\]/g, "\\$&")) });
const statusOf = (claimId: string) => db.claim.findUniqueOrThrow({ where: { id: claimId }, include: { reviews: { orderBy: { createdAt: "asc" } } } });

test("a reviewer works through the queue from the keyboard: j/k move, v/d/n give a verdict, the next claim follows and the counts drop", async ({ browser }) => {
  test.setTimeout(60_000);
  const { project, reviewer, queue } = await team();
  const [grant, investor, power] = await queue(GRANT, INVESTOR, POWER);
  const page = await pageFor(browser, reviewer);
  await page.goto(`/projects/${project.id}`);
  await page.getByRole("navigation", { name: "Project" }).getByRole("link", { name: "reviews 3 awaiting your review" }).click();
  await expect(page).toHaveURL(new RegExp(`/projects/${project.id}/reviews`));
  await expect(page.getByTestId("reviews-tab-count")).toHaveText("3");
  await expect(page.getByTestId("triage-assigned-count")).toHaveText("3");
  await expect(heading(page)).toHaveText(GRANT);
  await expect(item(page, GRANT)).toHaveAttribute("aria-current", "true");
  await expect(page.getByTestId("live-status")).toHaveAttribute("data-state", "live");
  // A mark on the window: it survives every step below only if the page never reloads.
  await page.evaluate(() => Object.assign(window, { triageMark: "kept" }));

  expect(await seriousViolations(page)).toEqual([]);

  await page.keyboard.press("j");
  await page.keyboard.press("j");
  await expect(heading(page)).toHaveText(POWER);
  await expect(page).toHaveURL(new RegExp(`\\?claim=${power!.id}$`));
  await page.keyboard.press("k");
  await expect(heading(page)).toHaveText(INVESTOR);
  await expect(item(page, INVESTOR)).toHaveAttribute("aria-current", "true");
  await expect(item(page, GRANT)).not.toHaveAttribute("aria-current", "true");

  // v: "Verified", and on to the rationale; Ctrl+Enter saves.
  await page.keyboard.press("v");
  await expect(page.getByRole("radio", { name: /Verified/ })).toBeChecked();
  await expect(page.getByLabel("Rationale")).toBeFocused();
  await page.keyboard.type("Reuters and the ministry agree on the 2023 figures.");
  await page.keyboard.press("Control+Enter");
  await expect(page.getByTestId("triage-status")).toHaveText("Review saved: the claim is now verified.");
  // The claim that followed the reviewed one comes up; the counts drop.
  await expect(heading(page)).toHaveText(POWER);
  await expect(page).toHaveURL(new RegExp(`\\?claim=${power!.id}$`));
  await expect(page.getByTestId("triage-assigned-count")).toHaveText("2");
  await expect(page.getByTestId("reviews-tab-count")).toHaveText("2");
  await expect(item(page, INVESTOR)).toHaveCount(0);
  expect(await statusOf(investor!.id)).toMatchObject({ status: "VERIFIED", reviews: [{ verdict: "VERIFIED", rationale: "Reuters and the ministry agree on the 2023 figures.", reviewerId: reviewer.id }] });

  // d disputes; the last claim of the list was reviewed, so the one before it comes up.
  await page.keyboard.press("d");
  await expect(page.getByRole("radio", { name: /Disputed/ })).toBeChecked();
  await page.keyboard.type("Vietnam buys more in some years.");
  await page.keyboard.press("Control+Enter");
  await expect(page.getByTestId("triage-status")).toHaveText("Review saved: the claim is now disputed.");
  await expect(heading(page)).toHaveText(GRANT);
  await expect(page.getByTestId("triage-assigned-count")).toHaveText("1");
  await expect(page.getByTestId("reviews-tab-count")).toHaveText("1");
  expect((await statusOf(power!.id)).status).toBe("DISPUTED");

  // n: needs evidence. The queue is empty: all caught up, and the tab has no count left.
  await page.keyboard.press("n");
  await expect(page.getByRole("radio", { name: /Needs evidence/ })).toBeChecked();
  await page.keyboard.type("The embassy page is gone; cite the grant agreement.");
  await page.keyboard.press("Control+Enter");
  await expect(page.getByRole("heading", { name: "All caught up" })).toBeVisible();
  await expect(page.getByTestId("triage-assigned-count")).toHaveText("0");
  await expect(page.getByTestId("reviews-tab-count")).toHaveCount(0);
  expect((await statusOf(grant!.id)).status).toBe("NEEDS_EVIDENCE");
  expect(await page.evaluate(() => (window as unknown as { triageMark?: string }).triageMark)).toBe("kept");

  // The home page agrees.
  await page.goto("/");
  await expect(page.getByTestId("review-queue")).toContainText("Awaiting my review 0");
  await page.context().close();
});

test("keys typed in the rationale stay text; Escape leaves the form, ? lists the keys, Enter opens the claim and back returns to it", async ({ browser }) => {
  const { project, reviewer, queue } = await team();
  const [grant, investor] = await queue(GRANT, INVESTOR);
  const page = await pageFor(browser, reviewer);
  await page.goto(`/projects/${project.id}/reviews?claim=${investor!.id}`);
  await expect(heading(page)).toHaveText(INVESTOR);
  // The keys work once the page is interactive, as its live updates are.
  await expect(page.getByTestId("live-status")).toHaveAttribute("data-state", "live");

  await page.keyboard.press("v");
  const rationale = page.getByLabel("Rationale");
  await expect(rationale).toBeFocused();
  await page.keyboard.type("jkdnv? o");
  await page.keyboard.press("ArrowUp");
  await expect(rationale).toHaveValue("jkdnv? o");
  await expect(page.getByRole("radio", { name: /Verified/ })).toBeChecked();
  await expect(page.getByRole("dialog")).toHaveCount(0);
  await expect(page).toHaveURL(new RegExp(`\\?claim=${investor!.id}$`));
  await expect(heading(page)).toHaveText(INVESTOR);

  // Escape: no verdict chosen, back on the list, what was typed kept.
  await page.keyboard.press("Escape");
  await expect(page.getByRole("radio", { name: /Verified/ })).not.toBeChecked();
  await expect(item(page, INVESTOR)).toBeFocused();
  await expect(rationale).toHaveValue("jkdnv? o");
  expect(await db.review.count({ where: { claimId: investor!.id } })).toBe(0);

  await page.keyboard.press("?");
  const dialog = page.getByRole("dialog", { name: "Keyboard shortcuts" });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText("Next claim in the queue");
  expect(await seriousViolations(page)).toEqual([]);
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();

  await page.keyboard.press("k");
  await expect(heading(page)).toHaveText(GRANT);
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(new RegExp(`/projects/${project.id}/claims/${grant!.id}$`));
  await expect(page.locator("#claim-heading")).toHaveText(GRANT);
  await page.goBack();
  await expect(page).toHaveURL(new RegExp(`/reviews\\?claim=${grant!.id}$`));
  await expect(heading(page)).toHaveText(GRANT);
  await page.context().close();
});

test("a teammate's submit reaches the reviewer's triage, its tab and the home page without a reload", async ({ browser }) => {
  const { project, analyst, reviewer, write } = await team("FEWEST_OPEN");
  // Fewest open claims: the reviewer, before the owner, gets the first claim sent.
  const draft = await write(POWER, { submit: false });

  const page = await pageFor(browser, reviewer);
  await page.goto(`/projects/${project.id}/reviews`);
  await expect(page.getByRole("heading", { name: "All caught up" })).toBeVisible();
  await expect(page.getByTestId("live-status")).toHaveAttribute("data-state", "live");
  const home = await page.context().newPage();
  await home.goto("/");
  await expect(home.getByTestId("review-queue")).toContainText("Awaiting my review 0");
  await expect(home.getByTestId("live-status")).toHaveAttribute("data-state", "live");

  const analystPage = await pageFor(browser, analyst);
  await analystPage.goto(`/projects/${project.id}/claims/${draft.id}`);
  await analystPage.getByRole("button", { name: "Submit for review" }).click();
  await expect(analystPage.getByTestId("claim-status")).toHaveText("In review");

  await expect(item(page, POWER)).toBeVisible();
  await expect(page.getByTestId("triage-assigned-count")).toHaveText("1");
  await expect(page.getByTestId("reviews-tab-count")).toHaveText("1");
  await expect(heading(page)).toHaveText(POWER);
  await expect(home.getByTestId("review-queue")).toContainText("Awaiting my review 1");
  await analystPage.context().close();
  await page.context().close();
});

test("on the claim page, a verdict offers the next claim waiting for the reviewer, until none is left", async ({ browser }) => {
  const { project, reviewer, queue } = await team();
  const [grant, investor] = await queue(GRANT, INVESTOR);
  const page = await pageFor(browser, reviewer);
  await page.goto(`/projects/${project.id}/claims/${grant!.id}`);
  await expect(page.getByTestId("next-claim")).toHaveCount(0);
  await page.getByRole("radio", { name: /Verified/ }).check();
  await page.getByLabel("Rationale").fill("The embassy's release gives the same figure.");
  await page.getByRole("button", { name: "Save review", exact: true }).click();
  await expect(page.getByTestId("claim-status")).toHaveText("Verified");
  await page.getByRole("link", { name: "Next claim →" }).click();
  await expect(page).toHaveURL(new RegExp(`/projects/${project.id}/claims/${investor!.id}$`));
  await expect(page.locator("#claim-heading")).toHaveText(INVESTOR);

  await page.getByRole("radio", { name: /Needs evidence/ }).check();
  await page.getByLabel("Rationale").fill("Which year? Cite the ministry.");
  await page.getByRole("button", { name: "Save review", exact: true }).click();
  await expect(page.getByTestId("next-claim")).toHaveText("Nothing else waits for your review. Reviews");
  expect((await statusOf(investor!.id)).status).toBe("NEEDS_EVIDENCE");
  await page.context().close();
});

test("a claim reviewed by someone else meanwhile leaves the queue, and a verdict on it is refused with whose review came first", async ({ browser }) => {
  const { project, owner, reviewer, queue } = await team();
  const [grant] = await queue(GRANT);
  const page = await pageFor(browser, reviewer);
  await page.goto(`/projects/${project.id}/reviews`);
  await expect(heading(page)).toHaveText(GRANT);
  await expect(page.getByTestId("live-status")).toHaveAttribute("data-state", "live");
  await page.keyboard.press("d");
  await page.keyboard.type("The figure is from 2019.");

  await reviewClaim({ userId: owner.id, projectId: project.id, claimId: grant!.id, input: { verdict: "VERIFIED", rationale: "The embassy confirms it.", latestReviewId: "" } });
  await expect(page.getByTestId("not-in-queue")).toHaveText("Mai Phommachanh reviewed this claim: verified. It has left the queue.");
  await expect(page.getByTestId("triage-assigned-count")).toHaveText("0");
  await expect(page.getByLabel("Rationale")).toHaveValue("The figure is from 2019.");

  await page.getByLabel("Rationale").press("Control+Enter");
  await expect(page.locator("[data-form-message=error]")).toHaveText(
    "Mai Phommachanh reviewed this claim since you opened it: verified. Read that review in the claim's history; save yours again to add your verdict.",
  );
  expect(await db.review.count({ where: { claimId: grant!.id } })).toBe(1);
  // Having read it, the reviewer keeps their verdict as a second opinion.
  await page.getByLabel("Rationale").press("Control+Enter");
  await expect(page.getByRole("heading", { name: "All caught up" })).toBeVisible();
  expect(await statusOf(grant!.id)).toMatchObject({ status: "DISPUTED", reviews: [{ verdict: "VERIFIED" }, { verdict: "DISPUTED", reviewerId: reviewer.id }] });
  await page.context().close();
});

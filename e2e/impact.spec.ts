import type { Browser, Page } from "@playwright/test";
import { claimToken } from "@/lib/briefs/claim-references";
import { createBrief } from "@/lib/briefs/create-brief";
import { submitBrief } from "@/lib/briefs/submit-brief";
import { createClaim } from "@/lib/claims/create-claim";
import { db } from "@/lib/db";
import { makeMember, makeProject, makeSource, makeUser } from "@/lib/factories";
import { expect, signInAs, test } from "./fixtures";

const TEXT = "# Wattay expansion\n\nJapan pledged a grant of up to 2.836 billion yen for the Wattay terminal.";

async function pageFor(browser: Browser, user: { email: string; password: string }): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signInAs(page, user);
  return page;
}

test("an analyst retracts a source: the brief citing it warns, approval waits for an acknowledgement, the author is told", async ({ browser }) => {
  // Three people's sessions and five pages: longer than one person's journey.
  test.setTimeout(120_000);
  const author = await makeUser({ name: "Kenji Author" });
  const analyst = await makeUser({ name: "Mai Analyst" });
  const approver = await makeUser({ name: "Somchai Approver" });
  const project = await makeProject(author, { name: `Impact ${Date.now()}` });
  await makeMember(project, author, analyst, "ANALYST");
  await makeMember(project, author, approver, "REVIEWER");
  const source = await makeSource(project, author, { text: TEXT, title: "Vientiane Times", reliability: "B" });
  const body = (await db.source.findUniqueOrThrow({ where: { id: source.id } })).body;
  const start = body.indexOf("Japan pledged");
  const claim = await createClaim({ userId: author.id, projectId: project.id, input: { sourceId: source.id, start, end: start + 40, paraphrase: "Japan funds the Wattay terminal" } });
  const brief = await createBrief({ userId: author.id, projectId: project.id, input: { title: "Wattay outlook", body: `Outlook: ${claimToken(claim.id)}` } });
  await submitBrief({ userId: author.id, projectId: project.id, briefId: brief.id });

  // The analyst marks the source retracted from its page.
  const page = await pageFor(browser, analyst);
  await page.goto(`/projects/${project.id}/sources/${source.id}`);
  await page.locator("summary", { hasText: "Mark as retracted" }).click();
  await page.getByLabel("Why is it retracted?").fill("The paper withdrew the interview.");
  await page.getByRole("button", { name: "Mark as retracted", exact: true }).click();
  await expect(page.getByTestId("retraction-banner").first()).toContainText("Retracted: The paper withdrew the interview., by Mai Analyst on");
  const stored = await db.source.findUniqueOrThrow({ where: { id: source.id } });
  expect([stored.retractionNote, stored.retractedById, stored.retractedAt !== null]).toEqual(["The paper withdrew the interview.", analyst.id, true]);
  expect(await db.impactWarning.count({ where: { causeSourceId: source.id, code: "SOURCE_RETRACTED", acknowledgedAt: null } })).toBe(2);
  await page.goto(`/projects/${project.id}/sources`);
  await expect(page.getByRole("row", { name: /Vientiane Times/ }).getByTestId("retracted-badge")).toBeVisible();

  // The approver sees the warning, and the checklist holds approval.
  const approverPage = await pageFor(browser, approver);
  await approverPage.goto(`/projects/${project.id}/briefs/${brief.id}`);
  const warnings = approverPage.getByTestId("impact-warnings");
  await expect(warnings).toContainText("The source “Vientiane Times” was retracted: The paper withdrew the interview.");
  await expect(approverPage.locator('[data-check="impacts-acknowledged"]')).toHaveAttribute("data-ok", "false");
  await approverPage.getByRole("button", { name: "Approve" }).click();
  await expect(approverPage.getByRole("region", { name: "Status actions" })).toContainText("1 change to what this brief rests on is not acknowledged yet.");
  expect((await db.brief.findUniqueOrThrow({ where: { id: brief.id } })).status).toBe("IN_REVIEW");

  // The author hears of it in the inbox, follows it to the brief and acknowledges it.
  const authorPage = await pageFor(browser, author);
  await authorPage.goto("/inbox");
  await authorPage.getByRole("link", { name: "changed something your brief “Wattay outlook” rests on" }).click();
  await expect(authorPage).toHaveURL(new RegExp(`/projects/${project.id}/briefs/${brief.id}$`));
  const open = authorPage.getByTestId("impact-warnings");
  await open.getByLabel("What you checked or decided (optional)").fill("Replaced with the ministry's release.");
  await open.getByRole("button", { name: "Acknowledge" }).click();
  await expect(authorPage.getByTestId("impact-warnings")).toHaveCount(0);
  await expect(authorPage.locator('[data-check="impacts-acknowledged"]')).toHaveAttribute("data-ok", "true");
  const acknowledged = await db.impactWarning.findFirstOrThrow({ where: { briefId: brief.id } });
  expect([acknowledged.acknowledgedById, acknowledged.acknowledgement, acknowledged.acknowledgedAt !== null]).toEqual([author.id, "Replaced with the ministry's release.", true]);

  // Now approval goes through.
  await approverPage.reload();
  await approverPage.getByRole("button", { name: "Approve" }).click();
  await expect(approverPage.getByTestId("brief-status")).toHaveText("Approved");
  expect((await db.brief.findUniqueOrThrow({ where: { id: brief.id } })).status).toBe("APPROVED");
});

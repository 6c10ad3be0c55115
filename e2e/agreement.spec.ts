import fs from "node:fs";
import type { Browser, Page } from "@playwright/test";
import { createClaim } from "@/lib/claims/create-claim";
import { db } from "@/lib/db";
import { makeMember, makeProject, makeSource, makeUser } from "@/lib/factories";
import { reviewClaim } from "@/lib/reviews/review-claim";
import { expect, signInAs, test } from "./fixtures";

const TEXT = `# Aid and airports

Japan pledged a grant of up to ¥2.836 billion for Wattay airport. China remains the largest investor in Laos. Thailand buys most of the power Laos exports.
`;

async function pageFor(browser: Browser, user: { email: string; password: string }): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signInAs(page, user);
  return page;
}

test("an owner turns blind review on; a second reviewer sees the first verdict only after giving theirs; the agreement page shows α, κ and the CSV", async ({
  browser,
}) => {
  const stamp = Date.now();
  const owner = await makeUser({ name: "Mai Owner" });
  const analyst = await makeUser({ name: "Somchai Analyst" });
  const first = await makeUser({ name: "Aiko First" });
  const second = await makeUser({ name: "Bounmy Second" });
  const project = await makeProject(owner, { name: `Agreement ${stamp}` });
  await db.project.update({ where: { id: project.id }, data: { reviewPolicy: "SHARED_QUEUE" } });
  await makeMember(project, owner, analyst, "ANALYST");
  await makeMember(project, owner, first, "REVIEWER");
  await makeMember(project, owner, second, "REVIEWER");
  const source = await makeSource(project, owner, { text: TEXT });
  const body = (await db.source.findUniqueOrThrow({ where: { id: source.id } })).body;
  const claimOf = (words: string) => {
    const start = body.indexOf(words);
    return createClaim({ userId: analyst.id, projectId: project.id, input: { sourceId: source.id, start, end: start + words.length, paraphrase: words, submit: true } });
  };
  const [c1, c2, c3] = [
    await claimOf("Japan pledged a grant of up to ¥2.836 billion for Wattay airport."),
    await claimOf("China remains the largest investor in Laos."),
    await claimOf("Thailand buys most of the power Laos exports."),
  ];
  const review = (user: { id: string }, claim: { id: string }, verdict: "VERIFIED" | "DISPUTED", credibility: number, rationale = "Checked.") =>
    reviewClaim({ userId: user.id, projectId: project.id, claimId: claim.id, input: { verdict, rationale, credibility } });

  // The owner turns blind review on in Settings.
  const ownerPage = await pageFor(browser, owner);
  await ownerPage.goto(`/projects/${project.id}/settings`);
  await ownerPage.getByRole("checkbox", { name: /Blind review/ }).check();
  await ownerPage.getByRole("button", { name: "Save blind review" }).click();
  await expect(ownerPage.getByText("Blind review is on.")).toBeVisible();
  expect((await db.project.findUniqueOrThrow({ where: { id: project.id } })).blindReview).toBe(true);
  await expect.poll(async () => (await db.activity.findFirst({ where: { projectId: project.id, action: "project.update" }, orderBy: { createdAt: "desc" } }))?.after).toMatchObject({
    blindReview: true,
  });

  // The first reviewer disputes the first claim; both review the other two.
  await review(first, c1, "DISPUTED", 3, "The embassy's note gives another figure.");
  await review(first, c2, "VERIFIED", 2);
  await review(second, c2, "VERIFIED", 2);
  await review(first, c3, "DISPUTED", 4);
  await review(second, c3, "DISPUTED", 4);

  // The second reviewer opens the first claim: the verdict is hidden.
  const page = await pageFor(browser, second);
  await page.goto(`/projects/${project.id}/claims/${c1.id}`);
  await expect(page.getByTestId("claim-status")).toHaveText("Reviewed (verdict hidden until you review)");
  await expect(page.getByTestId("hidden-reviews")).toHaveText("1 review hidden until you give yours — blind review");
  await expect(page.getByTestId("claim-history")).not.toContainText("embassy's note");
  await expect(page.getByTestId("claim-history")).not.toContainText("Disputed");

  // They give theirs, with a grade, and then read both.
  await page.getByRole("radio", { name: /^Verified/ }).check();
  await page.getByLabel("Rationale").fill("The grant is on the embassy's site.");
  await page.getByLabel("Credibility you would give (optional)").selectOption("2");
  await page.getByRole("button", { name: "Save review", exact: true }).click();
  await expect(page.getByText("Review saved: the claim is now verified.")).toBeVisible();
  await page.reload();
  await expect(page.getByTestId("claim-status")).toHaveText("Verified");
  await expect(page.getByTestId("hidden-reviews")).toHaveCount(0);
  const history = page.getByTestId("claim-history");
  await expect(history).toContainText("The embassy's note gives another figure.");
  await expect(history).toContainText("The grant is on the embassy's site.");
  await expect(history.getByTestId("review-grade")).toHaveText(["graded 2 — probably true", "graded 3 — possibly true"]);
  const stored = await db.review.findFirstOrThrow({ where: { claimId: c1.id, reviewerId: second.id } });
  expect(stored).toMatchObject({ verdict: "VERIFIED", credibility: 2 });

  // Agreement, from the Reviews tab. Verdicts: c1 (D V), c2 (V V), c3 (D D): n_V = n_D = 3, n = 6, two
  // disagreeing pairs; α = 1 − 5 · 2 / (36 − 18) = 4/9 = 0.444. Grades: c1 (3 2), c2 (2 2), c3 (4 4):
  // n_2 = 3, n_3 = 1, n_4 = 2; δ²_23 = 4, δ²_24 = 12.25, δ²_34 = 2.25; α = 1 − 5 · 8 / 180 = 7/9 = 0.778.
  // κ: p_o = 2/3, p_e = (2·1 + 1·2)/9 = 4/9, κ = (2/9)/(5/9) = 0.400 over 3 claims.
  await page.goto(`/projects/${project.id}/reviews`);
  await page.getByRole("link", { name: "Agreement between reviewers →" }).click();
  await expect(page.getByRole("heading", { name: "Agreement between reviewers" })).toBeVisible();
  await expect(page.getByTestId("verdict-alpha").getByTestId("alpha-value")).toHaveText("0.444");
  await expect(page.getByTestId("verdict-alpha").getByTestId("alpha-units")).toHaveText("over 3 claims with two or more reviewers");
  await expect(page.getByTestId("verdict-alpha")).toContainText("Not reliable");
  await expect(page.getByTestId("credibility-alpha").getByTestId("alpha-value")).toHaveText("0.778");
  await expect(page.getByTestId("credibility-alpha")).toContainText("Tentative");
  const row = page.getByTestId("pair-table").getByRole("row", { name: /Aiko First and Bounmy Second/ });
  await expect(row.getByRole("cell")).toHaveText(["0.400", "3"]);

  const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("agreement-csv").click()]);
  expect(download.suggestedFilename()).toBe("agreement.csv");
  const csv = fs.readFileSync((await download.path())!, "utf8").trim().split("\n");
  expect(csv).toEqual([
    "measure,statistic,reviewer_a,reviewer_b,value,claims",
    "verdict,krippendorff_alpha_nominal,,,0.444,3",
    "credibility,krippendorff_alpha_ordinal,,,0.778,3",
    expect.stringMatching(/^verdict,cohen_kappa,(Aiko First,Bounmy Second|Bounmy Second,Aiko First),0\.400,3$/),
  ]);
});

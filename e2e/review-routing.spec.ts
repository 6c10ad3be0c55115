import { createClaim } from "@/lib/claims/create-claim";
import { db } from "@/lib/db";
import { makeMember, makeProject, makeSource, makeUser } from "@/lib/factories";
import { expect, signInAs, test } from "./fixtures";

const TEXT = `# Aid and airports

Japan pledged a grant of up to ¥2.836 billion for Wattay airport.¹ China remains the largest investor in Laos.²

## Notes

1. Embassy of Japan, “Grant for Wattay”, 18 October 2024, https://www.la.emb-japan.go.jp/
2. Reuters, “China invests”, 2023, https://www.reuters.com/
`;

test("the owner picks how reviews are routed; a reviewer takes a claim from the shared queue, then new ones come to them", async ({ browser }) => {
  const owner = await makeUser({ name: "Mai Phommachanh" });
  const analyst = await makeUser({ name: "Somchai Analyst" });
  const reviewer = await makeUser({ name: "Ben Kato" });
  const project = await makeProject(owner, { name: `Routing ${Date.now()}` });
  await makeMember(project, owner, analyst, "ANALYST");
  await makeMember(project, owner, reviewer, "REVIEWER");
  const source = await makeSource(project, owner, { text: TEXT });
  const body = (await db.source.findUniqueOrThrow({ where: { id: source.id } })).body;
  const submit = (words: string) => {
    const start = body.indexOf(words);
    return createClaim({ userId: analyst.id, projectId: project.id, input: { sourceId: source.id, start, end: start + words.length, paraphrase: words, submit: true } });
  };

  // The owner chooses the shared queue.
  const ownerPage = await (await browser.newContext()).newPage();
  await signInAs(ownerPage, owner);
  await ownerPage.goto(`/projects/${project.id}/settings`);
  await ownerPage.getByRole("radio", { name: /Shared queue/ }).check();
  await ownerPage.getByRole("button", { name: "Save review policy" }).click();
  await expect(ownerPage.getByText("Review policy saved.")).toBeVisible();

  const waiting = await submit("China remains the largest investor in Laos.");

  // The reviewer is told what waits, takes it, and the page agrees at once.
  const page = await (await browser.newContext()).newPage();
  await signInAs(page, reviewer);
  await page.goto("/");
  await expect(page.getByTestId("shared-queue")).toContainText("1 more claim waits for any reviewer");
  await page.goto(`/projects/${project.id}/claims`);
  await page.getByTestId("waiting-queue").click();
  await expect(page.getByTestId("waiting-queue")).toContainText("1");
  await page.getByRole("link", { name: "China remains the largest investor in Laos." }).first().click();
  await page.getByRole("button", { name: "Take it" }).click();
  await expect(page.getByTestId("take-claim")).toHaveCount(0);
  await expect(page.getByLabel("Assign to")).toHaveValue(reviewer.id);

  // After the verdict, the header and the assignment still agree, without a reload.
  await page.getByRole("radio", { name: /Verified/ }).check();
  await page.getByLabel("Rationale").fill("Reuters and the embassy figures agree.");
  await page.getByRole("button", { name: "Save review", exact: true }).click();
  await expect.poll(async () => (await db.claim.findUniqueOrThrow({ where: { id: waiting.id } })).status).toBe("VERIFIED");
  await expect(page.getByText(/reviewer Ben Kato/).first()).toBeVisible();
  await expect(page.getByLabel("Assign to")).toHaveValue(reviewer.id);

  // The author's inbox names the verdict and its first words; opening it leads to the claim and marks it read.
  const analystPage = await (await browser.newContext()).newPage();
  await signInAs(analystPage, analyst);
  await analystPage.goto("/inbox");
  const note = analystPage.getByTestId("notification-list").getByRole("listitem").first();
  await expect(note).toContainText("Ben Kato verified your claim “China remains the largest investor in Laos.”");
  await expect(note).toContainText("“Reuters and the embassy figures agree.”");
  await note.getByRole("link", { name: /verified your claim/ }).click();
  await expect(analystPage).toHaveURL(new RegExp(`/projects/${project.id}/claims/${waiting.id}$`));
  await analystPage.goto("/inbox");
  await expect(analystPage.getByRole("link", { name: "Unread (0)" })).toBeVisible();

  // With "Fewest open claims", the next claim goes straight to the reviewer's queue.
  await ownerPage.getByRole("radio", { name: /Fewest open claims/ }).check();
  await ownerPage.getByRole("button", { name: "Save review policy" }).click();
  // The confirmation of the first save is still on screen: wait for this one to be stored.
  await expect.poll(async () => (await db.project.findUniqueOrThrow({ where: { id: project.id } })).reviewPolicy).toBe("FEWEST_OPEN");
  await submit("Japan pledged a grant of up to ¥2.836 billion for Wattay airport.");
  await page.goto("/");
  await expect(page.getByTestId("review-queue").getByRole("link", { name: /Japan pledged a grant/ })).toBeVisible();
  await expect(page.getByTestId("review-queue")).toContainText("Awaiting my review 1");
});

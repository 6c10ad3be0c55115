import { db } from "@/lib/db";
import { makeUser } from "@/lib/factories";
import { expect, signInAs, test } from "./fixtures";

test("create a project, add a member who then sees it, while a non-member gets not found", async ({ signedInPage: page, user, browser }) => {
  const [colleague, outsider] = await Promise.all([makeUser({ name: "Kenji Colleague" }), makeUser({ name: "Olga Outsider" })]);
  const name = `Laos–Japan CSP ${Date.now()}`;

  await page.goto("/");
  await page.getByRole("button", { name: "Create project" }).click();
  await expect(page.locator('[data-field-error="name"]')).toHaveText("Give the project a name.");

  await page.getByLabel("Name").fill(name);
  await page.getByLabel("Description").fill("Aid, airports and China's weight");
  await page.getByRole("button", { name: "Create project" }).click();
  await expect(page.getByTestId("project-name")).toHaveText(name);
  const projectUrl = page.url();
  const projectId = projectUrl.match(/projects\/([^/]+)/)![1]!;
  expect(await db.membership.findFirst({ where: { projectId, userId: user.id } })).toMatchObject({ role: "OWNER" });

  // The tabs show real content: the default codebook and the trail of what just happened.
  await page.getByRole("link", { name: "themes" }).click();
  await expect(page.getByTestId("theme-list").getByText("China balancing")).toBeVisible();
  await page.getByRole("link", { name: "activity" }).click();
  await expect(page.getByTestId("activity-list")).toContainText(`created the project “${name}”`);

  await page.getByRole("link", { name: "members" }).click();
  await page.getByLabel("Email").fill(colleague.email);
  await page.getByLabel("Role", { exact: true }).selectOption("REVIEWER");
  await page.getByRole("button", { name: "Add member" }).click();
  await expect(page.locator('[data-form-message="success"]')).toContainText("Kenji Colleague can now open this project.");
  await expect(page.locator(`[data-member-email="${colleague.email}"]`)).toBeVisible();
  expect(await db.membership.findFirst({ where: { projectId, userId: colleague.id } })).toMatchObject({ role: "REVIEWER" });

  // Adding the same person again is refused in the form.
  await page.getByLabel("Email").fill(colleague.email);
  await page.getByRole("button", { name: "Add member" }).click();
  await expect(page.locator('[data-form-message="error"]')).toContainText("already a member");

  const colleagueContext = await browser.newContext();
  const colleaguePage = await colleagueContext.newPage();
  await signInAs(colleaguePage, colleague);
  await colleaguePage.goto("/");
  await expect(colleaguePage.getByTestId("project-list")).toContainText(name);
  await colleaguePage.getByText(name).click();
  await expect(colleaguePage.getByTestId("project-name")).toHaveText(name);
  await colleagueContext.close();

  const outsiderContext = await browser.newContext();
  const outsiderPage = await outsiderContext.newPage();
  await signInAs(outsiderPage, outsider);
  const response = await outsiderPage.goto(`/projects/${projectId}/members`);
  expect(response?.status()).toBe(404);
  await expect(outsiderPage.getByRole("heading", { name: "Not found" })).toBeVisible();
  await expect(outsiderPage.getByText(name)).toHaveCount(0);
  await expect(outsiderPage.getByText(colleague.email)).toHaveCount(0);
  await outsiderContext.close();
});

test("the owner cannot demote the last owner", async ({ signedInPage: page, user }) => {
  await page.goto("/");
  await page.getByLabel("Name").fill(`Solo ${Date.now()}`);
  await page.getByRole("button", { name: "Create project" }).click();
  await page.getByRole("link", { name: "members" }).click();
  await page.getByLabel(`Role of ${user.name}`).selectOption("VIEWER");
  await expect(page.locator('[data-form-message="error"]')).toContainText("A project needs at least one owner");
  const projectId = page.url().match(/projects\/([^/]+)/)![1]!;
  expect(await db.membership.findFirst({ where: { projectId, userId: user.id } })).toMatchObject({ role: "OWNER" });
});

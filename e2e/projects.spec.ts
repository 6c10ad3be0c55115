import { db } from "@/lib/db";
import { makeUser } from "@/lib/factories";
import { expect, signInAs, test } from "./fixtures";

test("create a project, invite a member who accepts and then sees it, while a non-member gets not found", async ({ signedInPage: page, user, browser }) => {
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
  const invite = page.getByRole("complementary", { name: "Invite a member" });
  await invite.getByLabel("Email").fill(colleague.email);
  await invite.getByLabel("Role", { exact: true }).selectOption("REVIEWER");
  await invite.getByRole("button", { name: "Invite" }).click();
  await expect(invite.getByTestId("invitation-created")).toContainText(`${colleague.email} has an account: the invitation waits in their inbox.`);
  await expect(page.locator(`[data-invitation-email="${colleague.email}"]`)).toBeVisible();
  expect(await db.membership.findFirst({ where: { projectId, userId: colleague.id } })).toBeNull();

  // The colleague accepts it from their inbox, and is a member.
  const colleagueContext = await browser.newContext();
  const colleaguePage = await colleagueContext.newPage();
  await signInAs(colleaguePage, colleague);
  await colleaguePage.goto("/inbox");
  await colleaguePage.getByTestId("invitation-inbox").getByRole("button", { name: "Accept", exact: true }).click();
  await expect(colleaguePage.getByTestId("project-name")).toHaveText(name);
  expect(await db.membership.findFirst({ where: { projectId, userId: colleague.id } })).toMatchObject({ role: "REVIEWER" });

  // Inviting a member again is refused in the form.
  await page.reload();
  await invite.getByLabel("Email").fill(colleague.email);
  await invite.getByRole("button", { name: "Invite" }).click();
  await expect(invite.locator('[data-form-message="error"]')).toContainText("already a member");
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

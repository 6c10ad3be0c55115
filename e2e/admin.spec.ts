import { request as playwrightRequest } from "@playwright/test";
import { db } from "@/lib/db";
import { makeUser } from "@/lib/factories";
import { createApiToken } from "@/lib/tokens/create-api-token";
import { expect, signInAs, test } from "./fixtures";

async function makeAdmin() {
  const admin = await makeUser({ name: `Admin ${Math.random().toString(36).slice(2, 6)}` });
  await db.user.update({ where: { id: admin.id }, data: { isAdmin: true } });
  return admin;
}

test("the admin page is the admin's: anyone else finds nothing there, and no link to it", async ({ signedInPage: page }) => {
  await page.goto("/");
  await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Admin" })).toHaveCount(0);
  const response = await page.goto("/admin");
  expect(response!.status()).toBe(404);
  await expect(page.getByTestId("user-list")).toHaveCount(0);
});

test("an admin disables an account: its sessions and API token stop at once, it cannot sign in; enabled, it can", async ({ browser, baseURL }) => {
  const admin = await makeAdmin();
  const user = await makeUser({ name: `Dara ${Date.now()}` });
  const { token } = await createApiToken({ userId: user.id, input: { name: "script" } });
  const adminPage = await (await browser.newContext()).newPage();
  const userPage = await (await browser.newContext()).newPage();
  await signInAs(adminPage, admin);
  await signInAs(userPage, user);
  await userPage.goto("/");
  await expect(userPage.getByTestId("current-user")).toHaveText(user.name);

  await adminPage.goto("/");
  await adminPage.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Admin" }).click();
  const row = adminPage.locator(`[data-user-email="${user.email}"]`);
  await row.getByRole("button", { name: `Disable ${user.name}` }).click();
  await expect(row.locator('[data-form-message="success"]')).toContainText(`${user.name} is disabled: signed out everywhere (1 session)`);
  await expect(row).toContainText("Disabled");

  await userPage.goto("/");
  await expect(userPage).toHaveURL(/\/sign-in/);
  const api = await playwrightRequest.newContext({ baseURL });
  expect((await api.get("/api/v1/me", { headers: { Authorization: `Bearer ${token}` } })).status()).toBe(401);
  await userPage.getByLabel("Email").fill(user.email);
  await userPage.getByLabel("Password").fill(user.password);
  await userPage.getByRole("button", { name: "Sign in" }).click();
  await expect(userPage.locator('[data-form-message="error"]')).toHaveText("This account has been disabled. Ask the instance's admin.");

  await row.getByRole("button", { name: `Enable ${user.name}` }).click();
  await expect(row.locator('[data-form-message="success"]')).toContainText(`${user.name} can sign in again.`);
  expect((await api.get("/api/v1/me", { headers: { Authorization: `Bearer ${token}` } })).status()).toBe(200);
  // The form kept the address, never the password.
  await expect(userPage.getByLabel("Email")).toHaveValue(user.email);
  await userPage.getByLabel("Password").fill(user.password);
  await userPage.getByRole("button", { name: "Sign in" }).click();
  await expect(userPage.getByTestId("current-user")).toHaveText(user.name);
  await api.dispose();
  await Promise.all([adminPage, userPage].map((p) => p.context().close()));
});

test("an admin's password-reset link sets a new password once and signs every other browser out", async ({ browser }) => {
  const admin = await makeAdmin();
  const user = await makeUser({ name: `Forgetful ${Date.now()}` });
  const adminPage = await (await browser.newContext()).newPage();
  const elsewhere = await (await browser.newContext()).newPage();
  await signInAs(adminPage, admin);
  await signInAs(elsewhere, user);

  await adminPage.goto("/admin");
  const row = adminPage.locator(`[data-user-email="${user.email}"]`);
  await row.getByRole("button", { name: `Password-reset link for ${user.name}` }).click();
  await expect(row.getByTestId("reset-link-created")).toContainText("within 60 minutes");
  const link = await row.getByTestId("reset-link").inputValue();

  const person = await (await browser.newContext()).newPage();
  await person.goto(link);
  await expect(person.getByRole("heading", { name: "Set a new password" })).toBeVisible();
  await person.getByLabel("New password", { exact: true }).fill("a fresh passphrase");
  await person.getByLabel("New password, again").fill("a different one");
  await person.getByRole("button", { name: "Set the new password" }).click();
  await expect(person.locator('[data-field-error="confirmPassword"]')).toHaveText("The two passwords differ.");
  await person.getByLabel("New password", { exact: true }).fill("a fresh passphrase");
  await person.getByLabel("New password, again").fill("a fresh passphrase");
  await person.getByRole("button", { name: "Set the new password" }).click();
  await expect(person.getByTestId("current-user")).toHaveText(user.name);

  await elsewhere.goto("/");
  await expect(elsewhere).toHaveURL(/\/sign-in/);
  await person.goto(link);
  await expect(person.getByRole("heading", { name: "This link cannot be used" })).toBeVisible();
  await Promise.all([adminPage, elsewhere, person].map((p) => p.context().close()));
});

test("the admin page shows who may create an account, and keeps the choice", async ({ browser }) => {
  const admin = await makeAdmin();
  const page = await (await browser.newContext()).newPage();
  await signInAs(page, admin);
  await page.goto("/admin");
  const select = page.getByLabel("Who may create an account");
  // Saved as it is: other tests sign up at the same time (the modes themselves: lib/admin/admin.int.test.ts).
  const current = await select.inputValue();
  expect(["OPEN", "INVITE_ONLY", "CLOSED"]).toContain(current);
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.locator('[data-form-message="success"]')).toHaveText("Saved.");
  await page.reload();
  await expect(page.getByLabel("Who may create an account")).toHaveValue(current);
  await page.context().close();
});

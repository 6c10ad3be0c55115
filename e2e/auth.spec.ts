import { db } from "@/lib/db";
import { makeUser } from "@/lib/factories";
import { expect, signInAs, test } from "./fixtures";

test("sign up, sign out, then sign in again; a wrong password gets a clear message", async ({ page }) => {
  const email = `new-${Date.now()}-${Math.random().toString(36).slice(2, 6)}@example.test`;
  await page.goto("/");
  await expect(page).toHaveURL(/\/sign-in/);
  await page.getByRole("link", { name: "Create an account" }).click();

  await page.getByLabel("Name").fill("Noy Inthavong");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill("short");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.locator('[data-field-error="password"]')).toHaveText("Use at least 10 characters.");

  await page.getByLabel("Password").fill("a sound passphrase");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByTestId("current-user")).toHaveText("Noy Inthavong");
  await expect(page.getByRole("heading", { name: "Your projects" })).toBeVisible();
  expect(await db.user.count({ where: { email } })).toBe(1);

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/sign-in/);
  await page.goto("/");
  await expect(page).toHaveURL(/\/sign-in/);

  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill("not the passphrase");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.locator('[data-form-message="error"]')).toHaveText("Email or password is incorrect.");

  await page.getByLabel("Email").fill(email.toUpperCase());
  await page.getByLabel("Password").fill("a sound passphrase");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByTestId("current-user")).toHaveText("Noy Inthavong");
});

test("an unknown email gets the same message as a wrong password", async ({ page }) => {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill("nobody-at-all@example.test");
  await page.getByLabel("Password").fill("whatever it is");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.locator('[data-form-message="error"]')).toHaveText("Email or password is incorrect.");
});

test("changing the password signs out every other browser, and this one stays signed in", async ({ browser }) => {
  const user = await makeUser({ name: "Kham Password" });
  const here = await (await browser.newContext()).newPage();
  const elsewhere = await (await browser.newContext()).newPage();
  await signInAs(here, user);
  await signInAs(elsewhere, user);
  await elsewhere.goto("/");
  await expect(elsewhere.getByTestId("current-user")).toHaveText("Kham Password");

  await here.goto("/settings/account");
  await here.getByLabel("Current password").fill("not my password");
  await here.getByLabel("New password", { exact: true }).fill("a brand new passphrase");
  await here.getByLabel("New password, again").fill("a brand new passphrase");
  await here.getByRole("button", { name: "Change password" }).click();
  await expect(here.locator('[data-field-error="currentPassword"]')).toHaveText("Your current password is not right.");
  // Passwords are never sent back into the form.
  await expect(here.getByLabel("Current password")).toHaveValue("");

  await here.getByLabel("Current password").fill(user.password);
  await here.getByLabel("New password", { exact: true }).fill("a brand new passphrase");
  await here.getByLabel("New password, again").fill("a brand new passphrase");
  await here.getByRole("button", { name: "Change password" }).click();
  await expect(here.getByRole("status")).toContainText("Password changed.");
  await here.goto("/");
  await expect(here.getByTestId("current-user")).toHaveText("Kham Password");

  await elsewhere.goto("/");
  await expect(elsewhere).toHaveURL(/\/sign-in/);
  await here.context().close();
  await elsewhere.context().close();
});

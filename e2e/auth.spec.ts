import { db } from "@/lib/db";
import { expect, test } from "./fixtures";

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

import { db } from "@/lib/db";
import { makeProject, makeUser } from "@/lib/factories";
import { expect, signInAs, test } from "../fixtures";
import { linkIn, nextMail } from "./mailbox";

/**
 * An instance that sends email (SMTP_URL): links reach people by mail, and an
 * invitation is accepted only by the invited address, once it is confirmed.
 */
const address = (label: string) => `${label}-${Date.now()}-${Math.random().toString(36).slice(2, 6)}@example.test`;

test("an invitation by email: the invited person signs up with the address, confirms it, and joins; another account cannot", async ({ browser }) => {
  const owner = await makeUser({ name: "Mai Mailer" });
  const project = await makeProject(owner, { name: `Mekong dams ${Date.now()}` });
  const taker = await makeUser({ name: "Link Taker" });
  const ownerPage = await (await browser.newContext()).newPage();
  await signInAs(ownerPage, owner);
  const invited = address("noy");
  await ownerPage.goto(`/projects/${project.id}/members`);
  const form = ownerPage.getByRole("complementary", { name: "Invite a member" });
  await form.getByLabel("Email").fill(invited);
  await form.getByLabel("Role").selectOption("ANALYST");
  await form.getByRole("button", { name: "Invite" }).click();
  await expect(form.getByTestId("invitation-created")).toContainText(`We emailed the link to ${invited}. Only that address can accept it.`);

  const mail = await nextMail(invited);
  expect(mail.subject).toBe(`Mai Mailer invited you to “${project.name}” on Claimwork`);
  const link = linkIn(mail, "/invitations/");

  // Someone else who got hold of the link: refused, and the link stays good.
  const takerPage = await (await browser.newContext()).newPage();
  await signInAs(takerPage, taker);
  await takerPage.goto(link);
  await takerPage.getByRole("button", { name: "Accept and open the project" }).click();
  await expect(takerPage.locator('[data-form-message="error"]')).toContainText(`This invitation was sent to ${invited}`);
  await takerPage.context().close();

  // The invited person creates an account with the address; it must be confirmed first.
  const page = await (await browser.newContext()).newPage();
  await page.goto(link);
  await page.getByRole("link", { name: "Create an account" }).click();
  await expect(page.getByLabel("Email")).toHaveValue(invited);
  await page.getByLabel("Name").fill("Noy Mailed");
  await page.getByLabel("Password").fill("a sound passphrase");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByRole("heading", { name: `Join ${project.name}` })).toBeVisible();
  await page.getByRole("button", { name: "Accept and open the project" }).click();
  await expect(page.locator('[data-form-message="error"]')).toContainText("Confirm your address first");

  const check = await nextMail(invited);
  expect(check.subject).toBe("Confirm your address for Claimwork");
  await page.goto(linkIn(check, "/verify-email/"));
  await page.getByRole("button", { name: "Confirm my address" }).click();
  await expect(page.locator('[data-form-message="success"]')).toContainText(`${invited} is confirmed`);
  await page.goto(link);
  await page.getByRole("button", { name: "Accept and open the project" }).click();
  await expect(page).toHaveURL(new RegExp(`/projects/${project.id}`));
  const noy = await db.user.findUniqueOrThrow({ where: { email: invited } });
  expect((await db.membership.findFirstOrThrow({ where: { projectId: project.id, userId: noy.id } })).role).toBe("ANALYST");
  await page.goto("/settings/account");
  await expect(page.getByTestId("address-status")).toHaveText("confirmed");
  await Promise.all([ownerPage, page].map((p) => p.context().close()));
});

test("forgot password: the link arrives by email, sets a new password once, and an unknown address gets the same answer", async ({ page }) => {
  const user = await makeUser({ name: "Forgetful Mailer", email: address("forgetful") });
  await page.goto("/sign-in");
  await page.getByRole("link", { name: "Forgot your password?" }).click();
  await expect(page.getByRole("heading", { name: "Forgot your password?" })).toBeVisible();
  await page.getByLabel("Email").fill(user.email);
  await page.getByRole("button", { name: "Email me a link" }).click();
  await expect(page.locator('[data-form-message="success"]')).toContainText(`If ${user.email} has an account here, a link`);
  const unknown = address("nobody");
  await page.getByLabel("Email").fill(unknown);
  await page.getByRole("button", { name: "Email me a link" }).click();
  await expect(page.locator('[data-form-message="success"]')).toContainText(`If ${unknown} has an account here, a link`);

  const mail = await nextMail(user.email);
  const link = linkIn(mail, "/reset-password/");
  await page.goto(link);
  await page.getByLabel("New password", { exact: true }).fill("a fresh passphrase");
  await page.getByLabel("New password, again").fill("a fresh passphrase");
  await page.getByRole("button", { name: "Set the new password" }).click();
  await expect(page.getByTestId("current-user")).toHaveText(user.name);
  await page.goto(link);
  await expect(page.getByRole("heading", { name: "This link cannot be used" })).toBeVisible();
  await expect(nextMail(unknown, 1500)).rejects.toThrow(/No message/);
});

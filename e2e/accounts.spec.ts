import { request as playwrightRequest } from "@playwright/test";
import { db } from "@/lib/db";
import { makeProject, makeUser } from "@/lib/factories";
import { createApiToken } from "@/lib/tokens/create-api-token";
import { totpFor } from "@/lib/users/totp";
import { expect, signInAs, test } from "./fixtures";
import { builtActions, postAction } from "./security/actions";

/**
 * The probes of an attacker against accounts, invitations and sessions, each
 * through the browser or the API as it was tried, each of which must fail.
 */

const address = (label: string) => `${label}-${Date.now()}-${Math.random().toString(36).slice(2, 6)}@example.test`;

test("an invitation is a one-time link: the invited person signs up from it and joins; a taker of the address gets nothing", async ({ browser }) => {
  const owner = await makeUser({ name: "Mai Owner" });
  const viewer = await makeUser({ name: "Vee Viewer" });
  const project = await makeProject(owner, { name: `Wattay airport ${Date.now()}` });
  const ownerPage = await (await browser.newContext()).newPage();
  await signInAs(ownerPage, owner);

  // The owner invites a viewer (an account) and, as OWNER, a newcomer.
  await ownerPage.goto(`/projects/${project.id}/members`);
  const form = ownerPage.getByRole("complementary", { name: "Invite a member" });
  await form.getByLabel("Email").fill(viewer.email);
  await form.getByLabel("Role").selectOption("VIEWER");
  await form.getByRole("button", { name: "Invite" }).click();
  await expect(form.getByTestId("invitation-created")).toContainText("waits in their inbox");
  const newcomer = address("newcomer");
  await form.getByLabel("Email").fill(newcomer);
  await form.getByLabel("Role").selectOption("OWNER");
  await form.getByRole("button", { name: "Invite" }).click();
  await expect(form.getByTestId("invitation-created")).toContainText(`Send this link to ${newcomer}`);
  const link = await form.getByTestId("invitation-link").inputValue();
  expect(link).toMatch(/\/invitations\/[A-Za-z0-9_-]{43}$/);
  await expect(ownerPage.getByTestId("invitation-list")).toContainText(newcomer);

  // The viewer accepts from the inbox; as a viewer, sees no pending invitation.
  const viewerPage = await (await browser.newContext()).newPage();
  await signInAs(viewerPage, viewer);
  await viewerPage.goto("/inbox");
  await expect(viewerPage.getByTestId("invitation-inbox")).toContainText(project.name);
  await viewerPage.getByRole("button", { name: "Accept", exact: true }).click();
  await expect(viewerPage).toHaveURL(new RegExp(`/projects/${project.id}`));
  await viewerPage.goto(`/projects/${project.id}/members`);
  await expect(viewerPage.getByTestId("member-list")).toContainText(viewer.email);
  await expect(viewerPage.getByTestId("invitation-list")).toHaveCount(0);
  await expect(viewerPage.locator("body")).not.toContainText(newcomer);

  // The attacker signs up with the invited address, without the link: a member of nothing.
  const attacker = await (await browser.newContext()).newPage();
  await attacker.goto("/sign-up");
  await attacker.getByLabel("Name").fill("Taker");
  await attacker.getByLabel("Email").fill(newcomer);
  await attacker.getByLabel("Password").fill("an attacker's passphrase");
  await attacker.getByRole("button", { name: "Create account" }).click();
  await expect(attacker.getByTestId("current-user")).toHaveText("Taker");
  await attacker.goto("/inbox");
  await expect(attacker.getByTestId("invitation-inbox")).toHaveCount(0);
  const taken = await attacker.request.get(`/projects/${project.id}/backup`, { maxRedirects: 0 });
  expect(taken.status()).toBe(404);
  await attacker.context().close();

  // The real newcomer opens the link signed out, creates an account from it, and accepts.
  const invited = await (await browser.newContext()).newPage();
  await invited.goto(link);
  await expect(invited.getByRole("heading", { name: `Join ${project.name}` })).toBeVisible();
  await invited.getByRole("link", { name: "Create an account" }).click();
  await expect(invited.getByLabel("Email")).toHaveValue(newcomer);
  await invited.getByLabel("Name").fill("Noy Newcomer");
  await invited.getByLabel("Email").fill(address("noy"));
  await invited.getByLabel("Password").fill("a sound passphrase");
  await invited.getByRole("button", { name: "Create account" }).click();
  await expect(invited.getByRole("heading", { name: `Join ${project.name}` })).toBeVisible();
  await expect(invited.getByText("You are signed in as Noy Newcomer")).toBeVisible();
  await invited.getByRole("button", { name: "Accept and open the project" }).click();
  await expect(invited).toHaveURL(new RegExp(`/projects/${project.id}`));
  const noy = await db.user.findFirstOrThrow({ where: { name: "Noy Newcomer", memberships: { some: { projectId: project.id } } } });
  expect((await db.membership.findFirstOrThrow({ where: { projectId: project.id, userId: noy.id } })).role).toBe("OWNER");

  // Used once: the link now says so, to anyone.
  await invited.goto(link);
  await expect(invited.getByRole("heading", { name: "This invitation cannot be used" })).toBeVisible();
  await ownerPage.reload();
  await expect(ownerPage.getByTestId("invitation-list")).toHaveCount(0);
  await Promise.all([ownerPage, viewerPage, invited].map((p) => p.context().close()));
});

test("the invitations API: 201 with a link, accepted once by the token's user, 404 after", async ({ request }) => {
  const [owner, invitee, late] = await Promise.all([makeUser(), makeUser(), makeUser()]);
  const project = await makeProject(owner);
  const bearer = async (user: { id: string }) => ({ Authorization: `Bearer ${(await createApiToken({ userId: user.id, input: { name: "e2e" } })).token}` });
  const created = await request.post(`/api/v1/projects/${project.id}/members`, { headers: await bearer(owner), data: { email: invitee.email, role: "REVIEWER" } });
  expect(created.status()).toBe(201);
  const { invitation } = (await created.json()) as { invitation: { id: string; email: string; role: string; expiresAt: string; url: string } };
  expect(Object.keys(invitation).sort()).toEqual(["email", "expiresAt", "id", "role", "url"]);
  expect(invitation).toMatchObject({ email: invitee.email, role: "REVIEWER" });
  const token = new URL(invitation.url).pathname.split("/").at(-1)!;

  const accepted = await request.post(`/api/v1/invitations/${token}/accept`, { headers: await bearer(invitee) });
  expect(accepted.status()).toBe(200);
  expect(await accepted.json()).toEqual({ membership: { projectId: project.id, role: "REVIEWER" } });
  for (const [who, t] of [[late, token], [late, "A".repeat(43)], [late, "%ff%fe"]] as const) {
    const again = await request.post(`/api/v1/invitations/${t}/accept`, { headers: await bearer(who) });
    expect(again.status(), t).toBeGreaterThanOrEqual(400);
    expect(again.status(), t).toBeLessThan(500);
  }
  expect((await request.post(`/api/v1/invitations/${token}/accept`, { headers: await bearer(late) })).status()).toBe(404);
  expect(await db.membership.count({ where: { projectId: project.id, userId: late.id } })).toBe(0);
});

test("signing out ends the session on the server: a copy of the cookie opens nothing", async ({ browser, baseURL }) => {
  const user = await makeUser({ name: "Copied Cookie" });
  const page = await (await browser.newContext()).newPage();
  await signInAs(page, user);
  await page.goto("/settings/tokens");
  await expect(page.getByRole("heading", { name: /tokens/i }).first()).toBeVisible();
  const copied = await page.context().storageState();

  await page.goto("/");
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/sign-in/);

  const thief = await playwrightRequest.newContext({ baseURL, storageState: copied });
  const tokens = await thief.get("/settings/tokens", { maxRedirects: 0 });
  expect([302, 303, 307]).toContain(tokens.status());
  expect(tokens.headers().location).toMatch(/\/sign-in/);
  await thief.dispose();
  await page.context().close();
});

test("the account page lists my sessions, and signs out another one at once", async ({ browser }) => {
  const user = await makeUser({ name: "Two Browsers" });
  const here = await (await browser.newContext({ userAgent: "Mozilla/5.0 (X11; Linux x86_64; rv:140.0) Gecko/20100101 Firefox/140.0" })).newPage();
  const phone = await (
    await browser.newContext({
      userAgent: "Mozilla/5.0 (iPhone; CPU iPhone OS 18_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.5 Mobile/15E148 Safari/604.1",
    })
  ).newPage();
  await signInAs(here, user);
  await signInAs(phone, user);
  await here.goto("/settings/account");
  const list = here.getByTestId("session-list");
  await expect(list.locator("li")).toHaveCount(2);
  await expect(list.locator("li[data-session-current]")).toContainText("Firefox 140 on Linux");
  await expect(list).toContainText("Safari 18 on iOS (mobile)");
  await list.getByRole("button", { name: /Sign out Safari 18 on iOS/ }).click();
  await expect(here.locator('[data-form-message="success"]')).toHaveText("Signed out that session.");
  await expect(list.locator("li")).toHaveCount(1);
  await phone.goto("/");
  await expect(phone).toHaveURL(/\/sign-in/);
  await here.goto("/");
  await expect(here.getByTestId("current-user")).toHaveText("Two Browsers");
  await Promise.all([here, phone].map((p) => p.context().close()));
});

test("after signing in, the browser stays on this site, whatever callbackUrl says, and odd ones never fail", async ({ browser, baseURL }) => {
  const user = await makeUser();
  // As they arrive in the address bar: percent-escapes included.
  for (const callbackUrl of ["/%09/evil.example", "/%0a/evil.example", "/%0d%0a/evil.example", "%2F%2Fevil.example", "/%5Cevil.example", "/%2F%2Fevil.example", "/inbox%0d%0aSet-Cookie:x=1"]) {
    const page = await (await browser.newContext()).newPage();
    const response = await page.goto(`/sign-in?callbackUrl=${callbackUrl.replace(/\//g, "%2F")}`);
    expect(response!.status(), callbackUrl).toBe(200);
    await page.getByLabel("Email").fill(user.email);
    await page.getByLabel("Password").fill(user.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByTestId("current-user")).toBeVisible();
    const landed = new URL(page.url());
    expect(landed.origin, callbackUrl).toBe(new URL(baseURL!).origin);
    expect(landed.pathname, callbackUrl).toBe("/");
    await page.context().close();
  }
});

test("the API sends HSTS over HTTPS (behind the trusted proxy), and not over plain HTTP", async ({ request, user }) => {
  const { token } = await createApiToken({ userId: user.id, input: { name: "hsts" } });
  const headers = { Authorization: `Bearer ${token}` };
  const plain = await request.get("/api/v1/me", { headers });
  expect(plain.headers()["strict-transport-security"]).toBeUndefined();
  for (const path of ["/api/v1/me", "/api/v1/projects/nothing-here"]) {
    const https = await request.get(path, { headers: { ...headers, "x-forwarded-proto": "https" } });
    expect(https.headers()["strict-transport-security"], path).toBe("max-age=31536000; includeSubDomains");
  }
});

test("a server action posted from another site answers 403 and does nothing", async ({ signedInPage: page, user, baseURL }) => {
  const create = builtActions().find((action) => action.exportedName === "createProjectAction")!;
  const name = `Cross-site ${Date.now()}`;
  const forged = await postAction(page.request, { id: create.id, url: "/", call: { form: { name, description: "" } }, origin: "https://evil.example" });
  expect(forged.status()).toBe(403);
  expect(await db.project.count({ where: { name, createdById: user.id } })).toBe(0);
  const own = await postAction(page.request, { id: create.id, url: "/", call: { form: { name, description: "" } }, origin: baseURL! });
  expect(own.status()).toBe(200);
  expect(await db.project.count({ where: { name, createdById: user.id } })).toBe(1);
});

test("two-factor sign-in: set up with an authenticator, then a password alone no longer signs in; a recovery code does, once", async ({ browser }) => {
  const user = await makeUser({ name: "Two Factors" });
  const page = await (await browser.newContext()).newPage();
  await signInAs(page, user);
  await page.goto("/settings/account");
  await page.getByRole("button", { name: "Set up two-factor sign-in" }).click();
  await expect(page.getByRole("img", { name: "QR code for your authenticator app" })).toBeVisible();
  const secret = await page.getByTestId("totp-secret").innerText();
  const code = (at = Date.now()) => totpFor(secret, "").generate({ timestamp: at });
  await page.getByLabel("Code from the app").fill("000000");
  await page.getByRole("button", { name: "Turn on" }).click();
  await expect(page.locator('[data-field-error="code"]')).toHaveText("That code is not right.");
  await page.getByLabel("Code from the app").fill(code(Date.now() - 30_000));
  await page.getByRole("button", { name: "Turn on" }).click();
  const recovery = (await page.getByTestId("recovery-codes").locator("pre").innerText()).split("\n");
  expect(recovery).toHaveLength(10);
  await page.context().close();

  // Signing in: the password, then the code of this moment.
  const signIn = async (second: string) => {
    const next = await (await browser.newContext()).newPage();
    await next.goto("/sign-in");
    await next.getByLabel("Email").fill(user.email);
    await next.getByLabel("Password").fill(user.password);
    await next.getByRole("button", { name: "Sign in" }).click();
    await expect(next.getByLabel("Authentication code")).toBeVisible();
    await expect(next.getByTestId("current-user")).toHaveCount(0);
    await next.getByLabel("Authentication code").fill(second);
    await next.getByRole("button", { name: "Verify" }).click();
    return next;
  };
  const withCode = await signIn(code());
  await expect(withCode.getByTestId("current-user")).toHaveText("Two Factors");
  await withCode.context().close();

  const wrong = await signIn("123123");
  await expect(wrong.locator('[data-field-error="code"]')).toContainText("That code is not right");
  await expect(wrong.getByTestId("current-user")).toHaveCount(0);
  await wrong.context().close();

  const withRecovery = await signIn(recovery[0]!);
  await expect(withRecovery.getByTestId("current-user")).toHaveText("Two Factors");
  await withRecovery.context().close();
  const again = await signIn(recovery[0]!);
  await expect(again.locator('[data-field-error="code"]')).toContainText("That code is not right");
  await again.context().close();

  // Auth.js's own endpoint is no way around it: the password alone starts no session.
  const direct = await playwrightRequest.newContext({ baseURL: test.info().project.use.baseURL });
  const { csrfToken } = (await (await direct.get("/api/auth/csrf")).json()) as { csrfToken: string };
  await direct.post("/api/auth/callback/credentials", { form: { email: user.email, password: user.password, csrfToken, callbackUrl: "/" }, maxRedirects: 0 });
  const home = await direct.get("/settings/tokens", { maxRedirects: 0 });
  expect(home.headers().location ?? "").toMatch(/\/sign-in/);
  await direct.dispose();
});

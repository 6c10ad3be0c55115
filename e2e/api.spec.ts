import { db } from "@/lib/db";
import { makeProject, makeTeam } from "@/lib/factories";
import { createApiToken } from "@/lib/tokens/create-api-token";
import { expect, signInAs, test } from "./fixtures";

test("a personal API token made in the UI drives the JSON API until it is revoked", async ({ signedInPage: page, user, request }) => {
  const team = await makeTeam();
  const foreign = await makeProject(team.owner, { name: "Someone else's" });

  await page.goto("/settings/tokens");
  await page.getByRole("button", { name: "Create token" }).click();
  await expect(page.locator('[data-field-error="name"]')).toHaveText("Name the token.");
  await page.getByLabel("Name").fill("Nightly export");
  await page.getByRole("button", { name: "Create token" }).click();
  const token = await page.getByTestId("new-token").inputValue();
  expect(token).toMatch(/^cw_/);
  const stored = await db.apiToken.findFirstOrThrow({ where: { userId: user.id }, omit: { tokenHash: false } });
  expect(stored.tokenHash).not.toContain(token);
  await expect(page.getByTestId("token-list")).toContainText("Nightly export");

  const auth = { Authorization: `Bearer ${token}` };

  const unauthenticated = await request.get("/api/v1/projects");
  expect(unauthenticated.status()).toBe(401);
  expect((await unauthenticated.json()).error.code).toBe("unauthenticated");

  const me = await request.get("/api/v1/me", { headers: auth });
  expect((await me.json()).user.email).toBe(user.email);

  const invalid = await request.post("/api/v1/projects", { headers: auth, data: { name: "" } });
  expect(invalid.status()).toBe(400);
  expect(await invalid.json()).toMatchObject({ error: { code: "invalid", fields: { name: ["Give the project a name."] } } });
  const malformed = await request.post("/api/v1/projects", { headers: { ...auth, "content-type": "application/json" }, data: "{not json" });
  expect(malformed.status()).toBe(400);

  const created = await request.post("/api/v1/projects", { headers: auth, data: { name: "Mekong water security" } });
  expect(created.status()).toBe(201);
  const { project } = await created.json();
  const duplicate = await request.post("/api/v1/projects", { headers: auth, data: { name: "Mekong water security" } });
  expect(duplicate.status()).toBe(409);
  expect((await duplicate.json()).error.code).toBe("conflict");

  const list = await (await request.get("/api/v1/projects", { headers: auth })).json();
  expect(list.projects.map((p: { name: string }) => p.name)).toEqual(["Mekong water security"]);

  const added = await request.post(`/api/v1/projects/${project.id}/members`, {
    headers: auth,
    data: { email: team.viewer.email, role: "VIEWER" },
  });
  expect(added.status()).toBe(201);
  // An invitation, until the invited person accepts it with their own token.
  const { invitation } = (await added.json()) as { invitation: { email: string; url: string } };
  expect(invitation.email).toBe(team.viewer.email);
  let members = await (await request.get(`/api/v1/projects/${project.id}/members`, { headers: auth })).json();
  expect(members.members.map((m: { email: string }) => m.email)).toEqual([user.email]);
  expect(members.invitations.map((i: { email: string; status: string }) => [i.email, i.status])).toEqual([[team.viewer.email, "pending"]]);
  const invitedToken = (await createApiToken({ userId: team.viewer.id, input: { name: "invited" } })).token;
  const link = new URL(invitation.url).pathname.split("/").at(-1);
  const accepted = await request.post(`/api/v1/invitations/${link}/accept`, { headers: { Authorization: `Bearer ${invitedToken}` } });
  expect(accepted.status()).toBe(200);
  members = await (await request.get(`/api/v1/projects/${project.id}/members`, { headers: auth })).json();
  expect(members.members.map((m: { email: string }) => m.email).sort()).toEqual([team.viewer.email, user.email].sort());
  const lastOwner = await request.patch(`/api/v1/projects/${project.id}/members/${user.id}`, { headers: auth, data: { role: "VIEWER" } });
  expect(lastOwner.status()).toBe(409);

  // Another project's objects answer "not found", whatever the method.
  for (const [method, url] of [
    ["GET", `/api/v1/projects/${foreign.id}`],
    ["PATCH", `/api/v1/projects/${foreign.id}`],
    ["GET", `/api/v1/projects/${foreign.id}/members`],
    ["POST", `/api/v1/projects/${foreign.id}/members`],
    ["DELETE", `/api/v1/projects/${foreign.id}/members/${team.owner.id}`],
    ["GET", `/api/v1/projects/${foreign.id}/activity`],
  ] as const) {
    const response = await request.fetch(url, { method, headers: auth, data: method === "GET" || method === "DELETE" ? undefined : { name: "x", email: user.email, role: "OWNER" } });
    expect(response.status(), `${method} ${url}`).toBe(404);
    expect((await response.json()).error.code).toBe("not_found");
  }
  expect(await db.membership.count({ where: { projectId: foreign.id } })).toBe(1);

  // A viewer's token may read but not manage.
  const viewerPage = await page.context().browser()!.newPage();
  await signInAs(viewerPage, team.viewer);
  await viewerPage.goto("/settings/tokens");
  await viewerPage.getByLabel("Name").fill("viewer token");
  await viewerPage.getByRole("button", { name: "Create token" }).click();
  const viewerToken = await viewerPage.getByTestId("new-token").inputValue();
  const forbidden = await request.post(`/api/v1/projects/${project.id}/members`, {
    headers: { Authorization: `Bearer ${viewerToken}` },
    data: { email: team.analyst.email, role: "ANALYST" },
  });
  expect(forbidden.status()).toBe(403);
  expect((await forbidden.json()).error.code).toBe("forbidden");
  await viewerPage.close();

  page.on("dialog", (dialog) => void dialog.accept());
  await page.getByRole("button", { name: "Revoke" }).click();
  await expect(page.getByTestId("token-list")).toContainText("Revoked");
  const afterRevoke = await request.get("/api/v1/projects", { headers: auth });
  expect(afterRevoke.status()).toBe(401);
});

test("unknown API paths answer JSON not found", async ({ request }) => {
  const response = await request.get("/api/v1/nothing-here");
  expect(response.status()).toBe(404);
  expect((await response.json()).error.code).toBe("not_found");
});

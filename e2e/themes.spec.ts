import { db } from "@/lib/db";
import { makeMember, makeProject, makeUser } from "@/lib/factories";
import { createApiToken } from "@/lib/tokens/create-api-token";
import { expect, test } from "./fixtures";

const themeId = async (projectId: string, name: string) =>
  (await db.theme.findFirstOrThrow({ where: { projectId, name }, select: { id: true } })).id;

/** A source with claims tagged directly in the database: the themes page only reads them. */
async function seedClaims(projectId: string, authorId: string, tags: string[][]) {
  const source = await db.source.create({
    data: { projectId, title: "Japan's quiet road to Vientiane", body: "Japan and Laos.", contentHash: `e2e-${projectId}`, addedById: authorId },
  });
  for (const themeIds of tags) {
    await db.claim.create({
      data: {
        projectId,
        sourceId: source.id,
        sourceVersion: 1,
        exact: "Japan",
        start: 0,
        end: 5,
        paraphrase: "Japan funds Lao infrastructure.",
        authorId,
        themes: { create: themeIds.map((id, position) => ({ themeId: id, position })) },
      },
    });
  }
}

test("an owner nests, renames and merges themes, then reads the coverage", async ({ signedInPage: page, user }) => {
  const project = await makeProject(user, { name: `Codebook ${Date.now()}` });
  const [china, infra, energy] = await Promise.all([
    themeId(project.id, "China balancing"),
    themeId(project.id, "Infrastructure & connectivity"),
    themeId(project.id, "Energy"),
  ]);
  await seedClaims(project.id, user.id, [[china, infra], [china], [energy, china]]);

  await page.goto(`/projects/${project.id}/themes`);
  const list = page.getByTestId("theme-list");
  await expect(list.locator('[data-theme-name="China balancing"]')).toContainText("3 claims");

  // A sub-theme, two levels down.
  const newTheme = page.getByRole("form", { name: "New theme" });
  await newTheme.getByLabel("Name").fill("Railways");
  await newTheme.getByLabel("Parent").selectOption(infra);
  await newTheme.getByRole("button", { name: "Add theme" }).click();
  await expect(newTheme.locator('[data-form-message="success"]')).toHaveText("Added “Railways”.");
  await expect(list.locator('[data-theme-name="Railways"]')).toBeVisible();
  const railways = await db.theme.findFirstOrThrow({ where: { projectId: project.id, name: "Railways" } });
  expect(railways.parentId).toBe(infra);

  // Renaming into an existing name is refused in the form, whatever the case; a fresh name is saved.
  await page.getByRole("button", { name: "Edit Railways" }).click();
  const editor = page.getByRole("form", { name: "Edit Railways" });
  await editor.getByLabel("Name").fill("ENERGY");
  await editor.getByRole("button", { name: "Save" }).click();
  await expect(editor.locator('[data-form-message="error"]')).toHaveText("A theme named “Energy” already exists in this project.");
  await expect(editor.getByLabel("Name")).toHaveValue("ENERGY");
  await editor.getByLabel("Name").fill("Rail links");
  await editor.getByRole("button", { name: "Save" }).click();
  await expect(list.locator('[data-theme-name="Rail links"]')).toBeVisible();
  expect((await db.theme.findUniqueOrThrow({ where: { id: railways.id } })).name).toBe("Rail links");

  // Merge China balancing into Infrastructure & connectivity: every claim keeps a theme.
  await page.getByRole("button", { name: "Close Rail links" }).click();
  await page.getByRole("button", { name: "Edit China balancing" }).click();
  const merge = page.getByRole("form", { name: "Merge China balancing" });
  await merge.getByLabel("Merge into").selectOption(infra);
  page.once("dialog", (dialog) => void dialog.accept());
  await merge.getByRole("button", { name: "Merge" }).click();
  await expect(page.getByTestId("themes-notice")).toHaveText(
    "Merged into “Infrastructure & connectivity”. Its 3 claims are now tagged “Infrastructure & connectivity”.",
  );
  await expect(list.locator('[data-theme-name="China balancing"]')).toHaveCount(0);
  await expect(list.locator('[data-theme-name="Infrastructure & connectivity"]')).toContainText("3 claims");
  expect(await db.theme.count({ where: { id: china } })).toBe(0);
  const links = await db.claimTheme.findMany({ where: { claim: { projectId: project.id } }, select: { themeId: true } });
  expect(links.filter((l) => l.themeId === infra)).toHaveLength(3);
  expect(links.filter((l) => l.themeId === energy)).toHaveLength(1);
  expect(await db.activity.count({ where: { projectId: project.id, action: "theme.merge" } })).toBe(1);

  // Coverage: a chart drawn by recharts, and the same numbers in a table.
  await page.getByRole("link", { name: "Coverage" }).click();
  await expect(page.getByTestId("coverage-totals")).toContainText("3 claims: 3 tagged");
  const themeTable = page.getByTestId("coverage-theme-table");
  await expect(themeTable.getByRole("row", { name: /Infrastructure & connectivity/ }).getByRole("cell")).toHaveText(["3", "3"]);
  await expect(page.getByTestId("co-occurrence-table").getByRole("row", { name: /^Energy/ })).toBeVisible();
  await expect(page.locator("figure .recharts-surface").first()).toBeVisible();
});

test("a viewer reads the codebook and its coverage without any editing control", async ({ signedInPage: page, user }) => {
  const owner = await makeUser();
  const project = await makeProject(owner, { name: `Viewed ${Date.now()}` });
  await makeMember(project, owner, user, "VIEWER");
  await seedClaims(project.id, owner.id, [[await themeId(project.id, "Energy")]]);

  await page.goto(`/projects/${project.id}/themes`);
  await expect(page.getByTestId("theme-list").locator('[data-theme-name="Energy"]')).toContainText("1 claim");
  await expect(page.getByRole("button", { name: /^Edit / })).toHaveCount(0);
  await expect(page.getByRole("form")).toHaveCount(0);
  await expect(page.getByRole("heading", { name: "New theme" })).toHaveCount(0);
  await expect(page.getByRole("link", { name: "Export JSON" })).toBeVisible();

  const download = await page.request.get(`/projects/${project.id}/themes/export?format=qdc`);
  expect(download.status()).toBe(200);
  expect(await download.text()).toContain('name="Energy"');

  await page.getByRole("link", { name: "Coverage" }).click();
  await expect(page.getByTestId("coverage-theme-table")).toContainText("Energy");
});

test("the themes API: create, clash, cycle, merge, delete, coverage, export and import", async ({ request, user }) => {
  const { token } = await createApiToken({ userId: user.id, input: { name: "themes e2e" } });
  const headers = { Authorization: `Bearer ${token}` };
  const project = await makeProject(user, { name: `API themes ${Date.now()}` });
  const foreign = await makeProject(await makeUser());
  const base = `/api/v1/projects/${project.id}/themes`;
  const [china, infra, energy] = await Promise.all([
    themeId(project.id, "China balancing"),
    themeId(project.id, "Infrastructure & connectivity"),
    themeId(project.id, "Energy"),
  ]);
  await seedClaims(project.id, user.id, [[china, infra], [energy]]);

  const created = await request.post(base, { headers, data: { name: "Railways", colour: "#123456", parentId: infra } });
  expect(created.status()).toBe(201);
  const { theme: rail } = await created.json();
  const clash = await request.post(base, { headers, data: { name: "railways" } });
  expect(clash.status()).toBe(409);
  expect((await clash.json()).error).toMatchObject({ code: "conflict", fields: { name: ["A theme named “Railways” already exists in this project."] } });

  const cycle = await request.patch(`${base}/${infra}`, { headers, data: { parentId: rail.id } });
  expect(cycle.status()).toBe(400);
  expect((await cycle.json()).error.message).toBe("A theme cannot be nested under one of its own sub-themes.");
  const renamed = await request.patch(`${base}/${rail.id}`, { headers, data: { name: "Rail links", description: "Boten–Vientiane" } });
  expect((await renamed.json()).theme).toMatchObject({ name: "Rail links", description: "Boten–Vientiane", parentId: infra });

  const listed = (await (await request.get(base, { headers })).json()).themes as { id: string; depth: number; claims: number; rolledUpClaims: number }[];
  expect(listed.find((t) => t.id === rail.id)).toMatchObject({ depth: 1, claims: 0 });
  expect(listed.find((t) => t.id === infra)).toMatchObject({ claims: 1, rolledUpClaims: 1 });

  const self = await request.post(`${base}/${china}/merge`, { headers, data: { targetId: china } });
  expect(self.status()).toBe(400);
  expect((await self.json()).error.message).toBe("A theme cannot be merged into itself.");
  const merged = await request.post(`${base}/${china}/merge`, { headers, data: { targetId: infra } });
  expect(await merged.json()).toMatchObject({ claimsMoved: 0, claimsAlreadyTagged: 1 });

  const inUse = await request.delete(`${base}/${energy}`, { headers });
  expect(inUse.status()).toBe(409);
  expect((await request.delete(`${base}/${energy}?reassignTo=${rail.id}`, { headers })).status()).toBe(204);
  expect(await db.claimTheme.count({ where: { themeId: rail.id } })).toBe(1);

  const coverage = await (await request.get(`${base}/coverage`, { headers })).json();
  expect(coverage.totals).toEqual({ claims: 2, tagged: 2, untagged: 0 });
  expect(coverage.themes.find((t: { id: string }) => t.id === infra)).toMatchObject({ claims: 1, rolledUpClaims: 2 });

  const qdc = await request.get(`${base}/export?format=qdc`, { headers });
  expect(qdc.headers()["content-disposition"]).toMatch(/\.qdc$/);
  expect(await qdc.text()).toContain('<Code guid="');
  const json = await (await request.get(`${base}/export`, { headers })).text();
  const copy = await makeProject(user);
  const imported = await request.post(`/api/v1/projects/${copy.id}/themes/import`, { headers, data: json });
  expect(await imported.json()).toMatchObject({ format: "json", created: 1 });
  expect(await db.theme.findFirst({ where: { projectId: copy.id, name: "Rail links" }, select: { description: true } })).toEqual({ description: "Boten–Vientiane" });
  const broken = await request.post(`/api/v1/projects/${copy.id}/themes/import`, { headers, data: "{oops" });
  expect(broken.status()).toBe(400);
  expect((await broken.json()).error.message).toMatch(/not valid JSON/);

  for (const [method, url] of [
    ["GET", `/api/v1/projects/${foreign.id}/themes`],
    ["POST", `/api/v1/projects/${foreign.id}/themes`],
    ["PATCH", `${base}/${await themeId(foreign.id, "Energy")}`],
    ["GET", `/api/v1/projects/${foreign.id}/themes/coverage`],
    ["GET", `/api/v1/projects/${foreign.id}/themes/export`],
  ] as const) {
    const response = await request.fetch(url, { method, headers, data: method === "GET" ? undefined : { name: "x" } });
    expect(response.status(), `${method} ${url}`).toBe(404);
  }
});

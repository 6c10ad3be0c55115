import type { Browser, Page } from "@playwright/test";
import { createClaim } from "@/lib/claims/create-claim";
import { updateClaim } from "@/lib/claims/update-claim";
import { db } from "@/lib/db";
import { makeMember, makeProject, makeSource, makeUser } from "@/lib/factories";
import { updateProject } from "@/lib/projects/update-project";
import { expect, signInAs, test } from "./fixtures";

const TEXT = `# Aid and airports

Japan has given Laos aid every year since 1958.¹ China is the largest foreign investor in Laos.²

## Notes

1. JICA, “Japan's ODA to Laos”, 2024, https://www.jica.go.jp/
2. Lao News Agency, “Investment figures”, 23 January 2025, https://kpl.gov.la/
`;

async function pageFor(browser: Browser, user: { email: string; password: string }): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signInAs(page, user);
  return page;
}

test("a reviewer whose claim was rewritten meanwhile sees the new wording before the verdict counts", async ({ browser }) => {
  const owner = await makeUser({ name: "Mai Phommachanh" });
  const analyst = await makeUser({ name: "Somchai Vongsa" });
  const reviewer = await makeUser({ name: "Kenji Sato" });
  const project = await makeProject(owner, { name: `Conflicts ${Date.now()}` });
  await makeMember(project, owner, analyst, "ANALYST");
  await makeMember(project, owner, reviewer, "REVIEWER");
  const source = await makeSource(project, owner, { text: TEXT });
  const body = (await db.source.findUniqueOrThrow({ where: { id: source.id } })).body;
  const words = "China is the largest foreign investor in Laos.";
  const start = body.indexOf(words);
  const claim = await createClaim({
    userId: analyst.id,
    projectId: project.id,
    input: { sourceId: source.id, start, end: start + words.length, paraphrase: "China is the largest investor in Laos.", submit: true },
  });

  const page = await pageFor(browser, reviewer);
  await page.goto(`/projects/${project.id}/claims/${claim.id}`);
  await page.getByLabel("Verified").check();
  await page.getByLabel("Rationale").fill("Matches note 2, the Lao News Agency figures.");

  // While the reviewer reads, the author rewrites the claim.
  await updateClaim({ userId: analyst.id, projectId: project.id, claimId: claim.id, input: { paraphrase: "China is by far the largest investor in Laos." } });

  await page.getByRole("button", { name: "Save review", exact: true }).click();
  const conflict = page.locator("[data-conflict]");
  await expect(conflict).toContainText("Somchai Vongsa saved a newer version");
  await expect(conflict.locator('[data-conflict-field="paraphrase"]')).toContainText("China is the largest investor in Laos.");
  await expect(conflict.locator('[data-conflict-field="paraphrase"] ins')).toHaveText("China is by far the largest investor in Laos.");
  await expect(page.getByLabel("Rationale")).toHaveValue("Matches note 2, the Lao News Agency figures.");
  expect(await db.review.count({ where: { claimId: claim.id } })).toBe(0);

  // Having read the new wording, the reviewer gives the verdict on it.
  await page.getByRole("button", { name: "Save review", exact: true }).click();
  await expect(page.locator('[data-form-message="success"]')).toContainText("Review saved");
  expect(await db.review.findFirstOrThrow({ where: { claimId: claim.id } })).toMatchObject({ verdict: "VERIFIED", claimRevision: 2 });
});

test("a stale project form shows who changed what, keeps what was typed, and applies only its own change on top", async ({ browser }) => {
  const owner = await makeUser({ name: "Mai Phommachanh" });
  const other = await makeUser({ name: "Ben Kato" });
  const project = await makeProject(owner, { name: `Laos watch ${Date.now()}`, description: "Japan and Laos." });
  await makeMember(project, owner, other, "OWNER");

  const page = await pageFor(browser, owner);
  await page.goto(`/projects/${project.id}/settings`);
  const name = `Laos–Japan partnership ${Date.now()}`;
  await page.getByLabel("Name").fill(name);

  await updateProject({ userId: other.id, projectId: project.id, input: { description: "Japan's aid to Laos since 1958, and China's weight." } });

  await page.getByRole("button", { name: "Save", exact: true }).click();
  const conflict = page.locator("[data-conflict]");
  await expect(conflict).toContainText("Ben Kato saved a newer version");
  await expect(conflict.locator('[data-conflict-field="description"] ins')).toHaveText("Japan's aid to Laos since 1958, and China's weight.");
  await expect(page.getByLabel("Name")).toHaveValue(name);

  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.locator('[data-form-message="success"]')).toContainText("Project saved");
  expect(await db.project.findUniqueOrThrow({ where: { id: project.id } })).toMatchObject({
    name,
    description: "Japan's aid to Laos since 1958, and China's weight.",
    revision: 3,
  });
});

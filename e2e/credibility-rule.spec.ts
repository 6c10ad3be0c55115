import { db } from "@/lib/db";
import { makeProject, makeSource, makeUser, makeMember } from "@/lib/factories";
import { createClaim } from "@/lib/claims/create-claim";
import fs from "node:fs";
import path from "node:path";
import { expect, signInAs, test } from "./fixtures";

const demo = fs.readFileSync(path.resolve(import.meta.dirname, "../lib/demo/laos-japan-commentary.md"), "utf8");

/** A project whose claim rests on one footnote (the Yomiuri report of the summit): one origin. */
async function claimWithOneOrigin(owner: { id: string }) {
  const project = await makeProject(owner, { name: `Credibility ${Date.now()}` });
  const source = await makeSource(project, owner, { text: demo, kind: "COMMENTARY" });
  const full = await db.source.findUniqueOrThrow({ where: { id: source.id }, include: { citations: true } });
  const quote = "raised Laos–Japan relations to a Comprehensive Strategic Partnership";
  const start = full.body.indexOf(quote);
  const yomiuri = full.citations.find((c) => c.label === "1")!;
  const claim = await createClaim({
    userId: owner.id,
    projectId: project.id,
    input: { sourceId: source.id, start, end: start + quote.length, paraphrase: "Laos and Japan now have a Comprehensive Strategic Partnership.", citationIds: [yomiuri.id] },
  });
  return { project, source, claim };
}

test("credibility 1 on one origin is refused in the form; an owner keeps it with a rationale, shown on the claim", async ({ signedInPage: page, user }) => {
  const { project, source, claim } = await claimWithOneOrigin(user);
  await page.goto(`/projects/${project.id}/sources/${source.id}?claim=${claim.id}`);
  await page.getByTestId("claim-detail").getByRole("button", { name: "Edit" }).click();
  await page.getByLabel("Credibility (Admiralty)").selectOption("1");
  await page.getByRole("button", { name: "Save", exact: true }).click();

  const refusal = page.locator('[data-field-error="credibility"]');
  await expect(refusal).toContainText("this claim has 1 report, 1 origin:");
  await expect(refusal).toContainText("22 January 2025");
  const rationale = page.getByLabel("Why credibility 1 stands (owner's override)");
  await expect(rationale).toBeVisible();
  expect((await db.claim.findUniqueOrThrow({ where: { id: claim.id } })).credibility).toBe(6);

  await rationale.fill("The summit's joint statement is published by both foreign ministries.");
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.getByText("Claim saved.")).toBeVisible();
  await page.getByRole("button", { name: "Close" }).click();
  await expect(page.getByTestId("claim-detail")).toContainText("Credibility 1");
  await expect.poll(async () => db.claim.findUniqueOrThrow({ where: { id: claim.id } })).toMatchObject({
    credibility: 1,
    credibilityRationale: "The summit's joint statement is published by both foreign ministries.",
    credibilityOverriddenById: user.id,
  });

  await page.goto(`/projects/${project.id}/claims/${claim.id}`);
  await expect(page.getByTestId("credibility-override")).toContainText(`Kept at 1 without two independent origins by ${user.name}`);
});

test("an analyst is told why and is not offered the override", async ({ page, user }) => {
  const { project, source, claim } = await claimWithOneOrigin(user);
  const analyst = await makeUser({ name: "Analyst Credibility" });
  await makeMember(project, user, analyst, "ANALYST");
  await db.claim.update({ where: { id: claim.id }, data: { authorId: analyst.id } });
  await signInAs(page, analyst);
  await page.goto(`/projects/${project.id}/sources/${source.id}?claim=${claim.id}`);
  await page.getByTestId("claim-detail").getByRole("button", { name: "Edit" }).click();
  await page.getByLabel("Credibility (Admiralty)").selectOption("1");
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.locator('[data-field-error="credibility"]')).toContainText('Credibility 1 means "confirmed by other independent sources"');
  await expect(page.getByLabel("Why credibility 1 stands (owner's override)")).toHaveCount(0);
  expect((await db.claim.findUniqueOrThrow({ where: { id: claim.id } })).credibility).toBe(6);
});

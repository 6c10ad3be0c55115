import fs from "node:fs";
import type { Page } from "@playwright/test";
import { claimToken } from "@/lib/briefs/claim-references";
import { createBrief } from "@/lib/briefs/create-brief";
import { saveBrief } from "@/lib/briefs/save-brief";
import { createClaim } from "@/lib/claims/create-claim";
import { db } from "@/lib/db";
import { makeProject, makeSource } from "@/lib/factories";
import { expect, test } from "./fixtures";

// The e2e server runs with the default MARKINGS: OFFICIAL, OFFICIAL-SENSITIVE, SECRET, TOP SECRET.

const AID = "Japan has given Laos development aid every year since 1958, about US$90–100 million a year.";
const RAIL = "The Laos–China railway cost US$5.9 billion, about a third of Laos's GDP in 2021.";

async function exported(page: Page, format: string, button: string): Promise<string> {
  await page.getByLabel("Format").selectOption(format);
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: button, exact: true }).click()]);
  return fs.readFileSync((await download.path())!, "utf8");
}

test("mark a claim SECRET, see the export refused on the brief page, export it withheld, then mark the brief and export it whole", async ({ signedInPage: page, user }) => {
  // Three page loads and three exports, on a machine that also builds and serves the app.
  test.setTimeout(60_000);
  const project = await makeProject(user, { name: `Markings ${Date.now()}` });
  const aid = await makeSource(project, user, { text: AID, title: "Sixty years of aid" });
  const rail = await makeSource(project, user, { text: RAIL, title: "The rail loan, annotated" });
  const open = await createClaim({ userId: user.id, projectId: project.id, input: { sourceId: aid.id, start: 0, end: 58, paraphrase: "Japanese aid to Laos has not stopped since 1958." } });
  const cost = await createClaim({ userId: user.id, projectId: project.id, input: { sourceId: rail.id, start: 0, end: 47, paraphrase: "The railway to China cost Laos about US$5.9 billion." } });
  const brief = await createBrief({ userId: user.id, projectId: project.id, input: { title: "Laos debt outlook" } });
  await saveBrief({ userId: user.id, projectId: project.id, briefId: brief.id, input: { baseVersion: 1, body: `Aid continues: ${claimToken(open.id)}\n\nThe railway: ${claimToken(cost.id)}` } });

  // The claim page: its marking.
  await page.goto(`/projects/${project.id}/claims/${cost.id}`);
  const claimForm = page.getByRole("form", { name: "Marking of the claim" });
  await claimForm.getByRole("combobox", { name: "Marking" }).selectOption("SECRET");
  await claimForm.getByRole("button", { name: "Save marking" }).click();
  await expect(claimForm.getByText("Marking saved.")).toBeVisible();
  await expect(page.getByTestId("marking-badge")).toHaveText("SECRET");
  expect((await db.claim.findUniqueOrThrow({ where: { id: cost.id } })).marking).toBe("SECRET");

  // The brief page tells before the export, and offers to withhold the claim.
  await page.goto(`/projects/${project.id}/briefs/${brief.id}`);
  const refusal = "This brief cites 1 claim marked SECRET; mark the brief SECRET, or export with that claim withheld.";
  await expect(page.getByTestId("marking-refusal")).toHaveText(refusal);
  await expect(page.getByText("Marking: the brief is unmarked but cites SECRET claims.")).toBeVisible();
  const withheld = await exported(page, "md", "Export with 1 claim withheld");
  expect(withheld).toContain("Japanese aid to Laos has not stopped since 1958.");
  expect(withheld).toContain("The railway: \\[withheld\\][^2]");
  expect(withheld).not.toContain("US$5.9 billion");
  expect(withheld).not.toContain("The rail loan, annotated");
  const [activity] = await db.activity.findMany({ where: { objectId: brief.id, action: "brief.export" } });
  expect(activity?.after).toMatchObject({ format: "md", redacted: [cost.id] });

  // Marked SECRET, the brief exports whole, with its marking on the page.
  const briefForm = page.getByRole("form", { name: "Marking of the brief" });
  await briefForm.getByRole("combobox", { name: "Marking" }).selectOption("SECRET");
  await briefForm.getByRole("button", { name: "Set marking" }).click();
  await expect(page.getByTestId("marking-refusal")).toHaveCount(0);
  await expect(page.getByRole("button", { name: /withheld/ })).toHaveCount(0);
  expect((await db.brief.findUniqueOrThrow({ where: { id: brief.id } })).marking).toBe("SECRET");
  const html = await exported(page, "html", "Export");
  expect(html).toContain('<div class="marking marking-top" role="note" aria-label="Handling marking">SECRET</div>');
  expect(html).toContain('<div class="marking marking-bottom" role="note" aria-label="Handling marking">SECRET</div>');
  expect(html).toContain("The railway to China cost Laos about US$5.9 billion.");
});

test("an owner sets the marking new briefs take in settings, and a source's marking in its details", async ({ signedInPage: page, user }) => {
  const project = await makeProject(user, { name: `Marking settings ${Date.now()}` });
  const rail = await makeSource(project, user, { text: RAIL, title: "The rail loan, annotated" });

  await page.goto(`/projects/${project.id}/settings`);
  await page.getByRole("combobox", { name: "Marking of new briefs" }).selectOption("OFFICIAL-SENSITIVE");
  await page.getByRole("button", { name: "Save marking" }).click();
  await expect(page.getByText("Marking saved.")).toBeVisible();
  expect((await db.project.findUniqueOrThrow({ where: { id: project.id } })).marking).toBe("OFFICIAL-SENSITIVE");
  const brief = await createBrief({ userId: user.id, projectId: project.id, input: { title: "Rail debt" } });
  expect((await db.brief.findUniqueOrThrow({ where: { id: brief.id } })).marking).toBe("OFFICIAL-SENSITIVE");

  await page.goto(`/projects/${project.id}/sources/${rail.id}`);
  await page.getByText("Edit details").click();
  await page.getByRole("combobox", { name: "Marking" }).selectOption("SECRET");
  await page.getByRole("button", { name: "Save details" }).click();
  await expect(page.getByText("Details saved.")).toBeVisible();
  await expect(page.getByTestId("marking-badge").first()).toHaveText("SECRET");
  expect((await db.source.findUniqueOrThrow({ where: { id: rail.id } })).marking).toBe("SECRET");
});

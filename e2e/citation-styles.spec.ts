import fs from "node:fs";
import { createBrief } from "@/lib/briefs/create-brief";
import { claimToken } from "@/lib/briefs/claim-references";
import { saveBrief } from "@/lib/briefs/save-brief";
import { createClaim } from "@/lib/claims/create-claim";
import { db } from "@/lib/db";
import { makeProject, makeSource } from "@/lib/factories";
import { expect, test } from "./fixtures";

const TEXT = "Japan has been the largest bilateral donor to Laos for decades, according to JICA's annual report.";

test("an owner sets the project's citation style; the brief previews and exports in it", async ({ signedInPage: page, user }) => {
  const project = await makeProject(user);
  const source = await makeSource(project, user, { text: TEXT, title: "Beyond the Donor's Chair", url: "https://example.org/donor", kind: "REPORT" });
  await db.source.update({ where: { id: source.id }, data: { authors: ["Kanya Rattanakosin"], publisher: "Institute of Asian Studies", publishedOn: new Date("2025-03-12T00:00:00Z") } });
  const claim = await createClaim({ userId: user.id, projectId: project.id, input: { sourceId: source.id, start: 0, end: 62, paraphrase: "Japan has long been Laos's largest donor." } });
  const brief = await createBrief({ userId: user.id, projectId: project.id, input: { title: "Aid to Laos" } });
  await saveBrief({ userId: user.id, projectId: project.id, briefId: brief.id, input: { baseVersion: 1, body: `## Aid\n\n${claimToken(claim.id)}` } });

  await page.goto(`/projects/${project.id}/settings`);
  await page.getByRole("combobox", { name: "Citation style" }).selectOption({ label: "APA, 7th ed." });
  await page.getByRole("button", { name: "Save citation style" }).click();
  await expect(page.getByText("Citation style saved.")).toBeVisible();
  await expect.poll(async () => (await db.project.findUniqueOrThrow({ where: { id: project.id } })).citationStyle).toBe("apa");

  await page.goto(`/projects/${project.id}/briefs/${brief.id}`);
  await expect(page.getByText("(Rattanakosin, 2025)").first()).toBeVisible();
  await expect(page.getByRole("combobox", { name: "Citation style" })).toHaveValue("apa");
  await page.getByLabel("Format").selectOption("md");
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Export", exact: true }).click()]);
  const markdown = fs.readFileSync((await download.path())!, "utf8");
  expect(markdown).toContain("Japan has long been Laos's largest donor (Rattanakosin, 2025).");
  expect(markdown).toContain("## References\n\n- Rattanakosin, K. (2025). *Beyond the Donor’s Chair*. Institute of Asian Studies. https://example.org/donor");
});

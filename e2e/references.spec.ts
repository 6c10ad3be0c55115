import { db } from "@/lib/db";
import { makeProject } from "@/lib/factories";
import { BIBTEX } from "@/lib/sources/references/fixtures";
import { expect, test } from "./fixtures";

test("import a BibTeX library on the Sources tab: each reference is listed as reference only, and a file can be attached", async ({ signedInPage: page, user }) => {
  const project = await makeProject(user, { name: `References ${Date.now()}` });

  await page.goto(`/projects/${project.id}/sources`);
  await page.getByText("Import references (Zotero, BibTeX, RIS)").click();
  await page.getByLabel("Reference library").setInputFiles({ name: "library.bib", mimeType: "application/x-bibtex", buffer: Buffer.from(BIBTEX) });
  await page.getByRole("button", { name: "Import references" }).click();
  await expect(page.locator('[data-form-message="success"]')).toHaveText("Imported 2 reference-only sources.");

  const list = page.getByTestId("source-list");
  const row = list.getByRole("row").filter({ hasText: "Asian Development Outlook April 2024" });
  await expect(row).toContainText("Reference only");
  await expect(list.getByRole("row").filter({ hasText: "The Rise of a Meme" })).toContainText("Reference only");
  expect(await db.source.count({ where: { projectId: project.id, referenceOnly: true } })).toBe(2);

  // The same file again creates nothing, and says why.
  await page.getByLabel("Reference library").setInputFiles({ name: "library.bib", mimeType: "application/x-bibtex", buffer: Buffer.from(BIBTEX) });
  await page.getByRole("button", { name: "Import references" }).click();
  await expect(page.locator('[data-form-message="success"]')).toHaveText("Imported 0 reference-only sources; skipped 2.");
  await expect(page.getByTestId("references-skipped")).toContainText("already has a source with the DOI 10.1080/23792949.2019.1689828");

  // Its page shows what the reference says; attaching its text makes it a source to read.
  await row.getByRole("link", { name: "Asian Development Outlook April 2024" }).click();
  await expect(page.getByTestId("reference-details")).toContainText("Manila");
  await page.getByLabel("or paste its text").fill("Asian Development Outlook April 2024\n\nGrowth in developing Asia is forecast at 4.9% in 2024.");
  await page.getByRole("button", { name: "Attach" }).click();
  await expect(page.getByTestId("source-text")).toContainText("Growth in developing Asia is forecast at 4.9% in 2024.");
  const attached = await db.source.findFirstOrThrow({ where: { projectId: project.id, title: "Asian Development Outlook April 2024" } });
  expect(attached).toMatchObject({ referenceOnly: false, version: 1 });
});

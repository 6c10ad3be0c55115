import { createClaim } from "@/lib/claims/create-claim";
import { db } from "@/lib/db";
import { makeProject, makeSource } from "@/lib/factories";
import { expect, test } from "./fixtures";

test("a long source is read in parts, each with its notes and claims, and the panel leads to the part holding a claim", async ({ signedInPage: page, user }) => {
  const project = await makeProject(user, { name: `Long ${Date.now()}` });
  const paragraph = (i: number) => `Paragraph ${i} on Mekong connectivity. ${"The corridor carries freight and passengers. ".repeat(110)}`;
  const paragraphs = Array.from({ length: 14 }, (_, i) => paragraph(i + 1));
  paragraphs[0] += "The first part cites a note.¹";
  paragraphs[13] = `The last paragraph makes the final point about the railway.² ${paragraphs[13]}`;
  const text = `# A long report\n\n${paragraphs.join("\n\n")}\n\n## Notes\n\n1. JICA, “First note”, 2024, https://www.jica.go.jp/one\n2. World Bank, “Second note”, 2025, https://www.worldbank.org/two\n`;
  const source = await makeSource(project, user, { text });
  const body = (await db.source.findUniqueOrThrow({ where: { id: source.id } })).body;
  const words = "The last paragraph makes the final point about the railway.";
  const start = body.indexOf(words);
  await createClaim({ userId: user.id, projectId: project.id, input: { sourceId: source.id, start, end: start + words.length, paraphrase: "The railway is the final point." } });

  await page.goto(`/projects/${project.id}/sources/${source.id}`);
  const parts = page.getByRole("navigation", { name: "Parts of this source" }).first();
  await expect(parts).toContainText("Part 1 of 3");
  await expect(page.getByTestId("source-text")).toContainText("Paragraph 1 on Mekong connectivity.");
  await expect(page.getByTestId("source-text")).not.toContainText("Paragraph 14 on Mekong connectivity.");
  await expect(page.getByTestId("notes-list")).toContainText("First note");
  await expect(page.getByTestId("notes-list")).not.toContainText("Second note");

  // The panel lists this part's claims and counts the others by part.
  await expect(page.getByRole("heading", { name: "Claims in this part (0)" })).toBeVisible();
  await page.getByRole("navigation", { name: "Claims in other parts" }).getByRole("link", { name: "Part 3 (1)" }).click();
  await expect(page).toHaveURL(/part=2/);
  await page.getByTestId("claim-list").getByRole("button", { name: /The railway is the final point/ }).click();
  await expect(page.locator("mark[data-claims]")).toHaveText(words);
  await expect(page.getByTestId("notes-list")).toContainText("Second note");
});

import { db } from "@/lib/db";
import { makeProject, makeSource } from "@/lib/factories";
import fs from "node:fs";
import path from "node:path";
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";

const demo = fs.readFileSync(path.resolve(import.meta.dirname, "../lib/demo/laos-japan-commentary.md"), "utf8");

/** Selects a phrase of the reader's text the way a mouse drag does: a DOM range over the words. */
async function selectPhrase(page: Page, phrase: string) {
  await page.getByTestId("source-text").evaluate((root, words) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent?.indexOf(words) ?? -1;
      if (at >= 0 && node.parentElement?.closest("[data-o]")) {
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + words.length);
        const selection = window.getSelection()!;
        selection.removeAllRanges();
        selection.addRange(range);
        return;
      }
    }
    throw new Error(`phrase not found: ${words}`);
  }, phrase);
}

test("select words, make a claim with two themes, see its highlight, find it on the board", async ({ signedInPage: page, user }) => {
  const project = await makeProject(user, { name: `Claims ${Date.now()}` });
  const source = await makeSource(project, user, { text: demo, kind: "COMMENTARY" });
  await page.goto(`/projects/${project.id}/sources/${source.id}`);

  // The whole sentence, so the footnote right after it (⁵) is offered as the claim's citation.
  const phrase =
    "China is Laos's largest foreign investor, a position Lao officials have confirmed for years, including Sonexay himself when he held the planning and investment portfolio in 2021.";
  await selectPhrase(page, phrase);
  await page.getByRole("button", { name: "Claim", exact: true }).click();
  await expect(page.getByTestId("new-claim-quote")).toHaveText(phrase);
  await expect(page.getByLabel("Claim, in your words")).toHaveValue(phrase);

  // An empty paraphrase is refused in the form.
  await page.getByLabel("Claim, in your words").fill("");
  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(page.locator('[data-field-error="paraphrase"]')).toHaveText("Write the claim in your words.");

  await page.getByLabel("Claim, in your words").fill("China is the largest investor in Laos.");
  await page.getByLabel("Filter themes").fill("china");
  await page.getByRole("checkbox", { name: "China balancing" }).check();
  await page.getByLabel("Filter themes").fill("trade");
  await page.getByRole("checkbox", { name: "Trade & investment" }).check();
  await page.getByLabel("Credibility (Admiralty)").selectOption("2");
  await page.getByRole("button", { name: "Submit for review" }).click();

  const highlight = page.locator("mark[data-claims]");
  await expect(highlight).toHaveCount(1);
  await expect(highlight).toHaveText(phrase);
  await expect(page.getByTestId("claim-list")).toContainText("China is the largest investor in Laos.");

  const claim = await db.claim.findFirstOrThrow({
    where: { sourceId: source.id },
    include: { themes: { include: { theme: true }, orderBy: { position: "asc" } }, citations: { include: { citation: true } } },
  });
  expect(claim).toMatchObject({ exact: phrase, status: "IN_REVIEW", credibility: 2, authorId: user.id });
  expect(claim.themes.map((t) => t.theme.name)).toEqual(["China balancing", "Trade & investment"]);
  expect(claim.citations.map((c) => c.citation.label)).toEqual(["5"]);

  // Clicking the highlight opens the claim in the side panel.
  await highlight.click();
  await expect(page.getByTestId("claim-detail")).toContainText("In review");

  await page.getByRole("link", { name: "claims", exact: true }).click();
  await expect(page).toHaveURL(/\/claims$/);
  await page.getByRole("combobox", { name: "Theme", exact: true }).selectOption({ label: "China balancing" });
  await page.getByRole("button", { name: "Apply" }).first().click();
  await expect(page).toHaveURL(/theme=/);
  await expect(page.getByTestId("claim-board")).toContainText("China is the largest investor in Laos.");
  await page.getByRole("combobox", { name: "Theme", exact: true }).selectOption({ label: "Energy" });
  await page.getByRole("button", { name: "Apply" }).first().click();
  await expect(page.getByText("No claim matches these filters")).toBeVisible();
});

test("keyboard: shift and the arrow keys select words for a claim", async ({ signedInPage: page, user }) => {
  const project = await makeProject(user, { name: `Keys ${Date.now()}` });
  const source = await makeSource(project, user, { text: "# Keys\n\nJapan has given aid to Laos since 1958, and it still does." });
  await page.goto(`/projects/${project.id}/sources/${source.id}`);
  const text = page.getByRole("document", { name: /Source text/ });
  await text.focus();
  await page.getByText("Japan has given aid").click({ position: { x: 1, y: 5 } });
  await page.keyboard.press("Home");
  for (let i = 0; i < "Japan has given aid".length; i++) await page.keyboard.press("Shift+ArrowRight");
  // Typing never changes the source's text.
  await page.keyboard.press("x");
  await expect(text).toContainText("Japan has given aid to Laos since 1958");
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("new-claim-quote")).toHaveText("Japan has given aid");
  await expect(page.getByLabel("Claim, in your words")).toBeFocused();

  // A near-duplicate of a theme in the codebook is offered before one is created.
  await page.getByLabel("Filter themes").fill("development assistance");
  await expect(page.getByTestId("similar-themes")).toContainText("Already in the codebook:");
  await expect(page.getByRole("button", { name: "Create a new theme “development assistance” anyway" })).toBeVisible();
  await page.getByRole("button", { name: "Use “Development assistance (ODA)”" }).click();
  await expect(page.getByRole("checkbox", { name: "Development assistance (ODA)" })).toBeChecked();

  // A theme the codebook lacks is created inline and ticked.
  await page.getByLabel("Filter themes").fill("Aid history");
  await page.getByRole("button", { name: "Create theme “Aid history”" }).click();
  await expect(page.getByRole("checkbox", { name: "Aid history" })).toBeChecked();
  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(page.locator("mark[data-claims]")).toHaveText("Japan has given aid");
  const claim = await db.claim.findFirstOrThrow({ where: { sourceId: source.id }, include: { themes: { include: { theme: true } } } });
  expect(claim).toMatchObject({ exact: "Japan has given aid", status: "DRAFT" });
  expect(claim.themes.map((t) => t.theme.name).sort()).toEqual(["Aid history", "Development assistance (ODA)"]);
});

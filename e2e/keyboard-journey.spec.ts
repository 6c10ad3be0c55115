import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Locator, Page } from "@playwright/test";
import { db } from "@/lib/db";
import { makeMember, makeProject, makeUser } from "@/lib/factories";
import { expect, test } from "./fixtures";

/**
 * The whole journey without a mouse: an analyst signs in, imports a source,
 * makes a claim and submits it; a reviewer verifies it from the Reviews
 * page; the analyst writes a brief citing it and exports it. Every control
 * is reached with Tab (and shift+Tab) and worked with the keys a keyboard
 * user has; nothing is clicked.
 */
const COMMENTARY = `# Grant aid and the Wattay terminal

By Noy Inthavong — 2 March 2025

Japan pledged a grant of up to ¥2.836 billion to expand Wattay International Airport's passenger terminal.¹ The grant never has to be repaid.

## Notes

1. Embassy of Japan in the Lao PDR, “Signing of the Grant Agreement for the Project for the Expansion of the Passenger Terminal Building of Wattay International Airport”, October 2024, https://www.la.emb-japan.go.jp/
`;
const CLAIM_WORDS = "Japan pledged a grant of up to ¥2.836 billion";

/** Presses Tab (or shift+Tab) until the target has the focus; the target must be reachable within `limit` presses. */
async function tabTo(page: Page, target: Locator, { back = false, limit = 80 } = {}): Promise<void> {
  const handle = await target.elementHandle({ timeout: 10_000 });
  for (let i = 0; i < limit; i++) {
    if (await page.evaluate((el) => el === document.activeElement, handle)) return;
    await page.keyboard.press(back ? "Shift+Tab" : "Tab");
  }
  throw new Error(`Not reached with ${back ? "shift+" : ""}Tab in ${limit} presses: ${target}`);
}

async function signIn(page: Page, user: { email: string; password: string }) {
  await page.goto("/sign-in");
  await tabTo(page, page.getByLabel("Email"));
  await page.keyboard.type(user.email);
  await page.keyboard.press("Tab");
  await expect(page.getByLabel("Password")).toBeFocused();
  await page.keyboard.type(user.password);
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("current-user")).toBeVisible();
}

test("from sign-in to export with the keyboard alone", async ({ browser }) => {
  test.slow();
  const [analyst, reviewer] = await Promise.all([makeUser({ name: "Noy Inthavong" }), makeUser({ name: "Ben Kato" })]);
  const project = await makeProject(analyst, { name: `Keyboard journey ${Date.now()}` });
  await makeMember(project, analyst, reviewer, "REVIEWER");
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "claimwork-keys-")), "wattay.md");
  fs.writeFileSync(file, COMMENTARY);

  // The analyst signs in and opens the project.
  const page = await (await browser.newContext({ acceptDownloads: true })).newPage();
  await signIn(page, analyst);
  await tabTo(page, page.getByRole("link", { name: project.name }));
  await page.keyboard.press("Enter");
  await page.waitForURL(/\/sources$/);

  // Imports the commentary: the file input opens its chooser from the keyboard.
  await tabTo(page, page.getByRole("link", { name: "Import a source" }));
  await page.keyboard.press("Enter");
  await tabTo(page, page.getByLabel("File"));
  const chooser = page.waitForEvent("filechooser");
  await page.keyboard.press("Space");
  await (await chooser).setFiles(file);
  await tabTo(page, page.getByRole("radio", { name: "Not graded yet" }));
  // Arrow keys move through a radio group: B is two down from "Not graded yet".
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("ArrowDown");
  await expect(page.getByRole("radio", { name: "B — Usually reliable" })).toBeChecked();
  await tabTo(page, page.getByRole("button", { name: "Import source" }));
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1, name: "Grant aid and the Wattay terminal" })).toBeVisible();

  // Makes a claim: shift+arrows select the words, Enter opens the form beside them.
  const text = page.getByRole("document", { name: /Source text/ });
  await tabTo(page, text);
  await page.keyboard.press("Control+Home");
  for (let i = 0; i < CLAIM_WORDS.length; i++) await page.keyboard.press("Shift+ArrowRight");
  await page.keyboard.press("Enter");
  const dialog = page.getByRole("dialog", { name: "New claim" });
  await expect(dialog.getByTestId("new-claim-quote")).toHaveText(CLAIM_WORDS);
  const paraphrase = dialog.getByLabel("Claim, in your words");
  await expect(paraphrase).toBeFocused();
  await page.keyboard.press("Control+A");
  await page.keyboard.type("Japan granted up to ¥2.836 billion for the Wattay terminal.");
  await expect(dialog.getByRole("checkbox", { name: /^1 Embassy of Japan/ })).toBeChecked();
  await tabTo(page, dialog.getByRole("button", { name: "Submit for review" }));
  await page.keyboard.press("Enter");
  await expect(dialog).toBeHidden();
  await expect.poll(async () => (await db.claim.findFirst({ where: { projectId: project.id } }))?.status).toBe("IN_REVIEW");

  // The reviewer verifies it from the Reviews page: v, the rationale, Ctrl+Enter.
  const reviewerPage = await (await browser.newContext()).newPage();
  await signIn(reviewerPage, reviewer);
  await tabTo(reviewerPage, reviewerPage.getByRole("link", { name: project.name }));
  await reviewerPage.keyboard.press("Enter");
  await reviewerPage.waitForURL(/\/sources$/);
  await tabTo(reviewerPage, reviewerPage.getByRole("link", { name: /^reviews/i }));
  await reviewerPage.keyboard.press("Enter");
  await expect(reviewerPage.locator("#triage-claim-heading")).toContainText("Wattay terminal");
  await reviewerPage.keyboard.press("v");
  await reviewerPage.keyboard.type("Matches the embassy's announcement of the grant agreement.");
  await reviewerPage.keyboard.press("Control+Enter");
  await expect(reviewerPage.getByText("All caught up")).toBeVisible();
  await expect.poll(async () => (await db.claim.findFirstOrThrow({ where: { projectId: project.id } })).status).toBe("VERIFIED");

  // The analyst writes a brief citing the claim and exports it.
  await page.keyboard.press("Escape");
  await tabTo(page, page.getByRole("link", { name: /^briefs/i }), { back: true });
  await page.keyboard.press("Enter");
  await page.waitForURL(/\/briefs$/);
  await tabTo(page, page.getByLabel("Title"));
  await page.keyboard.type("Wattay: what a grant buys");
  await page.keyboard.press("Enter");
  await expect(page.locator("#brief-heading")).toHaveText("Wattay: what a grant buys");
  // In the editor, /claim and a word find the claim; Enter cites it at the caret.
  const editor = page.getByRole("textbox", { name: "Brief text" });
  await tabTo(page, editor);
  await page.keyboard.type("The airport grant is the model to follow. /claim Wattay");
  const menu = page.getByRole("listbox", { name: "Claims matching the slash command" });
  await expect(menu.getByRole("option").first()).toContainText("Wattay terminal");
  await page.keyboard.press("Enter");
  const claim = await db.claim.findFirstOrThrow({ where: { projectId: project.id }, select: { id: true } });
  await expect(editor.locator(`[data-claim-chip="${claim.id}"]`)).toBeVisible();
  await expect(page.locator("[data-save-state]")).toHaveAttribute("data-save-state", "saved", { timeout: 10_000 });
  await expect.poll(async () => (await db.brief.findFirstOrThrow({ where: { projectId: project.id } })).body).toContain(`[[claim:${claim.id}]]`);

  // Exports it as Markdown: a letter picks the format in the closed select, the citation style and the notes stay
  // as they are, Space ticks the appendix and the Sources annex.
  await tabTo(page, page.getByLabel("Format"));
  await page.keyboard.press("m");
  await expect(page.getByLabel("Format")).toHaveValue("md");
  await page.keyboard.press("Tab");
  await expect(page.getByLabel("Citation style")).toBeFocused();
  await page.keyboard.press("Tab");
  await page.keyboard.press("Tab");
  await page.keyboard.press("Space");
  await expect(page.getByLabel("Appendix of claims used")).toBeChecked();
  await page.keyboard.press("Tab");
  await page.keyboard.press("Space");
  await expect(page.getByLabel("Sources annex (ICD 206)")).toBeChecked();
  await page.keyboard.press("Tab");
  await expect(page.getByRole("button", { name: "Export" })).toBeFocused();
  const download = page.waitForEvent("download");
  await page.keyboard.press("Enter");
  const exported = await download;
  expect(exported.suggestedFilename()).toMatch(/\.md$/);
  const markdown = fs.readFileSync((await exported.path())!, "utf8");
  expect(markdown).toContain("The airport grant is the model to follow.");
  expect(markdown).toContain("Embassy of Japan in the Lao PDR");
  expect(markdown).toContain("## Sources\n\nThis brief rests on 1 source from 1 independent origin.");
});

import fs from "node:fs";
import path from "node:path";
import type { Browser, Download, Page } from "@playwright/test";
import { extractText, getDocumentProxy } from "unpdf";
import { createClaim } from "@/lib/claims/create-claim";
import { db } from "@/lib/db";
import { makeMember, makeProject, makeSource, makeUser } from "@/lib/factories";
import { reviewClaim } from "@/lib/reviews/review-claim";
import { readZipEntries } from "@/lib/sources/extract/inspect-zip";
import { expect, signInAs, test } from "./fixtures";

const demo = fs.readFileSync(path.resolve(import.meta.dirname, "../lib/demo/laos-japan-commentary.md"), "utf8");

async function pageFor(browser: Browser, user: { email: string; password: string }): Promise<Page> {
  const page = await (await browser.newContext({ acceptDownloads: true })).newPage();
  await signInAs(page, user);
  return page;
}

/** Replaces the brief's text with paragraphs typed into the rich editor. */
async function typeBrief(page: Page, text: string) {
  await page.getByRole("textbox", { name: "Brief text" }).focus();
  await page.keyboard.press("ControlOrMeta+a");
  await page.keyboard.press("Backspace");
  for (const [i, paragraph] of text.split("\n\n").entries()) {
    if (i > 0) await page.keyboard.press("Enter");
    await page.keyboard.type(paragraph);
  }
}

async function download(page: Page, format: string): Promise<{ download: Download; bytes: Buffer }> {
  await page.getByLabel("Format").selectOption(format);
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Export", exact: true }).click()]);
  return { download, bytes: fs.readFileSync((await download.path())!) };
}

test("write a brief from three claims of the demo source, approve it as the reviewer, download it as DOCX and PDF", async ({ browser }) => {
  const analyst = await makeUser({ name: "Mai Analyst" });
  const reviewer = await makeUser({ name: "Kenji Reviewer" });
  const project = await makeProject(analyst, { name: `Briefs ${Date.now()}` });
  await makeMember(project, analyst, reviewer, "REVIEWER");
  const source = await makeSource(project, analyst, { text: demo, kind: "COMMENTARY" });
  const body = (await db.source.findUniqueOrThrow({ where: { id: source.id } })).body;
  const claims = [
    ["China is Laos's largest foreign investor", "China is the largest foreign investor in Laos."],
    ["Comprehensive Strategic Partnership", "Laos and Japan now call their ties a Comprehensive Strategic Partnership."],
    ["1958", "Japanese aid to Laos dates back to 1958."],
  ] as const;
  for (const [words, paraphrase] of claims) {
    const start = body.indexOf(words);
    expect(start, words).toBeGreaterThanOrEqual(0);
    const claim = await createClaim({ userId: analyst.id, projectId: project.id, input: { sourceId: source.id, start, end: start + words.length, paraphrase, submit: true } });
    await reviewClaim({ userId: reviewer.id, projectId: project.id, claimId: claim.id, input: { verdict: "VERIFIED", rationale: "Matches the cited source." } });
  }

  const page = await pageFor(browser, analyst);
  await page.goto(`/projects/${project.id}/briefs`);
  await page.getByLabel("Title").fill("Laos and Japan: what the partnership adds");
  await page.getByLabel("Intended audience").fill("Ministry desk officers");
  await page.getByRole("button", { name: "Create brief" }).click();
  await expect(page.locator("#brief-heading")).toHaveText("Laos and Japan: what the partnership adds");

  const editor = page.getByRole("textbox", { name: "Brief text" });
  await editor.click();
  await page.keyboard.type("## Key judgements");
  await page.keyboard.press("Enter");
  for (const [, paraphrase] of claims) {
    await editor.press("End");
    await page.getByRole("button", { name: `Insert “${paraphrase.slice(0, 60)}”` }).click();
    await editor.press("End");
    await editor.pressSequentially(" ");
  }
  await expect(editor.locator("[data-claim-chip]")).toHaveCount(3);
  await expect(page.locator("[data-save-state]")).toHaveAttribute("data-save-state", "saved", { timeout: 10_000 });
  const { body: stored } = await db.brief.findFirstOrThrow({ where: { projectId: project.id }, select: { body: true } });
  expect(stored).toMatch(/^## Key judgements\n\n\[\[claim:[^\]]+\]\][\s\S]*\[\[claim:[^\]]+\]\][\s\S]*\[\[claim:[^\]]+\]\]/);

  // The preview renders each claim with a numbered footnote citing the demo source.
  const preview = page.getByRole("region", { name: "Preview" });
  for (const [, paraphrase] of claims) await expect(preview).toContainText(paraphrase);
  await expect(preview.getByRole("region", { name: "Bibliography" })).toContainText("Beyond the Donor");

  await page.reload();
  await page.getByRole("button", { name: "Submit for review" }).click();
  await expect(page.getByTestId("brief-status")).toHaveText("In review");
  // Four eyes: the author cannot approve their own brief.
  await expect(page.getByRole("button", { name: "Approve" })).toHaveCount(0);

  const reviewerPage = await pageFor(browser, reviewer);
  await reviewerPage.goto(`/projects/${project.id}/briefs`);
  await reviewerPage.getByRole("link", { name: "Laos and Japan: what the partnership adds" }).click();
  await reviewerPage.getByRole("button", { name: "Approve" }).click();
  await expect(reviewerPage.getByTestId("brief-status")).toHaveText("Approved");

  const docx = await download(reviewerPage, "docx");
  expect(docx.download.suggestedFilename()).toBe("laos-and-japan-what-the-partnership-adds.docx");
  const parts = await readZipEntries(new Uint8Array(docx.bytes), () => true, (name) => name.endsWith(".xml"));
  const footnotes = parts.get("word/footnotes.xml")?.toString("utf8") ?? "";
  expect(footnotes).toContain("Beyond the Donor");
  expect(parts.get("word/document.xml")?.toString("utf8")).toContain("w:footnoteReference");

  const pdf = await download(reviewerPage, "pdf");
  expect(pdf.download.suggestedFilename()).toBe("laos-and-japan-what-the-partnership-adds.pdf");
  const { text } = await extractText(await getDocumentProxy(new Uint8Array(pdf.bytes)), { mergePages: true });
  for (const [, paraphrase] of claims) expect(text).toContain(paraphrase);
  expect(text).toContain("Page 1 of");
  expect(text).toContain("Beyond the Donor");

  await page.context().close();
  await reviewerPage.context().close();
});

test("two people editing one brief: the later save is refused with who changed it, and nothing is lost", async ({ browser }) => {
  const mai = await makeUser({ name: "Mai Editor" });
  const somchai = await makeUser({ name: "Somchai Editor" });
  const project = await makeProject(mai, { name: `Co-editing ${Date.now()}` });
  await makeMember(project, mai, somchai, "ANALYST");
  const { createBrief } = await import("@/lib/briefs/create-brief");
  const brief = await createBrief({ userId: mai.id, projectId: project.id, input: { title: "Mekong water", body: "Draft." } });

  const first = await pageFor(browser, mai);
  const second = await pageFor(browser, somchai);
  for (const page of [first, second]) await page.goto(`/projects/${project.id}/briefs/${brief.id}`);

  await typeBrief(first, "Mai's paragraph on dams.");
  await expect(first.locator("[data-save-state]")).toHaveAttribute("data-save-state", "saved", { timeout: 10_000 });
  await expect.poll(async () => (await db.brief.findUniqueOrThrow({ where: { id: brief.id } })).body).toBe("Mai's paragraph on dams.");

  // Somchai's editor still stands on the first version: his save is refused, not written over Mai's.
  await typeBrief(second, "Somchai's paragraph on fisheries.");
  await expect(second.getByRole("heading", { name: /^Changed by Mai Editor at / })).toBeVisible({ timeout: 10_000 });
  expect((await db.brief.findUniqueOrThrow({ where: { id: brief.id } })).body).toBe("Mai's paragraph on dams.");

  // He merges by hand: her text beside his, and his next save builds on her version.
  await second.getByRole("button", { name: "Merge by hand" }).click();
  await expect(second.getByLabel("Their version")).toHaveValue("Mai's paragraph on dams.");
  await typeBrief(second, "Mai's paragraph on dams.\n\nSomchai's paragraph on fisheries.");
  await expect(second.locator("[data-save-state]")).toHaveAttribute("data-save-state", "saved", { timeout: 10_000 });
  await expect
    .poll(async () => (await db.brief.findUniqueOrThrow({ where: { id: brief.id } })).body)
    .toBe("Mai's paragraph on dams.\n\nSomchai's paragraph on fisheries.");

  await first.context().close();
  await second.context().close();
});

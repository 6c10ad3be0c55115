import fs from "node:fs";
import path from "node:path";
import type { Browser, Locator, Page } from "@playwright/test";
import { createBrief } from "@/lib/briefs/create-brief";
import { createClaim } from "@/lib/claims/create-claim";
import { db } from "@/lib/db";
import { makeMember, makeProject, makeSource, makeUser } from "@/lib/factories";
import { reviewClaim } from "@/lib/reviews/review-claim";
import { submitBrief } from "@/lib/briefs/submit-brief";
import { seriousViolations } from "./axe";
import { expect, signInAs, test } from "./fixtures";

const demo = fs.readFileSync(path.resolve(import.meta.dirname, "../lib/demo/laos-japan-commentary.md"), "utf8");

/** A brief long enough that its top and its end are never on one screen. */
const LONG_TAIL = Array.from({ length: 60 }, (_, i) => `Background paragraph ${i + 1} on the Mekong, dams and fisheries.`).join("\n\n");

async function pageFor(browser: Browser, user: { email: string; password: string }): Promise<Page> {
  const page = await (await browser.newContext({ acceptDownloads: true })).newPage();
  await signInAs(page, user);
  return page;
}

/** An analyst, a reviewer, the demo source, and claims on it: the first verified and citing the source's note 5, the second left in review. */
async function projectWithClaims() {
  const analyst = await makeUser({ name: "Mai Analyst" });
  const reviewer = await makeUser({ name: "Kenji Reviewer" });
  const project = await makeProject(analyst, { name: `Rich editor ${Date.now()}` });
  await makeMember(project, analyst, reviewer, "REVIEWER");
  const source = await makeSource(project, analyst, { text: demo, kind: "COMMENTARY" });
  const body = (await db.source.findUniqueOrThrow({ where: { id: source.id } })).body;
  const note = await db.citation.findFirstOrThrow({ where: { sourceId: source.id, label: "5" } });
  const claimOn = async (words: string, paraphrase: string, citationIds: string[] = []) => {
    const start = body.indexOf(words);
    expect(start, words).toBeGreaterThanOrEqual(0);
    return createClaim({ userId: analyst.id, projectId: project.id, input: { sourceId: source.id, start, end: start + words.length, paraphrase, submit: true, citationIds } });
  };
  const verified = await claimOn("China is Laos's largest foreign investor", "China is the largest foreign investor in Laos.", [note.id]);
  await reviewClaim({ userId: reviewer.id, projectId: project.id, claimId: verified.id, input: { verdict: "VERIFIED", rationale: "Matches the cited source." } });
  const inReview = await claimOn("1958", "Japanese aid to Laos dates back to 1958.");
  return { analyst, reviewer, project, source, verified, inReview };
}

const editorOf = (page: Page) => page.getByRole("textbox", { name: "Brief text" });
const storedBody = async (briefId: string) => (await db.brief.findUniqueOrThrow({ where: { id: briefId } })).body;
const saved = (page: Page) => expect(page.locator("[data-save-state]")).toHaveAttribute("data-save-state", "saved", { timeout: 10_000 });

async function expectInViewport(page: Page, box: Locator) {
  const rect = (await box.boundingBox())!;
  const viewport = page.viewportSize()!;
  expect(rect.y).toBeGreaterThanOrEqual(0);
  expect(rect.x).toBeGreaterThanOrEqual(0);
  expect(rect.y + rect.height).toBeLessThanOrEqual(viewport.height);
  expect(rect.x + rect.width).toBeLessThanOrEqual(viewport.width);
  return rect;
}

test("write a brief in the rich editor: Markdown shortcuts, a table, a note, a link, and a claim from /claim at the caret", async ({ browser }) => {
  // Much typing, into a long brief, on a machine that also builds and serves the app.
  test.setTimeout(90_000);
  const { analyst, project, verified } = await projectWithClaims();
  const brief = await createBrief({ userId: analyst.id, projectId: project.id, input: { title: "Laos between its partners", body: LONG_TAIL } });
  const page = await pageFor(browser, analyst);
  await page.goto(`/projects/${project.id}/briefs/${brief.id}`);
  const editor = editorOf(page);

  // At the top of the long brief: a heading typed as Markdown, then a sentence citing a claim through the slash menu.
  // Focus, not a click: a click puts the caret where it lands, after any key pressed at once.
  await editor.focus();
  // ProseMirror learns of a caret the browser moves (Home, the arrows) from the next selectionchange event, and
  // ignores one that comes right after its own update: keys pressed in the same millisecond, as only a script
  // presses them, would act where the caret was before. A person's pace is kept here.
  await page.keyboard.press("ControlOrMeta+Home");
  await page.waitForTimeout(100);
  await page.keyboard.press("Enter");
  await page.waitForTimeout(100);
  await page.keyboard.press("ControlOrMeta+Home");
  await page.waitForTimeout(100);
  await page.keyboard.type("## Key judgements");
  await page.keyboard.press("Enter");
  await page.keyboard.type("Laos leans on its neighbour. /claim largest foreign");
  const menu = page.getByRole("listbox", { name: "Claims matching the slash command" });
  await expect(menu.getByRole("option", { name: /China is the largest foreign investor in Laos/ })).toBeVisible();
  const rect = await expectInViewport(page, menu);
  const caret = await page.evaluate(() => {
    const r = window.getSelection()!.getRangeAt(0).getBoundingClientRect();
    return { top: r.top, bottom: r.bottom, left: r.left };
  });
  // Right under the caret (or right over it), starting where the caret is.
  expect(Math.min(Math.abs(rect.y - caret.bottom), Math.abs(rect.y + rect.height - caret.top))).toBeLessThan(12);
  expect(Math.abs(rect.x - caret.left)).toBeLessThan(24);
  await expect(editor).toHaveAttribute("aria-activedescendant", /option-0$/);
  expect(await seriousViolations(page)).toEqual([]);
  await page.keyboard.press("Enter");
  await expect(menu).toBeHidden();
  const chip = editor.locator(`[data-claim-chip="${verified.id}"]`);
  await expect(chip).toContainText("China is the largest foreign investor in Laos.");

  // Escape closes the menu and leaves the typed text alone.
  await page.keyboard.type(" /claim");
  await expect(menu).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(menu).toBeHidden();
  for (let i = 0; i < 7; i++) await page.keyboard.press("Backspace");

  // A link typed as Markdown, and a note of the writer's own from the toolbar: its definition opens at the end, for its text.
  await page.keyboard.type(" See [JICA's figures](https://www.jica.go.jp/)");
  await page.getByRole("button", { name: "Insert footnote" }).click();
  await page.keyboard.type("Figures from the 2024 country report.");

  // Back after the note's number: a list (one item nested) and a table with a row added.
  await editor.locator("sup[data-footnote='1']").click();
  await expect(editor.locator("sup[data-footnote='1'].ProseMirror-selectednode")).toBeVisible();
  await page.keyboard.press("ArrowRight");
  await page.keyboard.press("Enter");
  await page.keyboard.type("- Japan gives aid");
  await page.keyboard.press("Enter");
  await page.keyboard.press("Tab");
  await page.keyboard.type("since 1958");
  await page.keyboard.press("Enter");
  await page.keyboard.press("Shift+Tab");
  await page.keyboard.type("China invests");
  await page.keyboard.press("Enter");
  await page.keyboard.press("Enter");
  await page.getByRole("button", { name: "Insert table" }).click();
  // Tab moves to the next cell; the added row comes after the caret's. Each cell's words are in the
  // document before the next Tab, as a person sees them before moving on.
  const cell = (n: number) => editor.locator("table th, table td").nth(n);
  const typeCells = async (from: number, cells: string[]) => {
    for (const [i, words] of cells.entries()) {
      if (i > 0) await page.keyboard.press("Tab");
      await page.keyboard.type(words);
      await expect(cell(from + i)).toHaveText(words);
    }
  };
  await typeCells(0, ["Partner", "Role", "Japan", "Donor", "China", "Investor"]);
  await page.getByRole("button", { name: "Add row" }).click();
  await expect(editor.locator("table tr")).toHaveCount(4);
  await page.keyboard.press("Tab");
  await typeCells(6, ["Thailand", "Trade"]);

  await saved(page);
  const expected = [
    "## Key judgements",
    `Laos leans on its neighbour. [[claim:${verified.id}]] See [JICA's figures](https://www.jica.go.jp/)[^1]`,
    "- Japan gives aid\n  - since 1958\n- China invests",
    "| Partner | Role |\n| - | - |\n| Japan | Donor |\n| China | Investor |\n| Thailand | Trade |",
    "Background paragraph 60 on the Mekong, dams and fisheries.\n\n[^1]: Figures from the 2024 country report.",
  ];
  await expect.poll(() => storedBody(brief.id)).toContain(expected[4]);
  const body = await storedBody(brief.id);
  for (const part of expected) expect(body).toContain(part);
  const top = `${expected[0]}\n\n${expected[1]}\n\n${expected[2]}\n\n${expected[3]}\n\nBackground paragraph 1 `;
  expect(body.slice(0, top.length)).toBe(top);

  // The chip's card: the claim's quote, source, reviewer and the source's own note, on hover and on keyboard focus.
  const card = page.getByRole("tooltip");
  await chip.hover();
  await expect(card).toContainText("China is Laos's largest foreign investor");
  await expect(card).toContainText("Beyond the Donor");
  await expect(card).toContainText("Kenji Reviewer");
  await expect(card).toContainText("China Remains the Largest Foreign Investor in Laos");
  await page.mouse.move(0, 0);
  await expect(card).toBeHidden();
  await chip.locator("[tabindex]").focus();
  await expect(card).toContainText("Beyond the Donor");

  // After a reload the editor shows the same brief, and loading it saves nothing.
  await page.reload();
  await expect(editor.locator("h2")).toHaveText("Key judgements");
  await expect(editor.locator(`[data-claim-chip="${verified.id}"]`)).toContainText("China is the largest foreign investor in Laos.");
  await expect(editor.locator("a[href='https://www.jica.go.jp/']")).toHaveText("JICA's figures");
  await expect(editor.locator("td").filter({ hasText: "Investor" })).toBeVisible();
  await expect(editor.locator("[data-footnote-definition='1']")).toContainText("Figures from the 2024 country report.");
  expect(await storedBody(brief.id)).toBe(body);

  // The Markdown export cites the claim in a footnote.
  await page.getByLabel("Format").selectOption("md");
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Export", exact: true }).click()]);
  const exported = fs.readFileSync((await download.path())!, "utf8");
  expect(exported).toContain("China is the largest foreign investor in Laos.[^1]");
  expect(exported).toMatch(/\[\^1\]: .*Beyond the Donor/);
  expect(exported).toContain("Figures from the 2024 country report.");
  await page.context().close();
});

test("a claim dragged from the picker lands where it is dropped", async ({ browser }) => {
  const { analyst, project, verified } = await projectWithClaims();
  const brief = await createBrief({ userId: analyst.id, projectId: project.id, input: { title: "Drop", body: "First paragraph.\n\nSecond paragraph." } });
  const page = await pageFor(browser, analyst);
  await page.goto(`/projects/${project.id}/briefs/${brief.id}`);
  const editor = editorOf(page);
  const second = editor.locator("p").filter({ hasText: "Second paragraph." });
  const target = (await second.boundingBox())!;

  await page.locator(`[data-claim-choice="${verified.id}"]`).dragTo(second, { targetPosition: { x: target.width - 2, y: target.height / 2 } });
  await expect(second.locator(`[data-claim-chip="${verified.id}"]`)).toContainText("China is the largest foreign investor");
  await saved(page);
  await expect.poll(() => storedBody(brief.id)).toBe(`First paragraph.\n\nSecond paragraph.[[claim:${verified.id}]]`);
  await page.context().close();
});

test("the checklist before export follows the text as claims are added and removed, without a reload", async ({ browser }) => {
  const { analyst, project, verified, inReview } = await projectWithClaims();
  const brief = await createBrief({ userId: analyst.id, projectId: project.id, input: { title: "Checks", body: `Intro [[claim:${verified.id}]].` } });
  const page = await pageFor(browser, analyst);
  await page.goto(`/projects/${project.id}/briefs/${brief.id}`);
  const editor = editorOf(page);
  const check = (id: string) => page.locator(`[data-check="${id}"]`);
  await expect(check("claims-verified")).toHaveAttribute("data-ok", "true");

  // A claim still in review: the check turns, and turns back when the chip is deleted.
  await editor.focus();
  await page.keyboard.press("ControlOrMeta+End");
  await page.keyboard.type(" /claim 1958");
  await expect(page.getByRole("option", { name: /Japanese aid to Laos/ })).toBeVisible();
  await page.keyboard.press("Enter");
  await expect(editor.locator(`[data-claim-chip="${inReview.id}"]`)).toBeVisible();
  await expect(check("claims-verified")).toHaveAttribute("data-ok", "false");
  await expect(check("claims-verified")).toContainText("not verified yet");
  await page.keyboard.press("Backspace");
  await expect(editor.locator(`[data-claim-chip="${inReview.id}"]`)).toHaveCount(0);
  await expect(check("claims-verified")).toHaveAttribute("data-ok", "true");

  // A token typed by hand for a claim that does not exist: a missing-claim chip, and the blocking check fails.
  await page.keyboard.type("[[claim:gone404]] ");
  await expect(editor.locator('[data-claim-chip="gone404"]')).toContainText("Missing claim");
  await expect(check("claims-resolve")).toHaveAttribute("data-ok", "false");
  // (Backspace right after the token would undo the Markdown shortcut instead, leaving the token as text.)
  await page.keyboard.press("Backspace");
  await page.keyboard.press("Backspace");
  await expect(editor.locator('[data-claim-chip="gone404"]')).toHaveCount(0);
  await expect(check("claims-resolve")).toHaveAttribute("data-ok", "true");
  await saved(page);
  await expect.poll(() => storedBody(brief.id)).toMatch(new RegExp(`^Intro \\[\\[claim:${verified.id}\\]\\]\\.`));
  const body = await storedBody(brief.id);
  expect(body).not.toContain(inReview.id);
  expect(body).not.toContain("gone404");
  await page.context().close();
});

test("a viewer reads the same rich brief and cannot change it; a deleted claim shows as missing", async ({ browser }) => {
  const { analyst, project, verified } = await projectWithClaims();
  const viewer = await makeUser({ name: "Vee Viewer" });
  await makeMember(project, analyst, viewer, "VIEWER");
  const brief = await createBrief({ userId: analyst.id, projectId: project.id, input: { title: "Read", body: `## Judgement\n\nChina leads [[claim:${verified.id}]] and [[claim:deleted1]].` } });
  const page = await pageFor(browser, viewer);
  await page.goto(`/projects/${project.id}/briefs/${brief.id}`);
  const editor = editorOf(page);
  await expect(editor.locator("h2")).toHaveText("Judgement");
  await expect(editor).toHaveAttribute("contenteditable", "false");
  await expect(page.getByRole("toolbar", { name: "Editing tools" })).toHaveCount(0);
  await expect(editor.locator(`[data-claim-chip="${verified.id}"]`)).toContainText("China is the largest foreign investor");
  await expect(editor.locator('[data-claim-chip="deleted1"]')).toContainText("Missing claim");
  await editor.locator(`[data-claim-chip="${verified.id}"] [tabindex]`).hover();
  await expect(page.getByRole("tooltip")).toContainText("Beyond the Donor");
  expect(await seriousViolations(page)).toEqual([]);
  await page.context().close();
});

test("taking their version, and restoring an old one, replace what the editor shows", async ({ browser }) => {
  const mai = await makeUser({ name: "Mai Editor" });
  const somchai = await makeUser({ name: "Somchai Editor" });
  const project = await makeProject(mai, { name: `Theirs ${Date.now()}` });
  await makeMember(project, mai, somchai, "ANALYST");
  const brief = await createBrief({ userId: mai.id, projectId: project.id, input: { title: "Mekong water", body: "Draft." } });
  const first = await pageFor(browser, mai);
  const second = await pageFor(browser, somchai);
  for (const page of [first, second]) await page.goto(`/projects/${project.id}/briefs/${brief.id}`);

  await editorOf(first).focus();
  await first.keyboard.press("ControlOrMeta+End");
  await first.keyboard.type(" Mai adds dams.");
  await saved(first);
  await expect.poll(() => storedBody(brief.id)).toBe("Draft. Mai adds dams.");

  await editorOf(second).focus();
  await second.keyboard.press("ControlOrMeta+End");
  await second.keyboard.type(" Somchai adds fish.");
  await second.getByRole("button", { name: "Use their version" }).click();
  await expect(editorOf(second)).toHaveText("Draft. Mai adds dams.");
  await expect(second.locator("[data-save-state]")).toHaveAttribute("data-save-state", "saved");
  expect(await storedBody(brief.id)).toBe("Draft. Mai adds dams.");

  // Restoring the first version reloads the editor with its text.
  await second.getByRole("button", { name: "Restore" }).last().click();
  await expect(editorOf(second)).toHaveText("Draft.", { timeout: 10_000 });
  await expect.poll(() => storedBody(brief.id)).toBe("Draft.");
  await first.context().close();
  await second.context().close();
});

test("opening a brief whose Markdown is not in the editor's own form, and moving the caret in it, saves nothing", async ({ browser }) => {
  const { analyst, project, verified } = await projectWithClaims();
  // Stars for bullets, a table last (the editor keeps an empty paragraph after it once the caret moves): written back, both would change.
  const body = `# Partners\n\n* Japan [[claim:${verified.id}]]\n* Thailand\n\n| Partner | Aid |\n|:--|--:|\n| Japan | grants |`;
  const brief = await createBrief({ userId: analyst.id, projectId: project.id, input: { title: "Untouched", body } });
  await submitBrief({ userId: analyst.id, projectId: project.id, briefId: brief.id });
  const before = await db.brief.findUniqueOrThrow({ where: { id: brief.id }, select: { body: true, status: true, version: true, updatedAt: true } });
  expect(before.status).toBe("IN_REVIEW");
  const page = await pageFor(browser, analyst);
  const dialogs: string[] = [];
  page.on("dialog", (dialog) => {
    dialogs.push(dialog.type());
    void dialog.dismiss();
  });
  await page.goto(`/projects/${project.id}/briefs/${brief.id}`);
  const editor = editorOf(page);
  await expect(editor.locator(`[data-claim-chip="${verified.id}"]`)).toBeVisible();
  await editor.locator("td").filter({ hasText: "grants" }).click();
  await page.keyboard.press("ArrowRight");
  await page.keyboard.press("ControlOrMeta+End");
  // Longer than the autosave's pause: a save would have been sent by now.
  await page.waitForTimeout(2_500);
  await expect(page.locator("[data-save-state]")).toHaveAttribute("data-save-state", "saved");
  expect(await db.brief.findUniqueOrThrow({ where: { id: brief.id }, select: { body: true, status: true, version: true, updatedAt: true } })).toEqual({ ...before, body });
  // Leaving asks nothing: nothing is unsaved.
  await page.goto(`/projects/${project.id}/briefs`);
  expect(dialogs).toEqual([]);
});

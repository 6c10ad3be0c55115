import AxeBuilder from "@axe-core/playwright";
import { db } from "@/lib/db";
import { chooseSourcePart } from "@/lib/sources/read-source-view";
import { makeProject, makeSource } from "@/lib/factories";
import fs from "node:fs";
import path from "node:path";
import type { Locator, Page } from "@playwright/test";
import { expect, test } from "./fixtures";

const demo = fs.readFileSync(path.resolve(import.meta.dirname, "../lib/demo/laos-japan-commentary.md"), "utf8");

/** Sections of background before and after the commentary, so that its words sit deep in a source read in two parts. */
function longSource(): string {
  const section = (i: number) =>
    [
      `## Background ${i}`,
      `Background paragraph ${i}a. ${"The Mekong corridor carries freight and passengers between the two capitals. ".repeat(9)}`,
      `Background paragraph ${i}b. ${"Officials on both sides describe the route as a test of quality infrastructure. ".repeat(9)}`,
    ].join("\n\n");
  const [head, rest] = demo.split(/(?=## A promotion)/);
  const [sections, notes] = rest!.split(/(?=## Notes)/);
  const before = Array.from({ length: 8 }, (_, i) => section(i + 1));
  const after = Array.from({ length: 14 }, (_, i) => section(i + 9));
  return [head, ...before, sections, ...after, notes].join("\n\n");
}

async function sourceFor(user: { id: string }, text: string) {
  const project = await makeProject(user, { name: `Reader ${Date.now()}` });
  const source = await makeSource(project, user, { text, kind: "COMMENTARY" });
  const body = (await db.source.findUniqueOrThrow({ where: { id: source.id } })).body;
  return { project, source, body, url: `/projects/${project.id}/sources/${source.id}` };
}

/** Selects the body between two offsets as a finger or a script does: one DOM range over the text pieces. */
async function selectOffsets(page: Page, from: number, to: number) {
  await page.getByTestId("source-text").evaluate(
    (root, { from, to }) => {
      const range = document.createRange();
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const piece = node.parentElement?.closest<HTMLElement>("[data-o]");
        if (!piece) continue;
        const offset = Number(piece.dataset.o);
        const length = node.textContent?.length ?? 0;
        if (from >= offset && from < offset + length) range.setStart(node, from - offset);
        if (to > offset && to <= offset + length) range.setEnd(node, to - offset);
      }
      range.startContainer.parentElement?.scrollIntoView({ block: "center" });
      const selection = window.getSelection()!;
      selection.removeAllRanges();
      selection.addRange(range);
    },
    { from, to },
  );
}

/** Where a phrase of the text is on screen, line by line. */
async function phraseBoxes(page: Page, phrase: string) {
  return page.getByTestId("source-text").evaluate((root, words) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent?.indexOf(words) ?? -1;
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + words.length);
      return [...range.getClientRects()].map((r) => ({ left: r.left, right: r.right, top: r.top, bottom: r.bottom }));
    }
    throw new Error(`phrase not found: ${words}`);
  }, phrase);
}

/** Waits until the whole of the element is inside the window (it may be moving to follow the words). */
async function expectInViewport(page: Page, locator: Locator) {
  const viewport = page.viewportSize()!;
  await expect
    .poll(async () => {
      const box = await locator.boundingBox();
      if (!box) return "not on screen";
      const inside = box.x >= 0 && box.y >= 0 && box.x + box.width <= viewport.width && box.y + box.height <= viewport.height;
      return inside ? "inside" : `at ${Math.round(box.x)},${Math.round(box.y)} ${Math.round(box.width)}×${Math.round(box.height)}`;
    })
    .toBe("inside");
}

/** Waits until the element stands under or over the phrase, never on it, and the phrase is in the window. */
async function expectClearOf(page: Page, locator: Locator, phrase: string) {
  await expect
    .poll(async () => {
      const line = (await phraseBoxes(page, phrase)).at(-1)!;
      const box = (await locator.boundingBox())!;
      const clear = line.top >= 0 && (box.y >= line.bottom || box.y + box.height <= line.top);
      return clear ? "clear of the words" : `box ${Math.round(box.y)}–${Math.round(box.y + box.height)}, words ${Math.round(line.top)}–${Math.round(line.bottom)}`;
    })
    .toBe("clear of the words");
}

const deepPhrase = "Yen will not buy back a railway";

test.describe("at 1366×900", () => {
  test.use({ viewport: { width: 1366, height: 900 } });

  test("words selected deep in a long source: the Claim adder by them, the form beside them, the claim highlighted", async ({ signedInPage: page, user }) => {
    // A 40,000-character source and two accessibility scans, on a machine shared with other runs.
    test.slow();
    const { source, url } = await sourceFor(user, longSource());
    await page.goto(url);
    await page.getByText(deepPhrase).first().scrollIntoViewIfNeeded();
    const scrolled = await page.evaluate(() => window.scrollY);
    expect(scrolled).toBeGreaterThan(2000);

    // A mouse drag over the words.
    const lines = await phraseBoxes(page, deepPhrase);
    const first = lines[0]!;
    const last = lines.at(-1)!;
    await page.mouse.move(first.left + 1, (first.top + first.bottom) / 2);
    await page.mouse.down();
    await page.mouse.move(last.right - 1, (last.top + last.bottom) / 2, { steps: 8 });
    await page.mouse.up();

    const adder = page.getByRole("button", { name: "Claim", exact: true });
    await expect(adder).toBeVisible();
    await expectInViewport(page, adder);
    const adderBox = (await adder.boundingBox())!;
    expect(Math.abs(adderBox.y - last.bottom)).toBeLessThan(60);
    expect(Math.abs(adderBox.x + adderBox.width / 2 - last.right)).toBeLessThan(60);

    const around = await new AxeBuilder({ page }).include("[data-claim-adder]").include('nav[aria-label="Contents"]').analyze();
    expect(around.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => v.id)).toEqual([]);

    await adder.click();
    const dialog = page.getByRole("dialog", { name: "New claim" });
    await expect(dialog).toBeVisible();
    await expectInViewport(page, dialog);
    // Beside the words, not at the top of the page: the reader did not scroll away.
    expect(await page.evaluate(() => window.scrollY)).toBe(scrolled);
    await expect(dialog.getByTestId("new-claim-quote")).toContainText("buy back a railway");
    await expect(dialog.getByLabel("Claim, in your words")).toBeFocused();
    const axe = await new AxeBuilder({ page }).include('[role="dialog"]').analyze();
    expect(axe.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => v.id)).toEqual([]);

    // Scrolling keeps it in the window.
    await page.evaluate(() => window.scrollBy(0, 600));
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(scrolled);
    await expectInViewport(page, dialog);

    await dialog.getByLabel("Claim, in your words").fill("Japan will not compete with China's railway.");
    await dialog.getByRole("button", { name: "Save draft" }).click();
    await expect(dialog).toBeHidden();
    await expect(page.locator("mark[data-claims]")).toContainText("buy back a railway");
    const claim = await db.claim.findFirstOrThrow({ where: { sourceId: source.id } });
    expect(claim).toMatchObject({ paraphrase: "Japan will not compete with China's railway.", status: "DRAFT" });
    expect(claim.exact).toContain("buy back a railway");
  });

  test("notes are offered by sentence: the marker after the full stop, every sentence touched, no other", async ({ signedInPage: page, user }) => {
    const { source, body, url } = await sourceFor(user, demo);
    await page.goto(url);

    // ³ closes this sentence after its full stop, well past the words selected.
    const words = "Japan has been providing assistance to Laos since 1958";
    await selectOffsets(page, body.indexOf(words), body.indexOf(words) + words.length);
    await page.getByRole("button", { name: "Claim", exact: true }).click();
    const dialog = page.getByRole("dialog", { name: "New claim" });
    const note = (label: string) => dialog.getByRole("checkbox", { name: new RegExp(`^${label} `) });
    const noteLabel = (label: string) => dialog.locator("label").filter({ has: page.getByRole("checkbox", { name: new RegExp(`^${label} `) }) });
    await expect(note("3")).toBeChecked();
    await expect(note("2")).not.toBeChecked();
    await expect(note("4")).not.toBeChecked();
    // Each note reads as its number and what it cites.
    await expect(noteLabel("3")).toHaveText("3 Japan International Cooperation Agency (JICA) Lao Office, ‘Message from the Chief Representative’");
    await expect(noteLabel("1")).toHaveText(
      /^1 The Japan News \(Yomiuri Shimbun\), ‘Japan, Laos Agree to Enhance Security Cooperation; Tokyo Will Support Laotian Economy.*’ \(2025\)$/,
    );
    await dialog.getByRole("button", { name: "Cancel" }).click();
    await expect(dialog).toBeHidden();

    // From the end of the first sentence (¹) through the third (²).
    const from = body.indexOf("defence consultation");
    const to = body.indexOf("On 5 March the two") + "On 5 March".length;
    await selectOffsets(page, from, to);
    await page.getByRole("button", { name: "Claim", exact: true }).click();
    await expect(note("1")).toBeChecked();
    await expect(note("2")).toBeChecked();
    await expect(note("3")).not.toBeChecked();
    await dialog.getByLabel("Claim, in your words").fill("The upgrade came with new defence consultations, on the 70th anniversary.");
    await dialog.getByRole("button", { name: "Save draft" }).click();
    await expect(dialog).toBeHidden();
    const claim = await db.claim.findFirstOrThrow({ where: { sourceId: source.id }, include: { citations: { include: { citation: true } } } });
    expect(claim.citations.map((c) => c.citation.label).sort()).toEqual(["1", "2"]);
  });

  test("the outline lists this part's headings and the first of the other, and jumps to them", async ({ signedInPage: page, user }) => {
    const { source, url } = await sourceFor(user, longSource());
    const text = await db.sourceVersion.findFirstOrThrow({ where: { sourceId: source.id }, select: { body: true, markers: true } });
    const { parts, outline } = chooseSourcePart({ text: { body: text.body, markers: text.markers as { label: string; offset: number }[] }, isCurrentVersion: true, anchors: [] });
    expect(parts).toHaveLength(2);
    const here = outline.filter((h) => h.part === 0);
    const there = outline.filter((h) => h.part === 1);
    expect(here.length).toBeGreaterThan(4);
    expect(there.length).toBeGreaterThan(1);
    await page.goto(url);
    const contents = page.getByRole("navigation", { name: "Contents" });
    await expect(contents.getByRole("link")).toHaveText([...here, there[0]!].map((h) => h.text));
    await expect(contents).toContainText(`${there[0]!.text} · part 2`);

    await contents.getByRole("link", { name: "A promotion seventy years in the making" }).click();
    await expect(page.getByRole("heading", { name: "A promotion seventy years in the making" })).toBeInViewport();

    // The second part's first heading opens that part at it.
    const later = contents.getByRole("link", { name: there[0]!.text, exact: true });
    await expect(later).toHaveAttribute("href", new RegExp(`[?&]part=1#${there[0]!.id}$`));
    await later.click();
    await expect(page).toHaveURL(new RegExp(`part=1#${there[0]!.id}$`));
    await expect(page.getByRole("heading", { name: there[0]!.text })).toBeInViewport();
    // There, the second part's headings are all listed, and the first part by its first heading.
    await expect(page.getByRole("navigation", { name: "Contents" }).getByRole("link")).toHaveText([here[0]!, ...there].map((h) => h.text));
  });
});

test.describe("at 1200 px wide", () => {
  test.use({ viewport: { width: 1200, height: 900 } });

  test("the form is in view after choosing Claim, though the panel is below the text", async ({ signedInPage: page, user }) => {
    // A 40,000-character source, on a machine shared with other runs.
    test.slow();
    const { body, url } = await sourceFor(user, longSource());
    await page.goto(url);
    const start = body.indexOf(deepPhrase);
    const adder = page.getByRole("button", { name: "Claim", exact: true });
    // A selection made before the reader has hydrated goes unseen, as it would for a person: select again until it is seen.
    await expect(async () => {
      await selectOffsets(page, start, start + deepPhrase.length);
      await expect(adder).toBeVisible({ timeout: 2_000 });
    }).toPass();
    await expectInViewport(page, adder);
    await adder.click();
    const dialog = page.getByRole("dialog", { name: "New claim" });
    await expect(dialog.getByTestId("new-claim-quote")).toHaveText(deepPhrase);
    await expectInViewport(page, dialog);
    await expectClearOf(page, dialog, deepPhrase);
    // The outline folds above the text.
    await page.locator("summary", { hasText: "Contents" }).click();
    await expect(page.getByRole("navigation", { name: "Contents" }).getByRole("link", { name: "The weight to the north" })).toBeVisible();
  });
});

test.describe("on a phone", () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true });

  test("a tap on Claim opens the form as a sheet in view, and a draft saves", async ({ signedInPage: page, user }) => {
    const { source, body, url } = await sourceFor(user, longSource());
    await page.goto(url);
    const start = body.indexOf(deepPhrase);
    await selectOffsets(page, start, start + deepPhrase.length);
    const adder = page.getByRole("button", { name: "Claim", exact: true });
    await expectInViewport(page, adder);
    await adder.tap();
    const dialog = page.getByRole("dialog", { name: "New claim" });
    await expect(dialog.getByTestId("new-claim-quote")).toHaveText(deepPhrase);
    await expectInViewport(page, dialog);
    // The words stay in sight above the sheet.
    await expectClearOf(page, dialog, deepPhrase);
    await dialog.getByRole("button", { name: "Save draft" }).tap();
    await expect(dialog).toBeHidden();
    await expect(page.locator("mark[data-claims]")).toHaveText(deepPhrase);
    expect(await db.claim.count({ where: { sourceId: source.id, exact: deepPhrase } })).toBe(1);
  });
});

test("keyboard only: shift and the arrows select, Enter or C opens the form, Escape gives the text back its focus", async ({ signedInPage: page, user }) => {
  const { url } = await sourceFor(user, "# Keys\n\nJapan has given aid to Laos since 1958.¹ It still does.²\n\n## Notes\n\n1. MOFA, “Japan–Laos Relations”, 2024, https://www.mofa.go.jp/a\n2. JICA, “Annual report”, 2025, https://www.jica.go.jp/b\n");
  await page.goto(url);
  const text = page.getByRole("document", { name: /Source text/ });
  await text.focus();
  await page.keyboard.press("Control+Home");
  // Enter at once, before the Claim button has caught up with the selection, takes the words as they stand.
  for (let i = 0; i < "Japan has given aid".length; i++) await page.keyboard.press("Shift+ArrowRight");
  await page.keyboard.press("Enter");
  const dialog = page.getByRole("dialog", { name: "New claim" });
  await expect(dialog.getByTestId("new-claim-quote")).toHaveText("Japan has given aid");
  await expect(dialog.getByLabel("Claim, in your words")).toBeFocused();
  await expect(dialog.getByRole("checkbox", { name: /^1 MOFA/ })).toBeChecked();
  await expect(dialog.getByRole("checkbox", { name: /^2 JICA/ })).not.toBeChecked();

  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  await expect(text).toBeFocused();
  await expect(page.getByRole("button", { name: "Claim", exact: true })).toBeVisible();
  // The words are still selected: C opens the form on them again.
  await page.keyboard.press("c");
  await expect(dialog.getByTestId("new-claim-quote")).toHaveText("Japan has given aid");
  await expect(dialog.getByLabel("Claim, in your words")).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(text).toBeFocused();
  await expect(text).toContainText("Japan has given aid to Laos since 1958.");
});

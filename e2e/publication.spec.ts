import { execFileSync } from "node:child_process";
import fs from "node:fs";
import type { Page } from "@playwright/test";
import { claimToken } from "@/lib/briefs/claim-references";
import { createBrief } from "@/lib/briefs/create-brief";
import { saveBrief } from "@/lib/briefs/save-brief";
import { createClaim } from "@/lib/claims/create-claim";
import { db } from "@/lib/db";
import { makeProject, makeSource } from "@/lib/factories";
import { expect, test } from "./fixtures";

/** The words a Laos–Japan workspace prints, in each script the PDF must carry. */
const WORDS = {
  lao: "ນະຄອນຫຼວງວຽງຈັນ",
  japanese: "日本とラオス",
  thai: "ประเทศลาว",
  khmer: "សៀមរាប",
  burmese: "မြန်မာ",
  korean: "대한민국",
  chinese: "中国",
  vietnamese: "Việt Nam",
};

const SOURCE = `# Names on the Mekong

By Noy Keomany

Vientiane (${WORDS.lao}) is where Japan and Laos (${WORDS.japanese}) have met as partners since diplomatic relations began in 1955.[^1]

Thai officials write their neighbour as ${WORDS.thai}; Siem Reap (${WORDS.khmer}), Myanmar (${WORDS.burmese}), the Republic of Korea (${WORDS.korean}), China (${WORDS.chinese}) and ${WORDS.vietnamese} all sat at the ASEAN summits held in Vientiane in October 2024.[^2]

[^1]: Ministry of Foreign Affairs of Japan, "Japan-Laos Relations (Basic Data)", https://www.mofa.go.jp/region/asia-paci/laos/data.html
[^2]: ASEAN Secretariat, "Chairman's Statement of the 44th and 45th ASEAN Summits", Vientiane, 9 October 2024, https://asean.org/
`;

const PROSE =
  "The partnership's value to Vientiane lies less in any single grant than in the steadiness of Japanese engagement across six decades, which planners in the ministries weigh against the terms of Chinese credit and the debt that falls due each year. ";

const run = (command: string, args: string[]) => execFileSync(command, args, { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] });
const squeeze = (text: string) => text.replace(/\s+/g, "");

async function exportPdf(page: Page): Promise<string> {
  await page.getByLabel("Format").selectOption("pdf");
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Export", exact: true }).click()]);
  const file = (await download.path())!;
  expect(fs.readFileSync(file).subarray(0, 5).toString()).toBe("%PDF-");
  return file;
}

test("a brief in every script of the region exports as a PDF with its fonts embedded, each note on its claim's page and the marking on every page", async ({ signedInPage: page, user }) => {
  test.setTimeout(90_000);
  const project = await makeProject(user, { name: `Publication ${Date.now()}` });
  const source = await makeSource(project, user, { text: SOURCE, kind: "COMMENTARY", reliability: "B" });
  const { body, citations } = await db.source.findUniqueOrThrow({ where: { id: source.id }, select: { body: true, citations: { select: { id: true, label: true } } } });
  const note = (label: string) => citations.find((c) => c.label === label)!.id;
  const claimOn = async (words: string, paraphrase: string, citationIds: string[]) => {
    const start = body.indexOf(words);
    expect(start, words).toBeGreaterThanOrEqual(0);
    return createClaim({ userId: user.id, projectId: project.id, input: { sourceId: source.id, start, end: start + words.length, paraphrase, citationIds } });
  };
  const capital = await claimOn(`Vientiane (${WORDS.lao})`, `Vientiane (${WORDS.lao}) is where Japan and Laos (${WORDS.japanese}) meet as partners.`, [note("1")]);
  const summit = await claimOn(`Siem Reap (${WORDS.khmer})`, `${WORDS.thai}, ${WORDS.khmer}, ${WORDS.burmese}, ${WORDS.korean}, ${WORDS.chinese} and ${WORDS.vietnamese} met in Vientiane in 2024.`, [note("2")]);
  const plain = await claimOn("diplomatic relations began in 1955", "Japan and Laos have had diplomatic relations since 1955.", []);

  // Three claims, each on a page of its own, between paragraphs that fill the pages.
  const filler = (n: number) => Array.from({ length: n }, () => PROSE.repeat(3)).join("\n\n");
  const text = ["## The partnership", claimToken(capital.id), filler(9), "## The region", claimToken(summit.id), filler(9), "## History", claimToken(plain.id), filler(3)].join("\n\n");
  const brief = await createBrief({ userId: user.id, projectId: project.id, input: { title: "Laos and its partners, in their own names" } });
  await saveBrief({ userId: user.id, projectId: project.id, briefId: brief.id, input: { baseVersion: 1, body: text } });

  await page.goto(`/projects/${project.id}/briefs/${brief.id}`);
  const markingForm = page.getByRole("form", { name: "Marking of the brief" });
  await markingForm.getByRole("combobox", { name: "Marking" }).selectOption("OFFICIAL-SENSITIVE");
  await markingForm.getByRole("button", { name: "Set marking" }).click();
  await expect.poll(async () => (await db.brief.findUniqueOrThrow({ where: { id: brief.id } })).marking).toBe("OFFICIAL-SENSITIVE");

  const file = await exportPdf(page);

  // Every font is embedded (and subset: its name carries the six-letter tag).
  const fonts = run("pdffonts", [file]).split("\n").slice(2).filter(Boolean);
  expect(fonts.length).toBeGreaterThanOrEqual(3);
  for (const line of fonts) {
    const [, name, emb, sub] = /^(\S+)\s.*\s(yes|no)\s+(yes|no)\s+(?:yes|no)\s+\d+\s+\d+\s*$/.exec(line) ?? [];
    expect({ name, emb, sub }, line).toEqual({ name: expect.stringMatching(/^[A-Z]{6}\+/), emb: "yes", sub: "yes" });
  }

  const pageCount = Number(/^Pages:\s+(\d+)/m.exec(run("pdfinfo", [file]))![1]);
  expect(pageCount).toBeGreaterThanOrEqual(3);
  const pages = Array.from({ length: pageCount }, (_, i) => run("pdftotext", ["-layout", "-f", String(i + 1), "-l", String(i + 1), file, "-"]));

  // The marking is the first and the last line of every page.
  pages.forEach((text, i) => {
    const lines = text.split("\n").map((line) => line.trim()).filter(Boolean);
    expect(lines[0], `top of page ${i + 1}`).toBe("OFFICIAL-SENSITIVE");
    expect(lines.at(-1), `foot of page ${i + 1}`).toBe("OFFICIAL-SENSITIVE");
  });

  // Every word of every script is printed (pdftotext may put spaces inside Lao and Thai clusters).
  const all = squeeze(pages.join("\n"));
  for (const [script, word] of Object.entries(WORDS)) expect(all, script).toContain(squeeze(word));

  // Each claim's note is at the foot of the page that cites it.
  const onPage = (words: string) => pages.findIndex((text) => squeeze(text).includes(squeeze(words)));
  const cases = [
    { claim: "is where Japan and Laos", note: "Japan-Laos Relations (Basic Data)" },
    { claim: `met in Vientiane in 2024`, note: "Chairman's Statement of the 44th and 45th ASEAN Summits" },
    { claim: "have had diplomatic relations since 1955", note: "Names on the Mekong" },
  ];
  const claimPages = cases.map(({ claim, note }) => {
    const at = onPage(claim);
    expect(at, claim).toBeGreaterThanOrEqual(0);
    expect(squeeze(pages[at]!), `the note of “${claim}” on page ${at + 1}`).toContain(squeeze(note));
    return at;
  });
  expect(new Set(claimPages).size, "the claims fall on different pages").toBe(3);
});

test("after the editor has autosaved, the brief's marking and note placement are still set from its page, and the export follows them", async ({ signedInPage: page, user }) => {
  const project = await makeProject(user, { name: `Layout ${Date.now()}` });
  const source = await makeSource(project, user, { text: SOURCE, kind: "COMMENTARY", reliability: "B" });
  const { body } = await db.source.findUniqueOrThrow({ where: { id: source.id }, select: { body: true } });
  const start = body.indexOf("diplomatic relations began in 1955");
  const claim = await createClaim({ userId: user.id, projectId: project.id, input: { sourceId: source.id, start, end: start + 34, paraphrase: "Japan and Laos have had diplomatic relations since 1955." } });
  const brief = await createBrief({ userId: user.id, projectId: project.id, input: { title: "Seventy years of relations", body: claimToken(claim.id) } });

  await page.goto(`/projects/${project.id}/briefs/${brief.id}`);
  const editor = page.getByRole("textbox", { name: "Brief text" });
  await editor.click();
  await page.keyboard.press("ControlOrMeta+End");
  await page.keyboard.press("Enter");
  await page.keyboard.type("The anniversary falls in March 2025.");
  await expect(page.locator("[data-save-state]")).toHaveAttribute("data-save-state", "saved", { timeout: 10_000 });
  expect((await db.brief.findUniqueOrThrow({ where: { id: brief.id } })).version).toBeGreaterThan(1);

  // The page was rendered at version 1; the editor has saved since. Neither control is refused for that.
  const markingForm = page.getByRole("form", { name: "Marking of the brief" });
  await markingForm.getByRole("combobox", { name: "Marking" }).selectOption("OFFICIAL");
  await markingForm.getByRole("button", { name: "Set marking" }).click();
  await expect(page.getByTestId("marking-badge")).toHaveText("OFFICIAL");
  const notesForm = page.getByRole("form", { name: "Notes of the brief" });
  await notesForm.getByRole("combobox", { name: "Notes" }).selectOption("ENDNOTES");
  await notesForm.getByRole("button", { name: "Set notes" }).click();
  await expect(page.getByRole("form", { name: "Export the brief" }).getByRole("combobox", { name: "Notes" })).toHaveValue("endnotes");
  const stored = await db.brief.findUniqueOrThrow({ where: { id: brief.id } });
  expect({ marking: stored.marking, notePlacement: stored.notePlacement, body: stored.body }).toEqual({
    marking: "OFFICIAL",
    notePlacement: "ENDNOTES",
    body: expect.stringContaining("The anniversary falls in March 2025."),
  });

  // The PDF follows the brief: its note under "Notes" at the end, the marking on its page.
  const file = await exportPdf(page);
  const text = run("pdftotext", ["-layout", file, "-"]);
  const lines = text.split("\n").map((line) => line.trim()).filter(Boolean);
  expect(lines[0]).toBe("OFFICIAL");
  const notes = lines.indexOf("Notes");
  expect(notes, "a Notes heading").toBeGreaterThan(0);
  expect(lines.slice(notes).join(" ")).toContain("Names on the Mekong");
});
